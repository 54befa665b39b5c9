// Writes scripts/lib/routes.generated.json: every page of the app, derived from the lesson registry
// (lessons/routes.ts), for the checks that visit every page (first-load budget, axe, Lighthouse).
// Runs as part of `prebuild`; `node scripts/build-routes.mjs`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importTs } from './build-tutor-index.mjs';

const OUT = fileURLToPath(new URL('./lib/routes.generated.json', import.meta.url));
const { allRoutes } = await importTs(`export { allRoutes } from '@/lessons/routes';`, 'routes');
const routes = await allRoutes();
const text = `${JSON.stringify(routes, null, 2)}\n`;
const previous = existsSync(OUT) ? readFileSync(OUT, 'utf8') : null;
if (previous !== text) writeFileSync(OUT, text);
console.log(`build-routes: ${routes.length} routes${previous === text ? ' (unchanged)' : ''}`);
