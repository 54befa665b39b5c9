import { describe, expect, it } from 'vitest';
import { FakeStorage } from '@/lib/progress/fake-storage.test-data';
import { answeredCount, resumeAt } from './attempt-state';
import {
  DRAFT_VERSION,
  makeDraft,
  MAX_DRAFT_CHARS,
  parseDraft,
  readDraft,
  removeDraft,
  writeDraft,
  type QuizDraft,
} from './draft';
import { draftKey } from './draft-key';
import { sampleQuestions } from './fixtures.test-data';
import { arrangeQuiz } from './shuffle';
import type { Quiz } from './types';

const quiz: Quiz = { lessonSlug: 'demo', title: 'Demo quiz', passRatio: 0.8, questions: sampleQuestions };
const SEED = 12345;
const order = arrangeQuiz(quiz.questions, SEED).questionIds;

function draft(over: Partial<QuizDraft> = {}): QuizDraft {
  return {
    ...makeDraft(
      'demo',
      {
        mode: 'full',
        ids: null,
        seed: SEED,
        order,
        answers: {
          s1: { kind: 'single', choiceId: 'b' },
          n1: { kind: 'number', text: '1,001' },
          o1: { kind: 'order', stepIds: ['q', 'p', 'r'] },
        },
        checked: ['s1', 'n1'],
        current: 'n1',
      },
      1_700_000_000_000,
    ),
    ...over,
  };
}

const text = (d: unknown) => JSON.stringify(d);

describe('quiz draft: round trip', () => {
  it('a saved draft reads back the same', () => {
    const d = draft();
    expect(parseDraft(text(d), quiz)).toEqual(d);
  });

  it('a practice round over a subset reads back with its ids', () => {
    const ids = ['o1', 's1'];
    const asked = sampleQuestions.filter((q) => ids.includes(q.id));
    const d = draft({
      mode: 'practice',
      ids,
      order: arrangeQuiz(asked, SEED).questionIds,
      answers: { s1: { kind: 'single', choiceId: 'a' } },
      checked: [],
      current: 's1',
    });
    expect(parseDraft(text(d), quiz)).toEqual(d);
  });

  it('stores ids and text only, and stays small', () => {
    const json = text(draft());
    expect(json.length).toBeLessThan(600);
    expect(json).not.toContain('yes b'); // no content (rationales, prompts) copied into storage
  });
});

describe('quiz draft: anything that does not fit is discarded, never thrown', () => {
  const cases: [string, string | null][] = [
    ['nothing stored', null],
    ['not JSON', '{"v":1,'],
    ['JSON but not an object', '[1,2,3]'],
    ['a number', '42'],
    ['another version', text(draft({ v: 2 as never }))],
    ['another lesson', text(draft({ slug: 'other' }))],
    ['unknown mode', text(draft({ mode: 'exam' as never }))],
    ['full round with ids', text(draft({ ids: ['s1'] }))],
    ['practice round without ids', text(draft({ mode: 'practice', ids: null }))],
    ['a fractional seed', text(draft({ seed: 1.5 }))],
    ['a negative seed', text(draft({ seed: -1 }))],
    ['an order the seed does not produce', text(draft({ order: [...order].reverse() }))],
    ['an answer to an unknown question', text(draft({ answers: { zz: { kind: 'single', choiceId: 'a' } } }))],
    ['an answer of the wrong kind', text(draft({ answers: { s1: { kind: 'number', text: '1' } } }))],
    [
      'an unknown choice',
      text(draft({ answers: { s1: { kind: 'single', choiceId: 'nope' } }, checked: [] })),
    ],
    [
      'repeated multi choices',
      text(draft({ answers: { m1: { kind: 'multi', choiceIds: ['x', 'x'] } }, checked: [] })),
    ],
    ['a line out of range', text(draft({ answers: { l1: { kind: 'spot-line', line: 9 } }, checked: [] }))],
    [
      'a line that cannot be picked',
      text(draft({ answers: { l1: { kind: 'spot-line', line: 3 } }, checked: [] })),
    ],
    [
      'an order that is not a permutation',
      text(draft({ answers: { o1: { kind: 'order', stepIds: ['p', 'p', 'r'] } }, checked: [] })),
    ],
    [
      'number text longer than the input allows',
      text(draft({ answers: { n1: { kind: 'number', text: '9'.repeat(41) } }, checked: [] })),
    ],
    ['checked without an answer', text(draft({ checked: ['m1'] }))],
    [
      'checked with an unreadable number',
      text(draft({ answers: { n1: { kind: 'number', text: 'lots' } }, checked: ['n1'] })),
    ],
    ['checked twice', text(draft({ checked: ['s1', 's1'] }))],
    ['an unknown current question', text(draft({ current: 'zz' }))],
    ['no timestamp', text({ ...draft(), at: undefined })],
    ['far too large', `{"pad":"${'x'.repeat(MAX_DRAFT_CHARS)}"}`],
  ];
  for (const [name, raw] of cases) {
    it(name, () => {
      expect(() => parseDraft(raw, quiz)).not.toThrow();
      expect(parseDraft(raw, quiz)).toBeNull();
    });
  }

  it('the same questions in an order the seed does not produce are tampered with, not a quiz update', () => {
    expect(parseDraft(text(draft({ order: [order[1]!, order[0]!, ...order.slice(2)] })), quiz)).toBeNull();
  });
});

