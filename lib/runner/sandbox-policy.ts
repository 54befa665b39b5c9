/**
 * Response headers of the sandbox document (served at SANDBOX_PATH by app/sandbox/route.ts) and how it
 * learns the app's origin.
 *
 * The sandbox is an opaque-origin frame, so `'self'` in its CSP would not name the one path it may read
 * (and `'self'` in script-src once let learner code run app scripts): the app's origin is written out,
 * limited to PYODIDE_PATH. That origin comes from HOTPATH_ORIGIN when the deployment pins it, otherwise
 * from the request's Host header. A forged Host only shapes the response sent to whoever forged it: the
 * browser always sends the real one, the response may not be stored by a shared cache (no-store), and a
 * Host that is not a plain host[:port] (a CSP injection such as `a; script-src *`, a wildcard, an IPv6
 * literal CSP cannot express) gives a policy without the Pyodide source rather than a wider one.
 */
import { RELAY_SCRIPT_SHA256 } from './sandbox-html';

/** Pyodide's files (copied by scripts/build-runtime.mjs into public/pyodide/): all the sandbox may fetch. */
export const PYODIDE_PATH = '/pyodide/';

/** A CSP host-source host (labels of letters, digits, '-'), an optional port; nothing else. */
const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?$/i;

export interface OriginHints {
  /** HOTPATH_ORIGIN: `https://example.org`, scheme and host (and port) only. Wins when set and valid. */
  pinned?: string | null;
  /** The request's Host header. */
  host?: string | null;
  /** The request's X-Forwarded-Proto (the app server may sit behind a proxy that ends TLS). */
  forwardedProto?: string | null;
}

/** The app's origin as CSP may name it, or null when it cannot be named safely. */
export function appOrigin({ pinned, host, forwardedProto }: OriginHints): string | null {
  if (pinned) {
    const m = /^(https?):\/\/([^/]+)$/i.exec(pinned.trim());
    return m && HOST.test(m[2]!) ? `${m[1]!.toLowerCase()}://${m[2]!.toLowerCase()}` : null;
  }
  if (!host || !HOST.test(host)) return null;
  // An http source also matches https URLs of the same host, so a missing or wrong proto never breaks
  // loading; it can only make the source narrower (https) for the one request that said so.
  const scheme = forwardedProto?.trim().toLowerCase() === 'https' ? 'https' : 'http';
  return `${scheme}://${host.toLowerCase()}`;
}

/**
 * The sandbox's CSP: the relay (by hash), eval and wasm for the learner's worker, workers from blob URLs,
 * and, when the app's origin is known, scripts and fetches from its Pyodide folder only. Never `'self'`.
 */
export function sandboxCsp(origin: string | null): string {
  const pyodide = origin ? ` ${origin}${PYODIDE_PATH}` : '';
  return [
    "default-src 'none'",
    `script-src 'sha256-${RELAY_SCRIPT_SHA256}' 'unsafe-eval' 'wasm-unsafe-eval' blob:${pyodide}`,
    origin ? `connect-src${pyodide}` : "connect-src 'none'",
    'worker-src blob:',
  ].join('; ');
}

/** Every header of the sandbox document: cross-origin isolated like the pages, its own CSP, never cached. */
export function sandboxHeaders(csp: string): Record<string, string> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': csp,
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}
