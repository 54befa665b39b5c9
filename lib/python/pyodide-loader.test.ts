/**
 * The worker's Pyodide loader, with a fake scope and a fake pyodide.mjs: it reports download progress
 * by bytes as Pyodide's own fetches stream in, then compiling, starting and ready; it loads once for all
 * runs; it puts the scope's fetch and instantiateStreaming back; a failed load is retried by the next run.
 */
import { describe, expect, it } from 'vitest';
import type { PythonLoadProgress } from '@/lib/runner/protocol';
import { createPyodideLoader, type LoaderScope } from './pyodide-loader';

const URL_ = 'https://app.example/pyodide/';

function fakePyodide() {
  return { runPython: () => () => '{"ok": true}', setInterruptBuffer: () => undefined };
}

/** A scope whose fetch answers with `size` bytes in two chunks, and a module that fetches like Pyodide. */
function setup(opts: { fail?: boolean } = {}) {
  const fetched: string[] = [];
  const realFetch = async (input: RequestInfo | URL) => {
    fetched.push(String(input));
    const size = String(input).endsWith('.wasm') ? 600 : 400;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new Uint8Array(size / 2));
        c.enqueue(new Uint8Array(size / 2));
        c.close();
      },
    });
    return new Response(body, { headers: { 'content-length': String(size) } });
  };
  const realStreaming = async () => ({ instance: {}, module: {} });
  const scope: LoaderScope = { fetch: realFetch, WebAssembly: { instantiateStreaming: realStreaming } };
  let imports = 0;
  const importModule = async (url: string) => {
    imports++;
    expect(url).toBe(`${URL_}pyodide.mjs`);
    return {
      loadPyodide: async (config: object) => {
        expect(config).toMatchObject({ indexURL: URL_ });
        if (opts.fail) throw new Error('no wasm');
        // What Pyodide does, in short: fetch its files (through whatever fetch the scope has now)...
        const [wasm, zip] = await Promise.all([
          scope.fetch(`${URL_}pyodide.asm.wasm`),
          scope.fetch(`${URL_}python_stdlib.zip`),
        ]);
        await Promise.all([wasm.arrayBuffer(), zip.arrayBuffer()]);
        // ...then compile the wasm.
        await scope.WebAssembly.instantiateStreaming!(wasm);
        return fakePyodide();
      },
    };
  };
  let t = 0;
  const load = createPyodideLoader({
    scope,
    importModule,
    now: () => (t += 10),
    expectedBytes: 1000,
    heartbeatMs: 5,
  });
  return { scope, realFetch, realStreaming, load, fetched, imports: () => imports };
}

describe('the Pyodide loader', () => {
  it('reports bytes as they arrive, then compile and start, then ready; and restores the scope', async () => {
    const f = setup();
    const seen: PythonLoadProgress[] = [];
    expect(f.load.loaded()).toBe(false);
    const py = await f.load.load(URL_, (p) => seen.push(p));
    expect(f.load.loaded()).toBe(true);
    expect(typeof py.runPython).toBe('function');
    const phases = seen.map((p) => p.phase);
    expect(phases[0]).toBe('download');
    expect(phases).toContain('compile');
    expect(phases).toContain('start');
    expect(phases.at(-1)).toBe('ready');
    // Phases only move forward.
    const order = ['download', 'compile', 'start', 'ready'];
    expect(phases.map((p) => order.indexOf(p))).toEqual([...phases.map((p) => order.indexOf(p))].sort());
    const bytes = seen.map((p) => p.loadedBytes);
    expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
    expect(seen.at(-1)).toMatchObject({ loadedBytes: 1000, totalBytes: 1000 });
    expect(seen.at(-1)!.elapsedMs).toBeGreaterThan(0);
    expect(f.scope.fetch).toBe(f.realFetch);
    expect(f.scope.WebAssembly.instantiateStreaming).toBe(f.realStreaming);
  });

  it('loads once: a later run gets the same interpreter at once', async () => {
    const f = setup();
    const a = await f.load.load(URL_, () => undefined);
    const seen: PythonLoadProgress[] = [];
    const b = await f.load.load(URL_, (p) => seen.push(p));
    expect(b).toBe(a);
    expect(f.imports()).toBe(1);
    expect(f.fetched).toHaveLength(2);
    expect(seen).toEqual([]); // nothing to report: it was ready
  });

  it('a failed load fails the run, restores the scope, and the next run tries again', async () => {
    const f = setup({ fail: true });
    await expect(f.load.load(URL_, () => undefined)).rejects.toThrow('no wasm');
    expect(f.scope.fetch).toBe(f.realFetch);
    await expect(f.load.load(URL_, () => undefined)).rejects.toThrow('no wasm');
    expect(f.imports()).toBe(2);
  });
});
