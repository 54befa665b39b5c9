/**
 * The tutor's search engine for the browser. Loaded only through `import()` from load-engine.ts, so
 * MiniSearch and the retrieval code never sit in a page's first-load JavaScript.
 */
import { answerFromRun } from '@/lib/tutor/answer-from-run';
import type { RunContext } from '@/lib/tutor/run-diagnosis';
import { ask } from '@/lib/tutor/ask';
import { loadPayload } from '@/lib/tutor/search-index';
import type { TutorAnswer, TutorPayload } from '@/lib/tutor/types';

export interface TutorEngine {
  ask(question: string): TutorAnswer;
  fromRun(ctx: RunContext): TutorAnswer | null;
}

export function createEngine(payload: TutorPayload): TutorEngine {
  const index = loadPayload(payload);
  return {
    ask: (question) => ask(index, question).answer,
    fromRun: (ctx) => answerFromRun(ctx, payload.runExplainers ?? {}, index),
  };
}
