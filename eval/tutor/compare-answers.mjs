// Compares two answer dumps (dump-answers.mjs) question by question. Lists every question whose decision,
// ranking or citations changed, with --text also those whose quoted text alone changed. Questions of the
// held-out files (held-out.json) are only counted, never listed, so a change can be judged without them.
import { readFileSync } from 'node:fs';
import { HELD_OUT } from './labelled.mjs';

const [before, after] = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'))
  .map((f) => JSON.parse(readFileSync(f, 'utf8')));
if (!before || !after) {
  console.error('usage: node eval/tutor/compare-answers.mjs <before.json> <after.json> [--text]');
  process.exit(1);
}
const showText = process.argv.includes('--text');
const key = (r) => `${r.set}\u0000${r.q}`;
const later = new Map(after.map((r) => [key(r), r]));
const n = { missing: 0, changed: 0, textOnly: 0, heldOut: 0 };
for (const r of before) {
  const s = later.get(key(r));
  if (!s) {
    n.missing++;
    continue;
  }
  const same = r.kind === s.kind && r.ranked.join() === s.ranked.join() && r.cited.join() === s.cited.join();
  if (same && r.text === s.text) continue;
  if (HELD_OUT.includes(r.file)) {
    n.heldOut++;
    continue;
  }
  if (same) {
    n.textOnly++;
    if (showText) console.log(`text  ${r.set}: ${r.q}`);
    continue;
  }
  n.changed++;
  const mark = (x) => (x.kind === 'refusal' ? 'refused' : 'answered');
  console.log(`${r.set} [${r.want ?? 'out of scope'}] ${r.q}`);
  console.log(`   ${mark(r)} ${r.ranked.join(', ')}  ->  ${mark(s)} ${s.ranked.join(', ')}`);
}
console.log(
  `${before.length} questions before, ${after.length} after; ${n.missing} missing; ${n.changed} changed; ` +
    `${n.textOnly} with only the quoted text changed; ${n.heldOut} changed in held-out files (not listed)`,
);
