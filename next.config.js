/*
 * Where the build goes: `.next`, or NEXT_DIST_DIR. The e2e suite builds into its own folder
 * (playwright.config.ts), so running the tests never replaces the build under an `npm start`
 * serving from the same checkout (its pages would ask for scripts that are gone).
 */
const distDir = process.env.NEXT_DIST_DIR || ".next";
if (!/^\.?[\w-]+(?:\/[\w.-]+)*$/.test(distDir) || distDir.split("/").includes(".."))
  throw new Error(
    `NEXT_DIST_DIR must be a folder inside the project, such as .next; got "${distDir}".`,
  );

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  distDir,
  // The front server (lib/server/front-server.ts) compresses, after caching the plain body.
  compress: false,
  reactStrictMode: true,
  // The seed loader and embedded PostgreSQL run outside Next; keep their native bits out of bundles.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  /*
   * Pages say they may be shared: their content changes only when the seed runs, and the front
   * server (lib/server/cache-policy.ts) keeps what a route allows until then. Next's default for
   * a page rendered per request is "private, no-store". API routes set their own header.
   */
  async headers() {
    return [
      {
        source: "/:path((?!api/|_next/).*)",
        headers: [{ key: "Cache-Control", value: "public, max-age=0, must-revalidate" }],
      },
    ];
  },
  // /analyze takes a policy of up to 2 MB by form post (a Server Action); the front server
  // refuses larger bodies first (lib/server/analyze-gate.ts), this leaves room for the framing.
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
};

export default nextConfig;
