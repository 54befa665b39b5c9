import { describe, expect, it } from 'vitest';
import { answerFromRun } from './answer-from-run';
import { fixtureIndex, fixtureRunExplainers as explainers, fixtureSources } from './fixture-lesson';
import { buildPassages } from './passages';

const index = fixtureIndex();

describe('answerFromRun', () => {
  it('quotes the measurement, then the lesson, and cites the section', () => {
    const a = answerFromRun({ points: [{ n: 10000, counters: { queries: 10001 } }] }, explainers, index);
    expect(a?.kind).toBe('answer');
    if (a?.kind !== 'answer') return;
    expect(a.sentences[0]?.passageId).toBe(-1);
    expect(a.sentences[0]?.text).toContain('10,001 queries');
    const lessonText = a.sentences[1]?.text ?? '';
    expect(buildPassages(fixtureSources).some((p) => p.text.includes(lessonText))).toBe(true);
    expect(a.citations[0]?.sectionId).toBe('per-row-queries');
  });

  it('works without an index (link only) and returns null when nothing stands out', () => {
    const a = answerFromRun({ verdict: 'O(n²)' }, explainers);
    expect(a?.kind === 'answer' && a.citations[0]?.href).toBe('#slow-shapes');
    expect(answerFromRun({ verdict: 'O(n)' }, explainers, index)).toBeNull();
  });

  it('returns null when the lesson explains none of what the run shows', () => {
    expect(answerFromRun({ verdict: 'O(n²)' }, {}, index)).toBeNull();
  });
});
