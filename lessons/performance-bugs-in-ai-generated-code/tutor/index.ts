/**
 * This lesson's tutor data that its pages need (loaded through lessons/registry.ts): the suggested
 * questions, and what each lab's run means to the tutor (until each lab declares it in its own folder).
 * The vocabulary and run explainers reach the tutor inside the built index instead (vocabulary.json,
 * run-explainers.json, read by scripts/build-tutor-index.mjs).
 */
import type { LessonTutorPage } from '@/lib/tutor/types';

const DB_COUNTERS = { queries: 'queries', rowsFetched: 'rowsRead' } as const;
const DB_RESULT_COUNTERS = { ...DB_COUNTERS, rowsReturned: 'rowsReturned' } as const;

export const tutor: LessonTutorPage = {
  suggestions: [
    "What's an N+1 query?",
    'Why is my loop slow?',
    'How do I stop the memory growing?',
    'What should a prompt say about scale?',
  ],
  labRuns: {
    'n-plus-one': { finding: 'query-per-item', counters: DB_COUNTERS },
    'quadratic-lookup': { finding: 'superlinear-time' },
    'blocking-in-async': { finding: 'blocking-calls', counters: { blockingCalls: 'blocking' } },
    'filter-at-source': { finding: 'over-read', counters: DB_RESULT_COUNTERS },
    pagination: { finding: 'unbounded-result', counters: DB_RESULT_COUNTERS },
    'hot-loop-allocation': { finding: 'allocation-per-item', counters: { formattersBuilt: 'allocations' } },
    'unbounded-cache': { finding: 'growing-retention', counters: { retained: 'retained' } },
  },
};
