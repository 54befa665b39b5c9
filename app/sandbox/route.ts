/**
 * The runner's sandbox document, loaded by components/runner/runner-host.ts into an opaque-origin
 * `sandbox="allow-scripts"` iframe. A route handler rather than a static file because its CSP names the
 * app's origin (the one place it may fetch from is `<origin>/pyodide/`), which is known only per
 * deployment: from HOTPATH_ORIGIN when set, otherwise from the request (lib/runner/sandbox-policy.ts).
 * next.config.ts keeps the pages' headers off this path, so its CSP is the only one.
 */
import { buildSandboxHtml } from '@/lib/runner/sandbox-html';
import { appOrigin, sandboxCsp, sandboxHeaders } from '@/lib/runner/sandbox-policy';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const origin = appOrigin({
    pinned: process.env.HOTPATH_ORIGIN,
    host: request.headers.get('host'),
    forwardedProto: request.headers.get('x-forwarded-proto'),
  });
  const csp = sandboxCsp(origin);
  return new Response(buildSandboxHtml(csp), { headers: sandboxHeaders(csp) });
}
