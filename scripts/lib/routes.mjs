// Every route of the app that a learner can open, for the budget check, axe and Lighthouse. A unit test
// (lessons/registry.test.ts) fails when a page of a lesson in the registry is missing here.
export const ROUTES = [
  '/',
  '/lessons/performance-bugs-in-ai-generated-code',
  '/lessons/performance-bugs-in-ai-generated-code/quiz',
  // Classroom mode: the lesson as slides (race slides load the runner only when shown).
  '/lessons/performance-bugs-in-ai-generated-code/present',
  '/progress',
  '/playground',
  // The labs (lessons/performance-bugs-in-ai-generated-code/labs/index.ts, in order).
  ...[
    'n-plus-one',
    'quadratic-lookup',
    'blocking-in-async',
    'filter-at-source',
    'pagination',
    'hot-loop-allocation',
    'unbounded-cache',
    'perf-test-first',
  ].map((id) => `/lessons/performance-bugs-in-ai-generated-code/labs/${id}`),
];
