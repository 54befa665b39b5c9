// Profiles, at build time, the starter of the lab a lesson names (`profileExampleLab` in its lesson.ts),
// through the worker's own path in Node (runRequestInNode, profile mode: instrumented exactly as in the
// browser), and writes lessons/<slug>/generated/profile-example.json for the lesson's <ProfileExample />.
// The size is the one the lab's Profile button would pick after a run (the largest measured size whose
// plain call stays within 10 ms). Runs as part of `prebuild`; `node scripts/build-lesson-profiles.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { ROOT, importTs } from './build-tutor-index.mjs';

const lib = await importTs(
  `export { LESSON_ENTRIES } from '@/lessons/registry';
   export { labRunRequest } from '@/lib/labs/lab-run-request';
   export { runRequestInNode } from '@/lib/measure/run-spec-node';
   export { profileRequest } from '@/lib/runner/profile-request';
   export { defaultProfileSize } from '@/lib/profile/choose-size';
   export { hotSpots } from '@/lib/profile/hot-spots';
   export { profilePrompt } from '@/lib/profile/prompt';`,
  'lesson-profiles',
);

let SQL = null;
const started = Date.now();
for (const entry of lib.LESSON_ENTRIES) {
  const lesson = await entry.lesson();
  if (!lesson.profileExampleLab) continue;
  const lab = (entry.labs ? await entry.labs() : []).find((l) => l.id === lesson.profileExampleLab);
  if (!lab)
    throw new Error(`${lesson.slug}: profileExampleLab "${lesson.profileExampleLab}" is not one of its labs`);
  if (lab.needsSqlite) SQL ??= await initSqlJs();
  const source = lab.starter;
  const env = { SQL: SQL ?? undefined };
  // A measuring run first, as a learner would, to pick the size the Profile button would offer.
  const run = await lib.runRequestInNode(lib.labRunRequest(lab, [['learner', source]]), env);
  const measured = run.series.find((s) => s.id === 'learner')?.results ?? [];
  const n = lib.defaultProfileSize(measured) ?? lab.sizes[0];
  const plain = measured.find((r) => r.n === n)?.medianNs;
  const request = lib.profileRequest(lib.labRunRequest(lab, [['learner', source]], { sizes: [n] }), {
    n,
    ...(plain !== undefined ? { plainNsPerCall: plain } : {}),
  });
  const state = await lib.runRequestInNode(request, env);
  const report = state.profile;
  if (!report)
    throw new Error(`${lesson.slug}: profiling ${lab.id} failed: ${state.error?.message ?? 'no report'}`);
  const lines = source.split('\n');
  const fnName = lab.requiredExports[0] ?? 'solve';
  const data = {
    lab: { id: lab.id, title: lab.title },
    n,
    unit: lab.sizeUnit,
    fnName,
    plainNsPerCall: report.plainNsPerCall,
    overhead: report.overhead,
    calls: report.calls,
    method: report.method,
    hotSpots: lib.hotSpots(report, 3).map((h) => ({
      line: h.line,
      share: h.share,
      hitsPerCall: h.hits / Math.max(1, report.calls),
      code: (lines[h.line - 1] ?? '').trim(),
      ...(h.fnName ? { fnName: h.fnName } : {}),
    })),
    prompt: lib.profilePrompt({ report, source, fnName, unit: lab.sizeUnit, language: 'TypeScript' }),
    measuredOn: `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, at build time`,
  };
  const dir = join(ROOT, 'lessons', lesson.slug, 'generated');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'profile-example.json');
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  const top = data.hotSpots[0];
  console.log(
    `build-lesson-profiles: ${lesson.slug}: ${lab.id} at n = ${n}, hottest line ${top?.line} (${Math.round((top?.share ?? 0) * 100)}%)`,
  );
}
console.log(`build-lesson-profiles: done in ${Date.now() - started} ms`);