describe('quiz draft: saved before the quiz changed, the answers that still fit are kept', () => {
  // The quiz drops its first question (s1) and changes the choices of m1 (x is gone).
  const m1 = sampleQuestions.find((q) => q.id === 'm1');
  if (m1?.kind !== 'multi') throw new Error('fixture: m1 is a multi-select question');
  const changed: Quiz = {
    ...quiz,
    questions: sampleQuestions
      .slice(1)
      .map((q) => (q.id === 'm1' ? { ...m1, choices: m1.choices.filter((c) => c.id !== 'x') } : q)),
  };

  it('keeps answers and checks of questions still asked, sets the rest aside and counts them', () => {
    const saved = draft({
      answers: {
        s1: { kind: 'single', choiceId: 'b' },
        n1: { kind: 'number', text: '1,001' },
        o1: { kind: 'order', stepIds: ['q', 'p', 'r'] },
        m1: { kind: 'multi', choiceIds: ['x', 'z'] },
      },
      checked: ['s1', 'n1'],
      current: 's1',
    });
    const d = parseDraft(text(saved), changed);
    expect(d).toEqual({
      ...saved,
      order: arrangeQuiz(changed.questions, SEED).questionIds,
      answers: { n1: { kind: 'number', text: '1,001' }, o1: { kind: 'order', stepIds: ['q', 'p', 'r'] } },
      checked: ['n1'],
      current: null,
      setAside: 2,
    });
  });

  it('a practice round keeps the questions of its subset still asked', () => {
    const asked = sampleQuestions.filter((q) => ['s1', 'n1'].includes(q.id));
    const saved = draft({
      mode: 'practice',
      ids: ['s1', 'n1'],
      order: arrangeQuiz(asked, SEED).questionIds,
      answers: { n1: { kind: 'number', text: '7' } },
      checked: [],
      current: 'n1',
    });
    expect(parseDraft(text(saved), changed)).toEqual({
      ...saved,
      ids: ['n1'],
      order: ['n1'],
      setAside: 0,
    });
  });

  it('a practice round with nothing left to ask, or a shape that is not a draft, is still discarded', () => {
    const onlyS1 = draft({
      mode: 'practice',
      ids: ['s1'],
      order: ['s1'],
      answers: {},
      checked: [],
      current: null,
    });
    expect(parseDraft(text(onlyS1), changed)).toBeNull();
    expect(parseDraft(text({ ...draft(), checked: 'n1' }), changed)).toBeNull();
    expect(parseDraft(text({ ...draft(), checked: ['n1', 'n1'] }), changed)).toBeNull();
    expect(parseDraft(text({ ...draft(), answers: [] }), changed)).toBeNull();
    expect(parseDraft(text({ ...draft(), current: 7 }), changed)).toBeNull();
    expect(parseDraft(text({ ...draft(), order: ['n1', 'n1'] }), changed)).toBeNull();
  });

  it('a draft of the unchanged quiz never carries a set-aside count', () => {
    expect(parseDraft(text(draft()), quiz)).not.toHaveProperty('setAside');
  });
});

describe('quiz draft: storage', () => {
  it('writes, reads and removes under one key per lesson', () => {
    const s = new FakeStorage();
    expect(writeDraft(s, draft())).toBe(true);
    expect([...s.data.keys()]).toEqual([draftKey('demo')]);
    expect(readDraft(s, quiz)).toEqual(draft());
    removeDraft(s, 'demo');
    expect(s.data.size).toBe(0);
    expect(readDraft(s, quiz)).toBeNull();
  });

  it('removes a corrupted draft on read, so it is not read again', () => {
    const s = new FakeStorage();
    s.setItem(draftKey('demo'), '{"v":1,"slug":"demo"');
    s.setItem('hotpath-progress', '{"keep":true}');
    expect(readDraft(s, quiz)).toBeNull();
    expect([...s.data.keys()]).toEqual(['hotpath-progress']);
  });

  it('a full or blocked storage is reported as false or null, not thrown', () => {
    const full = new FakeStorage();
    full.quota = 10;
    expect(writeDraft(full, draft())).toBe(false);
    const blocked = {
      length: 0,
      key: () => null,
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readDraft(blocked, quiz)).toBeNull();
    expect(writeDraft(blocked, draft())).toBe(false);
    expect(() => removeDraft(blocked, 'demo')).not.toThrow();
    expect(readDraft(null, quiz)).toBeNull();
    expect(writeDraft(null, draft())).toBe(false);
  });
});

describe('quiz draft: counting and where to carry on', () => {
  it('counts answered questions, checked or not, and ignores empty answers', () => {
    expect(answeredCount(sampleQuestions, draft().answers)).toBe(3);
    expect(
      answeredCount(sampleQuestions, {
        m1: { kind: 'multi', choiceIds: [] },
        n1: { kind: 'number', text: '  ' },
      }),
    ).toBe(0);
  });

  it('carries on at the last question if unchecked, else the next unchecked one, wrapping', () => {
    const o = ['a', 'b', 'c', 'd'];
    expect(resumeAt(o, new Set(), null)).toBe('a');
    expect(resumeAt(o, new Set(['a']), 'a')).toBe('b');
    expect(resumeAt(o, new Set(), 'c')).toBe('c');
    expect(resumeAt(o, new Set(['c', 'd']), 'd')).toBe('a');
    expect(resumeAt(o, new Set(o), 'b')).toBeNull();
    expect(resumeAt(o, new Set(['a']), 'gone')).toBe('b');
  });

  it('version is 1', () => {
    expect(DRAFT_VERSION).toBe(1);
  });
});
