// Part of `npm run bench`: Lighthouse 12.2.3 (desktop preset) on every route of the production build.
// Prints performance and accessibility scores, CLS and total blocking time. Lighthouse is fetched from the
// npm registry by npx on first use (it is a measuring tool, not part of the app).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';
import { startServer } from '../lib/serve.mjs';
import { ROUTES } from '../lib/routes.mjs';

const chrome = findChromium();
const server = await startServer(3198);
mkdirSync('.lighthouse', { recursive: true });
const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
try {
  console.log('route'.padEnd(72), ' perf', ' a11y', '    CLS', '  TBT ms', '  LCP ms');
  // LH_ROUTES=/,/playground limits the run to some routes (each takes ~30–60 s).
  const routes = process.env.LH_ROUTES ? process.env.LH_ROUTES.split(',') : ROUTES;
  for (const route of routes) {
    const out = `.lighthouse/${route.replace(/\W+/g, '_') || 'home'}.json`;
    const r = spawnSync(
      'npx',
      [
        '-y',
        'lighthouse@12.2.3',
        server.base + route,
        '--preset=desktop',
        '--only-categories=performance,accessibility',
        `--chrome-flags=${flags}`,
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
      ],
      { env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (r.status !== 0) {
      console.log(route.padEnd(72), 'lighthouse failed');
      continue;
    }
    const j = JSON.parse(readFileSync(out, 'utf8'));
    const a = j.audits;
    console.log(
      route.padEnd(72),
      String(Math.round(j.categories.performance.score * 100)).padStart(5),
      String(Math.round(j.categories.accessibility.score * 100)).padStart(5),
      a['cumulative-layout-shift'].numericValue.toFixed(3).padStart(7),
      a['total-blocking-time'].numericValue.toFixed(0).padStart(8),
      a['largest-contentful-paint'].numericValue.toFixed(0).padStart(8),
    );
  }
  console.log(
    'method: lighthouse@12.2.3 --preset=desktop, one run per route, headless Chromium, local server',
  );
} finally {
  server.stop();
}
