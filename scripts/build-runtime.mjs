// Bundles the measuring worker into one self-contained classic script: public/runtime/measure-worker.js;
// the Python side of the runner into an ES module the worker imports on its first Python run:
// public/pyodide/hotpath-python.mjs (beside Pyodide, the one folder the sandbox may load from); and
// copies the wasm files the sandbox needs (SQLite's, Pyodide's) into public/.
// Runs as `prebuild` (and before `next dev`). Fast (esbuild, ~0.3 s) and idempotent: a file is only
// rewritten when its content changes (copies: when size or date differ).
import { build } from 'esbuild';
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Pyodide fetches these itself (the .mjs files it imports): their bytes are the download progress.
const PYODIDE_FETCHED = ['pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];
let pyodideFetchBytes = 0;
for (const f of PYODIDE_FETCHED)
  pyodideFetchBytes += (await stat(join(root, 'node_modules/pyodide', f))).size;

const common = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  minify: true,
  write: false,
  legalComments: 'none',
  alias: { '@': root },
  define: {
    'process.env.NODE_ENV': '"production"',
    __PYODIDE_FETCH_BYTES__: String(pyodideFetchBytes),
  },
  logLevel: 'warning',
};

async function bundle(entry, out, format) {
  const started = Date.now();
  const result = await build({ ...common, entryPoints: [join(root, entry)], format });
  const code = result.outputFiles[0].text;
  const outFile = join(root, out);
  await mkdir(dirname(outFile), { recursive: true });
  let previous = null;
  try {
    previous = await readFile(outFile, 'utf8');
  } catch {
    // first build
  }
  if (previous !== code) await writeFile(outFile, code);
  console.log(
    `build-runtime: ${out} ${(code.length / 1024).toFixed(1)} KB` +
      `${previous === code ? ' (unchanged)' : ''} in ${Date.now() - started} ms`,
  );
}

// sql.js's browser build mentions node modules behind runtime checks; they are never reached in a worker.
await bundle('workers/measure.worker.ts', 'public/runtime/measure-worker.js', 'iife');
await bundle('workers/python-runtime.ts', 'public/pyodide/hotpath-python.mjs', 'esm');

// SQLite's wasm for the labs that use a database: the page fetches it and hands the bytes to the sandbox,
// which fetches nothing itself. Same build as the sql.js code bundled above (its browser entry).
const wasmFrom = join(root, 'node_modules/sql.js/dist/sql-wasm-browser.wasm');
const wasmTo = join(root, 'public/runtime/sql-wasm.wasm');
await copyIfChanged(wasmFrom, wasmTo, 'public/runtime/sql-wasm.wasm');

// Pyodide (the Python runtime) for the sandbox, which loads it itself from <origin>/pyodide/ — the one
// path its CSP lets it fetch (lib/runner/sandbox-policy.ts; headers in next.config.ts).
const PYODIDE_FILES = [
  'pyodide.mjs',
  'pyodide.asm.mjs',
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide-lock.json',
];
await mkdir(join(root, 'public/pyodide'), { recursive: true });
for (const file of PYODIDE_FILES) {
  await copyIfChanged(
    join(root, 'node_modules/pyodide', file),
    join(root, 'public/pyodide', file),
    `public/pyodide/${file}`,
  );
}

// speedscope's static release, for the profile's flame graph (a same-origin frame; headers in next.config.ts).
// Its sample profile and other demo files are left out.
const SPEEDSCOPE_DIR = join(root, 'node_modules/speedscope/dist/release');
await mkdir(join(root, 'public/vendor/speedscope'), { recursive: true });
for (const file of (await readdir(SPEEDSCOPE_DIR)).filter((f) =>
  /\.(html|js|css|woff2|wasm|png|ico|md)$/.test(f),
)) {
  await copyIfChanged(
    join(SPEEDSCOPE_DIR, file),
    join(root, 'public/vendor/speedscope', file),
    `public/vendor/speedscope/${file}`,
  );
}

async function copyIfChanged(from, to, label) {
  const [src, dst] = await Promise.all([stat(from), stat(to).catch(() => null)]);
  const copy = !dst || dst.size !== src.size || dst.mtimeMs < src.mtimeMs;
  if (copy) await copyFile(from, to);
  console.log(`build-runtime: ${label} ${(src.size / 1024).toFixed(0)} KB${copy ? ' (copied)' : ''}`);
}
