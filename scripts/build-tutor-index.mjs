// Build the tutor's search index for every lesson: public/tutor/<slug>.json.
//
// Reads the lesson registry (TypeScript, bundled on the fly with esbuild), each section's MDX, the quiz
// explanations, any lab prose and the lesson's tutor data (lessons/<slug>/tutor/: its vocabulary and run explainers), cuts
// them into passages (lib/tutor/passages.ts), indexes them with MiniSearch (lib/tutor/search-index.ts)
// and writes index + passages + that data as JSON. Optional content (quiz,
// labs) that is missing or unreadable is skipped with a note; the build never fails because of it.
// Also exported for scripts/bench/tutor.mjs, which must build the index the same way.
import { build } from 'esbuild';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildLabSources } from './build-lab-sources.mjs';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Resolve the repo's `@/` import alias (tsconfig paths) for esbuild. */
const atAlias = {
  name: 'at-alias',
  setup(b) {
    b.onResolve({ filter: /^@\// }, (args) =>
      b.resolve(`./${args.path.slice(2)}`, { resolveDir: ROOT, kind: args.kind }),
    );
  },
};

/** Bundle a TypeScript module (with the `@/` alias) into a temp .mjs file and import it. */
export async function importTs(contents, label = 'entry') {
  // Lab modules read their folders' sources from a generated file: make sure it is current.
  await buildLabSources();
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: `${label}.ts` },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [atAlias],
    loader: { '.mdx': 'text', '.md': 'text', '.css': 'empty', '.wasm': 'empty' },
    external: ['sql.js', 'monaco-editor', 'react', 'react-dom', 'next', 'uplot'],
  });
  const dir = mkdtempSync(join(tmpdir(), 'hotpath-tutor-'));
  const file = join(dir, `${label}.mjs`);
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const rel = (p) => JSON.stringify(p.replace(/\\/g, '/'));
/** The first useful line of an esbuild (or other) error. */
const firstError = (e) => {
  const first = e?.errors?.[0];
  if (first) return `${first.location ? `${first.location.file}:${first.location.line}: ` : ''}${first.text}`;
  return String(e?.message ?? e).split('\n')[0];
};

const notes = [];
const note = (msg) => notes.push(msg);

/** Quiz entries from any export shaped like questions with explanations and section ids. */
function quizFromModule(mod) {
  const out = [];
  const visit = (value, depth) => {
    if (depth > 3 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    if (typeof value.explanation === 'string' && typeof value.sectionId === 'string') {
      const prompt = [value.prompt, value.question, value.text, value.stem, value.title].find(
        (x) => typeof x === 'string',
      );
      out.push({ sectionId: value.sectionId, explanation: value.explanation, prompt });
      return;
    }
    Object.values(value).forEach((v) => visit(v, depth + 1));
  };
  Object.values(mod).forEach((v) => visit(v, 0));
  return out;
}

// Prose-named fields only: starter/solution/harness code and the learner's contract are not prose.
const LAB_PROSE_KEYS = [
  'summary',
  'brief',
  'intro',
  'goal',
  'task',
  'instructions',
  'description',
  'explanation',
  'hints',
  'notes',
  'steps',
  'lesson',
  'takeaway',
  'debrief',
];

/** Lab prose from a lab folder: its *.md / *.mdx files plus prose-named fields of lab.ts's exports. */
function labFromFolder(labDir, name, mod) {
  const texts = [];
  let title = name.replace(/^\d+-/, '').replace(/-/g, ' ');
  let id = name;
  let sectionId;
  for (const f of readdirSync(labDir).sort()) {
    if (/\.mdx?$/.test(f)) texts.push(readFileSync(join(labDir, f), 'utf8'));
  }
  for (const value of Object.values(mod ?? {})) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
    if (typeof value.title === 'string') title = value.title;
    if (typeof value.id === 'string') id = value.id;
    if (typeof value.sectionId === 'string') sectionId = value.sectionId;
    const holders = [value, value.prose].filter((h) => h && typeof h === 'object' && !Array.isArray(h));
    for (const h of holders) {
      for (const key of h === value ? LAB_PROSE_KEYS : ['why', 'see', 'fix', ...LAB_PROSE_KEYS]) {
        const v = h[key];
        if (typeof v === 'string') texts.push(v);
        if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') texts.push(x);
      }
    }
  }
  return texts.length > 0 ? { id, title, texts, sectionId, folder: name } : null;
}

/** lessons/<dir>/quiz.ts and lessons/<dir>/labs/<NN-name>/lab.ts files that exist, by lesson folder. */
function optionalModules() {
  const found = [];
  const lessonsDir = join(ROOT, 'lessons');
  for (const dir of readdirSync(lessonsDir)) {
    const base = join(lessonsDir, dir);
    if (!statSync(base).isDirectory()) continue;
    const quiz = join(base, 'quiz.ts');
    if (existsSync(quiz)) found.push({ key: `quiz:${dir}`, file: quiz });
    const labs = join(base, 'labs');
    if (!existsSync(labs)) continue;
    for (const name of readdirSync(labs).sort()) {
      const labDir = join(labs, name);
      if (!statSync(labDir).isDirectory()) continue;
      const file = join(labDir, 'lab.ts');
      found.push({ key: `lab:${dir}/${name}`, file: existsSync(file) ? file : null, labDir, name });
    }
  }
  return found;
}

