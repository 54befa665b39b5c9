// Generates lib/tutor/words/programming-words.json: how many package READMEs (of the ones installed in
// node_modules, lockfile-pinned) use each normalised term. Run once by hand:
//   node eval/tutor/make-programming-words.mjs [--vocabulary lessons/<slug>/tutor/vocabulary.json]
// Terms are normalised as the tutor normalises question words: with the generic language data, and with a
// lesson's folds when --vocabulary names them (the committed file was made with the first lesson's folds).
// Not part of the build: the output is committed, so the build never reads node_modules prose.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTs, ROOT } from '../../scripts/build-tutor-index.mjs';

const at = process.argv.indexOf('--vocabulary');
const vocabulary = at > 0 ? JSON.parse(readFileSync(process.argv[at + 1], 'utf8')) : undefined;
const { createLexicon } = await importTs(
  `export { createLexicon } from '@/lib/tutor/lexicon';`,
  'prog-words',
);
const { analyze } = createLexicon(vocabulary);
const files = [];
const walk = (dir, depth) => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory() && depth < 2 && !name.startsWith('.')) walk(p, depth + 1);
    else if (/^readme\.md$/i.test(name) && st.size > 1024) files.push(p);
  }
};
walk(join(ROOT, 'node_modules'), 0);
const df = new Map();
for (const f of files) {
  const terms = new Set(
    analyze(readFileSync(f, 'utf8').slice(0, 200_000)).filter((t) => /^[a-z][a-z0-9]+$/.test(t)),
  );
  for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
}
// scope.ts reads only whether a term is in 2% of READMEs or more (FOREIGN_SHARE): keep just those.
const MIN = Math.ceil(0.02 * files.length);
const kept = [...df].filter(([, n]) => n >= MIN).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const out = join(ROOT, 'lib/tutor/words/programming-words.json');
writeFileSync(
  out,
  `${JSON.stringify({ readmes: files.length, df: kept.map(([t, n]) => `${t} ${n}`).join(' ') }, null, 2)}\n`,
);
console.log(`${kept.length} terms in ${MIN}+ of ${files.length} READMEs written to ${out}`);
