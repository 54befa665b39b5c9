// The labelled questions of every question file in eval/tutor (questions.ts, questions-fresh*.ts,
// questions-blind-*.ts), and the lesson's tutor index as `npm run build` makes it. Shared by the scope-model
// fit, the answer dump and the perturbation check. Held-out files (held-out.json) are left out unless asked.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTutorPayloads, importTs, ROOT } from '../../scripts/build-tutor-index.mjs';

export const SLUG = 'performance-bugs-in-ai-generated-code';
export const HELD_OUT = JSON.parse(readFileSync(join(ROOT, 'eval/tutor/held-out.json'), 'utf8')).files;

/**
 * Every labelled question, in file order: { file, set, group, q, sectionId } where `set` is the export
 * name (BLIND_ZA_IN_SCOPE), `group` the set it belongs to (BLIND_ZA; TUNING for the first set) and
 * `sectionId` the section that answers it (null when the lesson does not cover it).
 */
export async function labelledQuestions({ includeHeldOut = false } = {}) {
  const files = readdirSync(join(ROOT, 'eval/tutor'))
    .filter((f) => /^questions[\w-]*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .filter((f) => includeHeldOut || !HELD_OUT.includes(f))
    .sort();
  const mods = await importTs(
    files.map((f, i) => `export * as S${i} from '@/eval/tutor/${f}';`).join('\n'),
    'tutor-questions',
  );
  const out = [];
  files.forEach((file, i) => {
    for (const [set, list] of Object.entries(mods[`S${i}`])) {
      const outOfScope = /OUT_OF_SCOPE(_EXTRA)?$/.test(set);
      if (!Array.isArray(list) || !(outOfScope || /IN_SCOPE(_EXTRA)?$/.test(set))) continue;
      const group = set.replace(/_?(IN_SCOPE|OUT_OF_SCOPE)(_EXTRA)?$/, '') || 'TUNING';
      for (const x of list) {
        const q = typeof x === 'string' ? x : x.q;
        out.push({ file, set, group, q, sectionId: outOfScope ? null : x.sectionId });
      }
    }
  });
  return out;
}

/** The lesson's tutor index, built exactly as the site build does, through a JSON round trip. */
export async function lessonIndex(loadPayload) {
  const { payloads } = await buildTutorPayloads();
  const payload = payloads.find((p) => p.slug === SLUG);
  if (!payload) throw new Error(`no tutor index for ${SLUG}`);
  return loadPayload(JSON.parse(JSON.stringify(payload)));
}
