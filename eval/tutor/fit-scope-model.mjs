// Fits the tutor's scope model (lib/tutor/scope-model.ts) to every labelled question set in
// eval/tutor/ except the held-out ones (held-out.json; --include-held-out fits them too) and writes
// lib/tutor/scope-model-weights.json. Run by hand after the word lists or the question sets change:
//   node eval/tutor/fit-scope-model.mjs [--write] [--include-held-out]
// Only questions the rules leave open (compose-answer.ts, ruleDecision) are fitted: in-scope ones labelled
// 1, out-of-scope 0. The model is a logistic regression on standardised signals, L2 = 1, fitted by
// Newton's method (deterministic). Before writing, it reports leave-one-set-out figures: each set is left
// out in turn, the model is fitted on the rest and decides the left-out set, so every figure is on
// questions the model was not fitted on (the word lists have seen them all, though). Alongside: the
// hand-set thresholds this model replaced, on the same sets (in-sample for them).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTs, ROOT } from '../../scripts/build-tutor-index.mjs';
import { HELD_OUT, labelledQuestions, lessonIndex } from './labelled.mjs';

const write = process.argv.includes('--write');
const includeHeldOut = process.argv.includes('--include-held-out');
const L2 = 1;
const lib = await importTs(
  `export { loadPayload } from '@/lib/tutor/search-index';
   export { retrieve } from '@/lib/tutor/retrieve';
   export { ruleDecision, composeExtract } from '@/lib/tutor/compose-answer';
   export { scopeFeatures, FEATURE_NAMES, SCOPE_THRESHOLD } from '@/lib/tutor/scope-model';`,
  'fit-scope',
);
const index = await lessonIndex(lib.loadPayload);
if (!includeHeldOut) console.log(`held out (not fitted, not reported): ${HELD_OUT.join(', ')}`);

// Every labelled question once, with the group (question set) it belongs to.
const rows = [];
const seen = new Set();
for (const { group, q, sectionId } of await labelledQuestions({ includeHeldOut })) {
  if (seen.has(q)) continue;
  seen.add(q);
  const r = lib.retrieve(index, q);
  const extract = lib.composeExtract(r);
  // The section the answer would be quoted from leads (as ask.ts orders it).
  const ranked = r.sections.map((s) => s.sectionId);
  const from = extract.kind === 'answer' ? extract.citations[0]?.sectionId : undefined;
  const k = ranked.indexOf(from);
  if (k > 0) ranked.unshift(...ranked.splice(k, 1));
  rows.push({
    group,
    inScope: sectionId !== null,
    top3: sectionId !== null && ranked.slice(0, 3).includes(sectionId),
    quotable: extract.kind === 'answer',
    rule: lib.ruleDecision(r),
    x: lib.scopeFeatures(r),
  });
}
const open = rows.filter((r) => !r.rule);

