import { describe, expect, it } from 'vitest';
import { lineAnswerSummary, lineComparison, lineFinding, suspectedLine } from './line-prediction';

const report = {
  lines: [
    { line: 14, hits: 1000, selfNs: 40, share: 0.004 },
    { line: 22, hits: 1000, selfNs: 9000, share: 0.71 },
    { line: 30, hits: 1, selfNs: 3600, share: 0.286 },
  ],
};

describe('a line prediction beside a profile', () => {
  it('reads the suspected line from the saved choice, refusing anything else', () => {
    expect(suspectedLine('14')).toBe(14);
    for (const bad of [null, undefined, '', '0', '-3', '1.5', 'per-user', '12345678']) {
      expect(suspectedLine(bad), String(bad)).toBeNull();
    }
  });

  it('finds the first hot spot and the share of the line suspected (0 when it never ran)', () => {
    expect(lineFinding(report, 14)).toEqual({ line: 22, share: 0.71, suspectShare: 0.004 });
    expect(lineFinding(report, 3)).toEqual({ line: 22, share: 0.71, suspectShare: 0 });
    expect(lineFinding(report, null)).toEqual({ line: 22, share: 0.71, suspectShare: null });
    expect(lineFinding({ lines: [] }, 14)).toBeNull();
    expect(lineFinding({ lines: [{ line: 1, hits: 1, selfNs: 0, share: 0 }] }, 1)).toBeNull();
  });

  it('says it in one sentence with both figures', () => {
    const found = { line: 22, share: 0.71, suspectShare: 0.004 };
    expect(lineComparison(14, found)).toBe(
      'You suspected line 14 (0.4% of the time); the profile says line 22: 71% of the time.',
    );
    expect(lineComparison(22, { ...found, suspectShare: 0.71 })).toBe(
      'You suspected line 22, and the profile agrees: 71% of the time goes there.',
    );
    expect(lineComparison(null, { ...found, suspectShare: null })).toBe(
      'You skipped the prediction; the profile says line 22: 71% of the time.',
    );
  });

  it('sums it up for the progress page, with the code of each line when known', () => {
    const code = (line: number) => ({ 14: 'rows.sort()', 22: 'copy()' })[line];
    const found = { line: 22, share: 0.71, suspectShare: 0.004 };
    expect(lineAnswerSummary('14', found, code)).toBe(
      'Suspected line 14 (“rows.sort()”, 0.4% of the time); the profile found line 22 (“copy()”, 71% of the time).',
    );
    expect(lineAnswerSummary('22', { ...found, suspectShare: 0.71 }, code)).toBe(
      'Suspected line 22 (“copy()”, 71% of the time): the profile found the same line.',
    );
    expect(lineAnswerSummary('14', undefined)).toBe('Suspected line 14; not profiled yet.');
    expect(lineAnswerSummary(null, { ...found, suspectShare: null })).toBe(
      'Prediction skipped; the profile found line 22 (71% of the time).',
    );
  });
});
