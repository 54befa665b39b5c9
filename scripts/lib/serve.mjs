// Starts the production server (next start) on a port and resolves when it answers.
import { spawn } from 'node:child_process';

export async function startServer(port, distDir = process.env.NEXT_DIST_DIR ?? '.next') {
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: distDir }, stdio: 'ignore' },
  );
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const r = await fetch(base + '/');
      if (r.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`next start on ${port} did not answer within 60 s`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { base, stop: () => child.kill('SIGTERM') };
}
