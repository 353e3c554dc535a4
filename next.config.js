/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The front server (lib/server/front-server.ts) compresses, after caching the plain body.
  compress: false,
  reactStrictMode: true,
  // The seed loader and embedded PostgreSQL run outside Next; keep their native bits out of bundles.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  // /analyze takes a policy of up to 2 MB by form post (a Server Action); the front server
  // refuses larger bodies first (lib/server/analyze-gate.ts), this leaves room for the framing.
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
};

export default nextConfig;
