/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The front server (lib/server/front-server.ts) compresses, after caching the plain body.
  compress: false,
  reactStrictMode: true,
  // The seed loader and embedded PostgreSQL run outside Next; keep their native bits out of bundles.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
};

export default nextConfig;
