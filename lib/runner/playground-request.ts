/**
 * The playground's run request. Kept apart from the transpiler (type imports only), so the playground page
 * can build its request without sucrase in its first-load JavaScript.
 */
import type { CodeLanguage, RunRequest } from './run-request';

/** The playground's contract: `makeInput(n)` builds the input (not timed), `solve(input)` is measured. */
export const PLAYGROUND_EXPORTS: readonly string[] = ['makeInput', 'solve'];

/** In Python: `def make_input(n)` (not timed) and `def solve(inp)`; optional `SIZES = [...]`. */
export const PLAYGROUND_PYTHON_NAMES: readonly string[] = ['make_input', 'solve'];

/** Per-size time budget of a playground run, ms. */
export const PLAYGROUND_BUDGET_MS = 1000;

/**
 * Per-size budget of a Python run's memory pass, ms: below the time budget, so that one traced call a
 * little slower than predicted still reports before the watchdog's silence limit (budget + slack).
 */
export const PLAYGROUND_MEMORY_BUDGET_MS = 600;

/** One snippet, the playground contract, the snippet's own sizes or the default ladder. */
export function playgroundRequest(source: string, language: CodeLanguage): RunRequest {
  const python = language === 'python';
  return {
    series: [{ id: 'learner', label: 'Your code', source }],
    language,
    contract: 'playground',
    requiredExports: python ? PLAYGROUND_PYTHON_NAMES : PLAYGROUND_EXPORTS,
    budgetMs: PLAYGROUND_BUDGET_MS,
    checkCorrectness: false,
    ...(python ? { memoryBudgetMs: PLAYGROUND_MEMORY_BUDGET_MS } : {}),
  };
}
