import type { NextConfig } from 'next';

/**
 * Security and isolation headers of every page. COOP + COEP make the page cross-origin isolated, which gives
 * the runner 5 µs timers and SharedArrayBuffer. The CSP allows only this origin, and no eval: learner code
 * runs in the sandbox document (app/sandbox/route.ts), which sends its own headers. 'unsafe-inline' is
 * needed for the inline scripts Next.js writes into statically rendered pages. `next dev` alone adds
 * 'unsafe-eval': React's development build uses eval for its error stacks (Next.js's CSP guide); no
 * production build has it. README.md lists the same headers for static hosts.
 */
const devEval = process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : '';

export const securityHeaders = [
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Embedder-Policy', value: 'require-corp' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  {
    key: 'Content-Security-Policy',
    value: [
      "default-src 'self'",
      `script-src 'self' 'unsafe-inline'${devEval}`,
      "worker-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "frame-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'self'",
    ].join('; '),
  },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
];

/**
 * Added for Pyodide's files (public/pyodide/, copied by scripts/build-runtime.mjs), over the pages' headers
 * (the later rule wins for the same key). The sandbox fetches them from an opaque origin, so every fetch is
 * cross-origin: they are readable by any origin (they are public files) and embeddable across origins.
 */
export const pyodideHeaders = [
  { key: 'Access-Control-Allow-Origin', value: '*' },
  { key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' },
];

/**
 * speedscope, self-hosted for the flame graph (public/vendor/speedscope/, copied by build-runtime.mjs), over
 * the pages' headers: it compiles a small wasm module ('wasm-unsafe-eval') and reads the profile from a blob
 * URL the page made (connect-src blob:). Still this origin only, and only framed by this origin.
 */
export const speedscopeHeaders = [
  {
    key: 'Content-Security-Policy',
    value: [
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self' blob:",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'self'",
    ].join('; '),
  },
];

/** Every path but the sandbox document, which sends its own headers (app/sandbox/route.ts). */
export const PAGES_SOURCE = '/:path((?!sandbox$).*)';

const nextConfig: NextConfig = {
  // Separate build folders let several builds coexist (e.g. bench and tests); default is .next
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // `npm run typecheck` is the type gate; NEXT_SKIP_TYPECHECK=1 lets a build go ahead while others edit.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === '1' },
  reactStrictMode: true,
  async headers() {
    return [
      { source: PAGES_SOURCE, headers: securityHeaders },
      { source: '/pyodide/:file*', headers: pyodideHeaders },
      { source: '/vendor/speedscope/:file*', headers: speedscopeHeaders },
    ];
  },
};

export default nextConfig;