function fit(train) {
  const d = train[0].x.length;
  const mean = Array.from({ length: d }, (_, j) => train.reduce((a, r) => a + r.x[j], 0) / train.length);
  const sd = mean.map(
    (m, j) => Math.sqrt(train.reduce((a, r) => a + (r.x[j] - m) ** 2, 0) / train.length) || 1,
  );
  const Z = train.map((r) => [...r.x.map((v, j) => (v - mean[j]) / sd[j]), 1]);
  const y = train.map((r) => (r.inScope ? 1 : 0));
  let b = new Array(d + 1).fill(0);
  for (let it = 0; it < 50; it++) {
    const g = new Array(d + 1).fill(0);
    const H = Array.from({ length: d + 1 }, () => new Array(d + 1).fill(0));
    Z.forEach((z, n) => {
      const p = 1 / (1 + Math.exp(-z.reduce((a, v, j) => a + v * b[j], 0)));
      for (let i = 0; i <= d; i++) {
        g[i] += (p - y[n]) * z[i];
        for (let j = 0; j <= d; j++) H[i][j] += p * (1 - p) * z[i] * z[j];
      }
    });
    for (let i = 0; i < d; i++) {
      g[i] += L2 * b[i];
      H[i][i] += L2;
    }
    const step = solve(H, g);
    b = b.map((v, i) => v - step[i]);
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  return { mean, sd, weights: b.slice(0, d), bias: b[d] };
}

/** Gaussian elimination with partial pivoting (small dense systems). */
function solve(A, v) {
  const n = v.length;
  const M = A.map((row, i) => [...row, v[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const out = new Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * out[k];
    out[r] = s / M[r][r];
  }
  return out;
}

const prob = (m, x) =>
  1 / (1 + Math.exp(-(m.bias + x.reduce((a, v, j) => a + (m.weights[j] * (v - m.mean[j])) / m.sd[j], 0))));

/** Outcome counts for answer(row) decisions: false refusals, top-3 hits, out-of-scope answered. */
function tally(list, answer) {
  const t = { inScope: 0, top3: 0, falseRefusals: 0, outOfScope: 0, answeredOut: 0 };
  for (const r of list) {
    const answered = answer(r) && r.quotable;
    if (r.inScope) {
      t.inScope++;
      if (!answered) t.falseRefusals++;
      else if (r.top3) t.top3++;
    } else {
      t.outOfScope++;
      if (answered) t.answeredOut++;
    }
  }
  return t;
}
const pct = (a, b) => `${((100 * a) / b).toFixed(1)}%`;
const line = (label, t) =>
  `${label.padEnd(34)} top-3 ${pct(t.top3, t.inScope).padStart(6)} (false refusals ${String(t.falseRefusals).padStart(3)}/${t.inScope})  refused ${pct(t.outOfScope - t.answeredOut, t.outOfScope).padStart(6)} (${t.outOfScope - t.answeredOut}/${t.outOfScope})`;

const groups = [...new Set(rows.map((r) => r.group))];
console.log(`${rows.length} questions in ${groups.length} sets; ${open.length} left open by the rules`);
for (const th of [0.35, 0.4, lib.SCOPE_THRESHOLD, 0.5, 0.55]) {
  const decided = [];
  for (const g of groups) {
    const m = fit(open.filter((r) => r.group !== g));
    for (const r of rows.filter((x) => x.group === g))
      decided.push([r, r.rule ? r.rule.answerable : prob(m, r.x) >= th]);
  }
  const map = new Map(decided);
  console.log(
    line(
      `leave-one-set-out, threshold ${th}`,
      tally(rows, (r) => map.get(r)),
    ),
  );
}

const model = fit(open);
const names = [...lib.FEATURE_NAMES];
console.log('\nfitted on all', open.length, 'open questions:');
names.forEach((n, j) =>
  console.log(
    `  ${n.padEnd(20)} weight ${model.weights[j].toFixed(3).padStart(7)} (mean ${model.mean[j].toFixed(3)}, sd ${model.sd[j].toFixed(3)})`,
  ),
);
console.log(`  bias ${model.bias.toFixed(3)}`);
console.log(
  line(
    'in-sample, threshold ' + lib.SCOPE_THRESHOLD,
    tally(rows, (r) => (r.rule ? r.rule.answerable : prob(model, r.x) >= lib.SCOPE_THRESHOLD)),
  ),
);

if (write) {
  const r6 = (v) => Number(v.toFixed(6));
  const file = join(ROOT, 'lib/tutor/scope-model-weights.json');
  const fitted =
    `by eval/tutor/fit-scope-model.mjs on ${open.length} labelled questions the rules leave open ` +
    `(of ${rows.length} in ${groups.length} question sets${includeHeldOut ? '' : ', held-out sets left out'}); ` +
    'do not edit by hand: refit instead';
  const weights = {
    fitted,
    names,
    mean: model.mean.map(r6),
    sd: model.sd.map(r6),
    weights: model.weights.map(r6),
    bias: r6(model.bias),
  };
  writeFileSync(file, `${JSON.stringify(weights, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
