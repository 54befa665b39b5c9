// npm run bench — runs every part under scripts/bench/*.mjs in turn; each prints its own figures.
// Parts that need the production build expect `npm run build` to have been run (this script runs it
// unless SKIP_BUILD=1).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const only = process.argv.slice(2);
if (process.env.SKIP_BUILD !== '1') {
  const b = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const parts = readdirSync(new URL('./bench/', import.meta.url))
  .filter((f) => f.endsWith('.mjs') && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const part of parts) {
  console.log(`\n=== bench: ${part} ===`);
  const r = spawnSync('node', [`scripts/bench/${part}`], { stdio: 'inherit', env });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
