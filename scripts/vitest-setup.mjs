// Vitest global setup: lab modules read their folders' sources from lessons/*/labs/sources.generated.ts,
// and the Python runner its Python from lib/python/generated/python-sources.ts; both are written first.
import { buildLabSources } from './build-lab-sources.mjs';
import { buildPythonSources } from './build-python-sources.mjs';

export default async function setup() {
  await buildLabSources();
  await buildPythonSources({ quiet: true });
}
