import { defineConfig } from "prisma/config";

// Migrations are plain SQL in prisma/migrations. `prisma migrate deploy` applies them where
// Prisma's schema engine is available; the app's own migrator (lib/db/migrate.ts) applies
// the same files everywhere else.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/policy_atlas" },
});
