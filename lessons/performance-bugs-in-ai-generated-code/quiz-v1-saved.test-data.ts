/**
 * Saved data from the first release of this lesson's quiz (15 questions, ids listed in quiz.test.ts), as
 * that release kept it in localStorage: progress (format v2) in zustand's `{ state, version }` envelope under
 * `hotpath-progress`, and two unfinished rounds under `hotpath-quiz-attempt:<slug>`, made by that release's
 * makeDraft from that quiz's own seeded arrangement. Used by quiz-migration.test.ts; never edit these to fit
 * new code.
 */

/** Three attempts: two full (11/15 and the best, 13/15) and one practice round, missing retired questions. */
export const V1_PROGRESS = String.raw`{"state":{"generation":0,"lastLocation":{"at":1767000200000,"href":"/lessons/performance-bugs-in-ai-generated-code/quiz","label":"Quiz: Performance Bugs in AI-Generated Code","lesson":"performance-bugs-in-ai-generated-code"},"lessons":{"performance-bugs-in-ai-generated-code":{"code":{},"labs":{"n-plus-one":{"best":{"queries":{"better":"lower","unit":"queries","value":1}},"passedAt":1766990000000}},"quiz":{"attempts":[{"at":1766995000000,"id":"mjq1a2b3-k4l5m6","missed":["benchmark-growth","deep-pages","signals-in-a-prompt","spot-cache-leak"],"mode":"full","passed":false,"score":11,"total":15},{"at":1766996000000,"id":"mjq1c4d5-n7o8p9","missed":["signals-in-a-prompt"],"mode":"practice","passed":false,"score":3,"total":4},{"at":1766997000000,"id":"mjq1e6f7-q1r2s3","missed":["spot-await-in-loop","the-missing-signal"],"mode":"full","passed":true,"score":13,"total":15}],"best":13,"bestTotal":15,"fullAttempts":2},"sectionsRead":["n-plus-one","six-patterns","works-on-my-machine"]}},"version":2},"version":2}`;

/**
 * A full round, 10 answered and 4 checked: answers to retired questions (signals-in-a-prompt,
 * spot-cache-leak, benchmark-growth), one to an option since removed (old-model), the rest still valid.
 */
export const V1_FULL_DRAFT = String.raw`{"v":1,"slug":"performance-bugs-in-ai-generated-code","mode":"full","ids":null,"seed":20261127,"order":["deep-pages","flag-the-slow-patterns","spot-await-in-loop","count-n-plus-one","the-missing-signal","profile-loop-order","benchmark-growth","steady-perf-tests","why-tests-stay-green","spot-cache-leak","quadratic-prediction","prompt-not-proof","signals-in-a-prompt","spot-includes-in-loop","fix-n-plus-one"],"answers":{"why-tests-stay-green":{"kind":"single","choiceId":"old-model"},"quadratic-prediction":{"kind":"number","text":"5"},"spot-includes-in-loop":{"kind":"spot-line","line":4},"deep-pages":{"kind":"single","choiceId":"cursor"},"count-n-plus-one":{"kind":"number","text":"2,500"},"fix-n-plus-one":{"kind":"multi","choiceIds":["join","promise-all"]},"signals-in-a-prompt":{"kind":"multi","choiceIds":["rows","budget","complexity-comment"]},"spot-cache-leak":{"kind":"spot-line","line":6},"benchmark-growth":{"kind":"number","text":"30000"},"profile-loop-order":{"kind":"order","stepIds":["baseline","profile","paste","smallest-change","remeasure"]}},"checked":["quadratic-prediction","spot-cache-leak","why-tests-stay-green","count-n-plus-one"],"current":"benchmark-growth","at":1767000000000}`;

/** A practice round over two retired-or-changed questions and one kept (deep-pages, with a removed option). */
export const V1_PRACTICE_DRAFT = String.raw`{"v":1,"slug":"performance-bugs-in-ai-generated-code","mode":"practice","ids":["deep-pages","spot-await-in-loop","benchmark-growth"],"seed":777,"order":["spot-await-in-loop","deep-pages","benchmark-growth"],"answers":{"spot-await-in-loop":{"kind":"spot-line","line":4},"deep-pages":{"kind":"single","choiceId":"promise-all-pages"}},"checked":["spot-await-in-loop"],"current":"spot-await-in-loop","at":1767000100000}`;
