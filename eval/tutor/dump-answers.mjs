// Writes the tutor's answer to every labelled question (held-out sets included) as JSON, so that a change
// can be checked question by question with compare-answers.mjs:
//   node eval/tutor/dump-answers.mjs /tmp/before.json   (then change the tutor)
//   node eval/tutor/dump-answers.mjs /tmp/after.json
//   node eval/tutor/compare-answers.mjs /tmp/before.json /tmp/after.json
// Per question: its set, the section it was written for (null = out of scope), refused or answered, the
// three best sections as ask() orders them, the citations (or the closest sections of a refusal) and the text.
import { writeFileSync } from 'node:fs';
import { importTs } from '../../scripts/build-tutor-index.mjs';
import { labelledQuestions, lessonIndex } from './labelled.mjs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node eval/tutor/dump-answers.mjs <out.json>');
  process.exit(1);
}
const lib = await importTs(
  `export { loadPayload } from '@/lib/tutor/search-index';
   export { ask } from '@/lib/tutor/ask';`,
  'tutor-dump',
);
const index = await lessonIndex(lib.loadPayload);
const rows = (await labelledQuestions({ includeHeldOut: true })).map(({ file: f, set, q, sectionId }) => {
  const { answer, retrieval } = lib.ask(index, q);
  return {
    file: f,
    set,
    q,
    want: sectionId,
    kind: answer.kind,
    ranked: (retrieval?.sections ?? []).slice(0, 3).map((s) => s.sectionId),
    cited: (answer.kind === 'answer' ? answer.citations : answer.closest).map((c) => c.href),
    text: answer.text,
  };
});
writeFileSync(file, JSON.stringify(rows));
console.log(`${rows.length} answers written to ${file}`);
