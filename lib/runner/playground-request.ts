/**
 * The playground's run request. Kept apart from the transpiler (type imports only), so the playground page
 * can build its request without sucrase in its first-load JavaScript.
 */
import type { RunRequest } from './run-request';
import type { SourceLanguage } from './transpile';

/** The playground's contract: `makeInput(n)` builds the input (not timed), `solve(input)` is measured. */
export const PLAYGROUND_EXPORTS: readonly string[] = ['makeInput', 'solve'];

/** Per-size time budget of a playground run, ms. */
export const PLAYGROUND_BUDGET_MS = 1000;

/** One snippet, the playground contract, the snippet's own sizes or the default ladder. */
export function playgroundRequest(source: string, language: SourceLanguage): RunRequest {
  return {
    series: [{ id: 'learner', label: 'Your code', source }],
    language,
    contract: 'playground',
    requiredExports: PLAYGROUND_EXPORTS,
    budgetMs: PLAYGROUND_BUDGET_MS,
    checkCorrectness: false,
  };
}
