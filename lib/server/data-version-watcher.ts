import pg from "pg";
import { DATA_VERSION_CHANNEL, listenForDataVersion, readDataVersion } from "../db/data-version";

export type DataVersionState = { up: boolean; version: string };

/*
 * Follows the database from the front server: the data version (lib/db/data-version.ts) keys the
 * response cache, and a lost connection marks the
 * database down so pages answer 503 until it returns. Reconnects by itself.
 */
export class DataVersionWatcher {
  state: DataVersionState = { up: false, version: "" };
  private client: pg.Client | null = null;
  private stopped = false;
  private ping: NodeJS.Timeout | null = null;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    private readonly onChange: (s: DataVersionState) => void,
    private readonly log: (m: string) => void = () => undefined,
  ) {}

  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.ping) clearInterval(this.ping);
    if (this.retry) clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }

  private set(next: DataVersionState) {
    const changed = next.up !== this.state.up || next.version !== this.state.version;
    this.state = next;
    if (changed) this.onChange(next);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.url,
      connectionTimeoutMillis: 3_000,
      query_timeout: 3_000,
    });
    const lost = (why: string) => {
      if (this.client !== client) return;
      this.client = null;
      if (this.ping) clearInterval(this.ping);
      client.end().catch(() => undefined);
      if (this.state.up) this.log(`Database unavailable (${why}); answering 503 until it returns.`);
      this.set({ up: false, version: this.state.version });
      this.scheduleRetry();
    };
    client.on("error", (e) => lost(e.message));
    client.on("end", () => lost("connection closed"));
    client.on("notification", (n) => {
      if (n.channel === DATA_VERSION_CHANNEL)
        this.set({ up: true, version: n.payload ?? String(Date.now()) });
    });
    try {
      await client.connect();
      this.client = client;
      await listenForDataVersion(client);
      const version = await readDataVersion(client);
      if (!this.state.up && this.state.version) this.log("Database available again.");
      this.set({ up: true, version });
      // A silent network failure never closes the socket; a ping notices it.
      this.ping = setInterval(() => {
        client.query("SELECT 1").catch((e: Error) => lost(e.message));
      }, 2_000);
    } catch {
      this.client = null;
      client.end().catch(() => undefined);
      this.set({ up: false, version: this.state.version });
      this.scheduleRetry();
    }
  }

  private scheduleRetry() {
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, 1_000);
  }
}
