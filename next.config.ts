import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  typedRoutes: false,
  // `npm test` runs `tsc --noEmit` over the whole project (tests included); checking again inside
  // every build would double the time of `npm start` on a two-core machine.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
