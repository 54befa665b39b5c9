// Every page a learner can open, derived from the lesson registry by scripts/build-routes.mjs at build time.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const file = join(__dirname, '..', 'scripts', 'lib', 'routes.generated.json');
if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first.`);

export const ROUTES: string[] = JSON.parse(readFileSync(file, 'utf8'));
