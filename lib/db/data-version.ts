import type pg from "pg";
import type { PrismaClient } from "../generated/prisma/client";

/*
 * The data-version contract between writers (the seed, the synthetic seed) and readers (the
 * front server's cache): every write that changes the data sets a new version in `app_meta`
 * and announces it on a NOTIFY channel, in the same transaction, so the announcement arrives
 * exactly when the new data becomes visible.
 */
export const DATA_VERSION_KEY = "data_version";
export const DATA_VERSION_CHANNEL = "policy_atlas_data";
/**
 * The request header in which the front server tells Next the data version it is serving (its
 * response cache is keyed on the same one), replacing any a client sent; data that changes only
 * with the version is then kept between requests (lib/queries/per-data-version.ts).
 */
export const DATA_VERSION_HEADER = "x-policy-atlas-data-version";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Sets a new data version inside `tx`; listeners hear it when the transaction commits. */
export async function bumpDataVersion(tx: Tx): Promise<string> {
  const version = String(Date.now());
  await tx.appMeta.upsert({
    where: { key: DATA_VERSION_KEY },
    create: { key: DATA_VERSION_KEY, value: version },
    update: { value: version },
  });
  await tx.$executeRaw`SELECT pg_notify(${DATA_VERSION_CHANNEL}, ${version})`;
  return version;
}

/** The current data version ("0" before the first seed). */
export async function readDataVersion(client: pg.ClientBase): Promise<string> {
  const { rows } = await client.query<{ value: string }>(
    "SELECT value FROM app_meta WHERE key = $1",
    [DATA_VERSION_KEY],
  );
  return rows[0]?.value ?? "0";
}

/** Subscribes `client` to version announcements; their payload is the new version. */
export async function listenForDataVersion(client: pg.ClientBase): Promise<void> {
  await client.query(`LISTEN ${DATA_VERSION_CHANNEL}`);
}
