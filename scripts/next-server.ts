/*
 * The production HTTP server: Next's request handler behind lib/request-guard.ts, which answers
 * requests no route can serve before Next sees them. `next start` has no place for such a
 * guard, and a Next proxy cannot be one (it builds a fetch Request, which refuses TRACE).
 * Started by scripts/serve.ts with PORT and NODE_ENV=production set; SIGTERM closes it.
 */
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { guardRequest } from "../lib/request-guard";

const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  const method = req.method ?? "GET";
  const guard = guardRequest(method, (req.url ?? "/").split(/[?#]/)[0]!);
  if (!guard) {
    handle(req, res).catch((e: unknown) => {
      console.error(e);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Internal Server Error");
    });
    return;
  }
  res.writeHead(guard.status, guard.headers);
  res.end(method === "HEAD" ? undefined : guard.body);
});
server.listen(port, () => console.log(`▲ Next.js production server on http://localhost:${port}`));

process.on("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
  void app.close().finally(() => process.exit(0));
});
