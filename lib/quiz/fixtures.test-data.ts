import type { QuizQuestion } from './types';

/** Small questions of every kind, for the unit tests. */
export const sampleQuestions: QuizQuestion[] = [
  {
    id: 's1',
    kind: 'single',
    sectionId: 'a',
    prompt: 'Pick b',
    explanation: 'b is right',
    correct: 'b',
    choices: [
      { id: 'a', text: 'A', why: 'not a' },
      { id: 'b', text: 'B', why: 'yes b' },
      { id: 'c', text: 'C', why: 'not c' },
    ],
  },
  {
    id: 'm1',
    kind: 'multi',
    sectionId: 'b',
    prompt: 'Pick x and z',
    explanation: 'x and z',
    correct: ['x', 'z'],
    choices: [
      { id: 'x', text: 'X', why: 'x yes' },
      { id: 'y', text: 'Y', why: 'y no' },
      { id: 'z', text: 'Z', why: 'z yes' },
    ],
  },
  {
    id: 'l1',
    kind: 'spot-line',
    sectionId: 'a',
    prompt: 'Which line?',
    explanation: 'line 2',
    language: 'TypeScript',
    correctLine: 2,
    lines: [
      { text: 'for (const u of users) {', why: 'loop is fine' },
      { text: '  db.get(u)', why: 'query per row' },
      { text: '}' },
    ],
  },
  {
    id: 'n1',
    kind: 'number',
    sectionId: 'c',
    prompt: 'How many?',
    explanation: 'N+1',
    answer: 1001,
    tolerance: { kind: 'exact' },
    unit: 'queries',
    commonWrong: [{ value: 1000, why: 'forgot the first query' }],
    otherWrong: 'count one per row plus one',
  },
  {
    id: 'o1',
    kind: 'order',
    sectionId: 'c',
    prompt: 'Order',
    explanation: 'measure first',
    steps: [
      { id: 'p', text: 'Profile', why: 'first' },
      { id: 'q', text: 'Fix', why: 'second' },
      { id: 'r', text: 'Re-measure', why: 'last' },
    ],
  },
];
