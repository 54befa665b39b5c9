// Part of `npm run bench`: first-load JavaScript (gzip) of every page of the production build.
import { firstLoadJs } from '../lib/first-load.mjs';
import { startServer } from '../lib/serve.mjs';
import { ROUTES } from '../lib/routes.mjs';

const LIMIT = 150 * 1024;
const server = await startServer(3199);
try {
  console.log('route'.padEnd(72), 'scripts', '   raw KB', '  gzip KB', ' budget');
  for (const route of ROUTES) {
    const r = await firstLoadJs(server.base, route);
    const ok = r.gzip <= LIMIT ? 'ok' : 'OVER';
    console.log(
      route.padEnd(72),
      String(r.scripts).padStart(7),
      (r.raw / 1024).toFixed(1).padStart(9),
      (r.gzip / 1024).toFixed(1).padStart(9),
      ok.padStart(7),
    );
  }
  console.log('method: <script src> tags in the served HTML, each gzip -9, summed; budget 150 KB gzip');
} finally {
  server.stop();
}
