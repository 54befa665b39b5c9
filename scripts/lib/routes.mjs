// Every route of the app that a learner can open, for the budget check, axe and Lighthouse: derived from
// the lesson registry at build time (scripts/build-routes.mjs, run by `prebuild`), never kept by hand.
import { existsSync, readFileSync } from 'node:fs';

const file = new URL('./routes.generated.json', import.meta.url);
if (!existsSync(file)) {
  throw new Error(
    'scripts/lib/routes.generated.json is missing: run `npm run build` (or node scripts/build-routes.mjs).',
  );
}
export const ROUTES = JSON.parse(readFileSync(file, 'utf8'));
