/** This lesson's tutor data: run explainers fit the lesson, its labs and its index. */
import { describe, expect, it } from 'vitest';
import { loadParts } from '@/lessons/registry';
import { answerFromRun } from '@/lib/tutor/answer-from-run';
import { FINDING_KINDS, type FindingKind, type RunContext } from '@/lib/tutor/run-diagnosis';
import { loadPayload } from '@/lib/tutor/search-index';
import type { TutorPayload } from '@/lib/tutor/types';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { buildTutorPayloads } from '@/scripts/build-tutor-index.mjs';

const SLUG = 'performance-bugs-in-ai-generated-code';
const { payloads } = (await buildTutorPayloads()) as { payloads: TutorPayload[] };
const payload = payloads.find((p) => p.slug === SLUG);
if (!payload) throw new Error('no tutor index for the lesson');
const index = loadPayload(JSON.parse(JSON.stringify(payload)));
const explainers = payload.runExplainers ?? {};

/** A run that shows each finding, by counter role. */
const RUNS: Record<FindingKind, RunContext> = {
  'query-per-item': { points: [{ n: 10000, counters: { queries: 10001 } }] },
  'superlinear-time': { verdict: 'O(n²)' },
  'blocking-calls': { points: [{ n: 100, counters: { blocking: 100 } }] },
  'over-read': { points: [{ n: 1e5, counters: { rowsRead: 1e5, rowsReturned: 20 } }] },
  'unbounded-result': { points: [{ n: 5e4, counters: { rowsReturned: 5e4 } }] },
  'allocation-per-item': { points: [{ n: 3e4, counters: { allocations: 3e4 } }] },
  'growing-retention': {
    points: [
      { n: 100, counters: { retained: 100 } },
      { n: 1e4, counters: { retained: 1e4 } },
    ],
  },
  'memory-per-call': { memory: 'O(n)' },
};

describe('run-explainers.json, as the index carries it', () => {
  it('explains every finding with a section of the lesson', () => {
    expect(Object.keys(explainers).sort()).toEqual([...FINDING_KINDS].sort());
    const ids = payload.sections.map((s) => s.id);
    for (const e of Object.values(explainers)) expect(ids).toContain(e.sectionId);
  });

  it.each(FINDING_KINDS)('%s: quotes the run, then a passage of the section that explains it', (kind) => {
    const a = answerFromRun(RUNS[kind], explainers, index);
    expect(a?.kind).toBe('answer');
    if (a?.kind !== 'answer') return;
    expect(a.sentences).toHaveLength(2);
    const quoted = index.byId.get(a.sentences[1]?.passageId ?? -1);
    expect(quoted?.sectionId).toBe(explainers[kind]?.sectionId);
    expect(a.citations[0]?.sectionId).toBe(explainers[kind]?.sectionId);
  });
});

describe('what each lab tells the tutor about its runs', () => {
  it('a finding the tutor knows and explains, and roles only on counters the lab reports', async () => {
    const labs = (await loadParts('labs'))[SLUG] ?? [];
    for (const lab of labs) {
      expect(lab.finding, lab.id).toBeDefined();
      if (lab.finding) expect(FINDING_KINDS).toContain(lab.finding);
      if (lab.finding) expect(explainers[lab.finding], lab.id).toBeDefined();
    }
    expect(labs.some((l) => l.counters.some((c) => c.role === 'queries'))).toBe(true);
  });
});
