// npm run test:e2e — builds the production app (unless SKIP_BUILD=1) and runs Playwright against it.
// With no arguments, in two passes: the specs that only read and click (no assertion rests on a measured
// time) on two workers side by side, then every other spec on one worker, alone on the machine, because
// their verdicts, races and profiles are measurements. With arguments, Playwright gets them as they are.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

/** Specs with no measured figure in any assertion: safe to run two at a time. */
const SIDE_BY_SIDE = [
  'budget',
  'code-lang',
  'editor',
  'foundation',
  'progress',
  'quiz',
  'quiz-migration',
].map((name) => `e2e/${name}.spec.ts`);

try {
  findChromium();
} catch (e) {
  console.error(String(e.message));
  process.exit(1);
}
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
if (process.env.SKIP_BUILD !== '1') run('npm', ['run', 'build']);
const args = process.argv.slice(2);
if (args.length > 0) {
  run('npx', ['playwright', 'test', ...args]);
} else {
  const all = readdirSync('e2e')
    .filter((f) => f.endsWith('.spec.ts'))
    .map((f) => `e2e/${f}`);
  const alone = all.filter((f) => !SIDE_BY_SIDE.includes(f));
  run('npx', ['playwright', 'test', '--workers=2', ...SIDE_BY_SIDE.filter((f) => all.includes(f))]);
  run('npx', ['playwright', 'test', '--workers=1', ...alone]);
}
