/**
 * Tests load the real Pyodide from node_modules (offline), once per test file. Cold loads take ~2 s on an
 * idle machine and far longer on a busy one, hence the generous timeout. Only test files import this:
 * nothing under lib/ imports pyodide.
 */
import type { PyodideLike } from './bridge';

export const PYODIDE_LOAD_TIMEOUT_MS = 180_000;

export interface TestPyodide extends PyodideLike {
  setInterruptBuffer(buffer: Uint8Array): void;
  version: string;
}

export async function loadTestPyodide(): Promise<{ py: TestPyodide; loadMs: number }> {
  const t0 = performance.now();
  const { loadPyodide } = await import('pyodide');
  const py = (await loadPyodide()) as unknown as TestPyodide;
  return { py, loadMs: performance.now() - t0 };
}
