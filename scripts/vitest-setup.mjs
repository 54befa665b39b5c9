// Vitest global setup: lab modules read their folders' sources from lessons/*/labs/sources.generated.ts.
import { buildLabSources } from './build-lab-sources.mjs';

export default async function setup() {
  await buildLabSources();
}
