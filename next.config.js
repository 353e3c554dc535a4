/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
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
};

export default nextConfig;
