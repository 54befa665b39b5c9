// Bundles the measuring worker into one self-contained classic script: public/runtime/measure-worker.js.
// Runs as `prebuild` (and before `next dev`). Fast (esbuild, ~0.2 s) and idempotent: the file is only
// rewritten when its content changes.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'public/runtime/measure-worker.js');

const started = Date.now();
const result = await build({
  entryPoints: [join(root, 'workers/measure.worker.ts')],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  write: false,
  legalComments: 'none',
  alias: { '@': root },
  // sql.js's browser build mentions node modules behind runtime checks; they are never reached in a worker.
  external: [],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
const code = result.outputFiles[0].text;
await mkdir(dirname(outFile), { recursive: true });
let previous = null;
try {
  previous = await readFile(outFile, 'utf8');
} catch {
  // first build
}
if (previous !== code) await writeFile(outFile, code);
console.log(
  `build-runtime: public/runtime/measure-worker.js ${(code.length / 1024).toFixed(1)} KB` +
    `${previous === code ? ' (unchanged)' : ''} in ${Date.now() - started} ms`,
);

// SQLite's wasm for the labs that use a database: the page fetches it and hands the bytes to the sandbox,
// which fetches nothing itself. Same build as the sql.js code bundled above (its browser entry).
const wasmFrom = join(root, 'node_modules/sql.js/dist/sql-wasm-browser.wasm');
const wasmTo = join(root, 'public/runtime/sql-wasm.wasm');
const [src, dst] = await Promise.all([stat(wasmFrom), stat(wasmTo).catch(() => null)]);
if (!dst || dst.size !== src.size || dst.mtimeMs < src.mtimeMs) await copyFile(wasmFrom, wasmTo);
console.log(
  `build-runtime: public/runtime/sql-wasm.wasm ${(src.size / 1024).toFixed(0)} KB${dst ? '' : ' (copied)'}`,
);