const CORE = `export { lessons } from '@/lessons/index';
export { buildPassages } from '@/lib/tutor/passages';
export { buildPayload } from '@/lib/tutor/search-index';`;

/**
 * Import the registry, the tutor library and every optional module in ONE esbuild pass (fast). If that
 * fails, import the core alone and each optional module on its own, skipping (with a note) any that fail.
 */
async function importAll(optional) {
  const withFile = optional.filter((o) => o.file);
  const entry =
    CORE +
    '\n' +
    withFile.map((o, i) => `import * as m${i} from ${rel(o.file)};`).join('\n') +
    `\nexport const optional = { ${withFile.map((o, i) => `${JSON.stringify(o.key)}: m${i}`).join(', ')} };`;
  try {
    return await importTs(entry, 'tutor-sources');
  } catch {
    const core = await importTs(CORE, 'tutor-core');
    const mods = {};
    for (const o of withFile) {
      try {
        mods[o.key] = await importTs(`export * from ${rel(o.file)};`, 'tutor-optional');
      } catch (e) {
        note(`${relative(ROOT, o.file)} skipped (${firstError(e)})`);
      }
    }
    return { ...core, optional: mods };
  }
}

/**
 * The lesson's own tutor data (lessons/<slug>/tutor/), read as JSON: its vocabulary (how its learners word
 * things) and its run explainers (which section explains what a lab run shows). A lesson without them is
 * indexed with the generic language data alone, and its lab tutor quotes no run.
 */
function lessonTutorData(slug) {
  const read = (name, key) => {
    const file = join(ROOT, 'lessons', slug, 'tutor', name);
    if (existsSync(file)) return { [key]: JSON.parse(readFileSync(file, 'utf8')) };
    note(`${slug}: no tutor/${name}`);
    return {};
  };
  return { ...read('vocabulary.json', 'vocabulary'), ...read('run-explainers.json', 'runExplainers') };
}

/** Build one payload per lesson in the registry. Returns { payloads, notes }. */
export async function buildTutorPayloads() {
  notes.length = 0;
  if (!existsSync(join(ROOT, 'lessons', 'index.ts'))) {
    note('lessons/index.ts not found: no tutor index built');
    return { payloads: [], notes: [...notes] };
  }
  const optional = optionalModules();
  const mod = await importAll(optional);
  const payloads = [];
  for (const lesson of mod.lessons ?? []) {
    const sectionMdx = {};
    for (const s of lesson.sections) {
      const file = join(ROOT, 'lessons', lesson.slug, 'sections', s.file);
      if (existsSync(file)) sectionMdx[s.id] = readFileSync(file, 'utf8');
      else note(`${lesson.slug}: section file ${s.file} missing, indexed from its summary only`);
    }
    const quizMod = mod.optional[`quiz:${lesson.slug}`];
    const quiz = quizMod ? quizFromModule(quizMod) : [];
    const labs = optional
      .filter((o) => o.key.startsWith(`lab:${lesson.slug}/`))
      .map((o) => labFromFolder(o.labDir, o.name, mod.optional[o.key]))
      .filter(Boolean);
    const passages = mod.buildPassages({ lesson, sectionMdx, quiz, labs });
    const sections = lesson.sections.map((s) => ({ id: s.id, title: s.title }));
    const tutor = lessonTutorData(lesson.slug);
    payloads.push(mod.buildPayload(lesson.slug, lesson.title, sections, passages, tutor));
  }
  return { payloads, notes: [...notes] };
}

async function main() {
  const t0 = performance.now();
  const outDir = join(ROOT, 'public', 'tutor');
  try {
    const { payloads, notes: found } = await buildTutorPayloads();
    mkdirSync(outDir, { recursive: true });
    for (const p of payloads) {
      const json = JSON.stringify(p);
      writeFileSync(join(outDir, `${p.slug}.json`), json);
      const kinds = {};
      for (const x of p.passages) kinds[x.kind] = (kinds[x.kind] ?? 0) + 1;
      console.log(
        `tutor: ${p.slug}.json  ${p.passages.length} passages ${JSON.stringify(kinds)}  ` +
          `${(json.length / 1024).toFixed(0)} KiB`,
      );
    }
    for (const n of found) console.log(`tutor: note: ${n}`);
  } catch (e) {
    // The tutor is an extra: a broken index must not stop the site from building. The box will say
    // "the tutor is unavailable" when its JSON is missing.
    console.warn(
      `tutor: index NOT built (${firstError(e)}); any earlier public/tutor/*.json is left as it was.`,
    );
  }
  console.log(`tutor: done in ${(performance.now() - t0).toFixed(0)} ms`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
