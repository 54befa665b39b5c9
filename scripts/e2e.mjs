// npm run test:e2e — builds the production app (unless SKIP_BUILD=1) and runs Playwright against it.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

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
run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
