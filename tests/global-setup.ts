import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

/*
 * Integration tests run against real PostgreSQL: TEST_DATABASE_URL / DATABASE_URL when set
 * (a role that may CREATE DATABASE), otherwise an embedded server of their own. Each suite
 * then creates its own fresh database (tests/helpers/test-database.ts).
 */
export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (external) {
    project.provide("adminDatabaseUrl", external);
    return;
  }
  const port = Number(process.env.TEST_PG_PORT ?? 54339);
  const server = await startEmbeddedPostgres({
    dataDir: path.resolve(
      import.meta.dirname,
      "..",
      process.env.TEST_PG_DIR ?? ".data/test-postgres",
    ),
    port,
  });
  project.provide("adminDatabaseUrl", server.url("postgres"));
  return async () => {
    await server.stop();
  };
}
