/**
 * Node-side stand-ins for what the worker does with a lab: turn the learner's TypeScript into
 * CommonJS-shaped JavaScript (sucrase, as the page does) and evaluate a CommonJS-shaped module.
 * Used by the unit tests and the bench; the browser worker has its own loader.
 */
import { transform } from 'sucrase';

export function compileLearnerModule(source: string): string {
  return transform(source, {
    transforms: ['typescript', 'imports'],
    production: true,
    disableESTransforms: true,
  }).code;
}

export type ModuleExports = Record<string, unknown>;

/** Evaluates `code` (assigns to `exports` / `module.exports`) and returns its exports. */
export function evaluateModule(code: string): ModuleExports {
  const mod = { exports: {} as ModuleExports };
  const fn = new Function('exports', 'module', code) as (e: ModuleExports, m: typeof mod) => void;
  fn(mod.exports, mod);
  return mod.exports;
}
