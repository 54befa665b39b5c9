import { describe, expect, it } from 'vitest';
import { patternChoices, patternFeedback } from './pattern-choices';

const lesson = {
  patterns: [
    { id: 'a', pattern: 'Pattern A', symptom: '', fix: '', cost: '' },
    { id: 'b', pattern: 'Pattern B', symptom: '', fix: '', cost: '' },
  ],
  sections: [
    { id: 's1', title: 'Section one', file: '', summary: '' },
    { id: 'leaks', title: 'Leaks that pass tests', file: '', summary: '' },
  ],
};

describe('pattern choices', () => {
  it('offer the table rows, then patterns only labs teach, named after their section, once each', () => {
    const labs = [
      { pattern: 'b', sectionId: 's1' },
      { pattern: 'leak', sectionId: 'leaks' },
      { pattern: 'leak', sectionId: 'leaks' },
    ];
    expect(patternChoices(lesson, labs)).toEqual([
      { id: 'a', label: 'Pattern A' },
      { id: 'b', label: 'Pattern B' },
      { id: 'leak', label: 'Leaks that pass tests' },
    ]);
  });

  it('give one line of feedback naming the right pattern either way', () => {
    const choices = patternChoices(lesson, []);
    const lab = { pattern: 'b', patternNote: 'A loop did it.' };
    expect(patternFeedback(choices, 'b', lab)).toEqual({
      correct: true,
      text: 'Yes: Pattern B. A loop did it.',
    });
    expect(patternFeedback(choices, 'a', lab)).toEqual({
      correct: false,
      text: 'Not quite: this was Pattern B. A loop did it.',
    });
  });
});
