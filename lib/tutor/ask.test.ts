import { describe, expect, it } from 'vitest';
import { ask } from './ask';
import { MIN_COVERAGE } from './compose-answer';
import { fixtureIndex, fixtureSources } from './fixture-lesson';
import { buildPassages } from './passages';
import { CODE_LIKE } from './question-analysis';
import { retrieve } from './retrieve';
import { loadPayload } from './search-index';

const passages = buildPassages(fixtureSources);
const index = fixtureIndex();
const topSection = (q: string) => retrieve(index, q).sections[0]?.sectionId;

describe('retrieval ranking', () => {
  it.each([
    ["what's N+1?", 'per-row-queries'],
    ['why does my ORM send thousands of db queries', 'per-row-queries'],
    ['how do I stop the memory growing', 'growing-memory'],
    ['is my cache leaking', 'growing-memory'],
    ['why is my nested loop over a list so slow', 'slow-shapes'],
    ['should my endpoint use paging', 'slow-shapes'],
  ])('%s -> %s', (q, section) => {
    expect(topSection(q)).toBe(section);
  });

  it('tolerates a one-letter typo in a long word', () => {
    expect(topSection('what is pagnation')).toBe('slow-shapes');
  });

  it('reports words the lesson never uses and the coverage they leave', () => {
    const r = retrieve(index, 'kubernetes autoscaling memory');
    expect(r.unknown).toEqual(['kubernet', 'autosc']);
    // Two unknown words (each weighs half the rarest lesson word: programming READMEs seldom use them)
    // still leave too little coverage to answer.
    expect(r.coverage).toBeGreaterThan(0);
    expect(r.coverage).toBeLessThan(MIN_COVERAGE);
  });
});

describe('ask', () => {
  it('answers with sentences copied from the lesson and cites where they came from', () => {
    const { answer } = ask(index, 'what is an N+1 query?');
    expect(answer.kind).toBe('answer');
    if (answer.kind !== 'answer') return;
    const allText = passages.map((p) => p.text).join('\n');
    for (const s of answer.sentences) expect(allText).toContain(s.text);
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations.map((c) => c.href)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^#(per-row-queries|term-n1-query)$/)]),
    );
    expect(answer.sentences.length).toBeLessThanOrEqual(3);
  });

  it.each([
    'What is the capital of France?',
    'how do I center a div',
    'How do I set up Kubernetes autoscaling?',
    'tell me a joke',
    '',
    '   ?? ',
  ])('refuses plainly: %j', (q) => {
    const { answer } = ask(index, q);
    expect(answer.kind).toBe('refusal');
    expect(answer.text).toBe("The lesson doesn't cover that.");
  });

  it('offers the closest sections when a refused question touched the lesson', () => {
    const { answer } = ask(index, 'kubernetes autoscaling memory');
    expect(answer.kind).toBe('refusal');
    if (answer.kind !== 'refusal') return;
    expect(answer.closest[0]?.href).toBe('#growing-memory');
  });

  it('cuts very long input instead of failing', () => {
    expect(() => ask(index, 'memory '.repeat(5000))).not.toThrow();
  });
});

describe('payload', () => {
  it('rejects a payload from another version with a clear message', () => {
    expect(() => loadPayload({ version: 2 } as never)).toThrow(/older build|missing/);
  });
});

describe('definitions', () => {
  it('leads with the key term when the question asks what something is', () => {
    const { answer } = ask(index, "what's N+1?");
    expect(answer.kind === 'answer' && answer.sentences[0]?.text).toMatch(/^N\+1 query:/);
  });
});

describe('pasted code', () => {
  it.each([
    '`a.b`',
    'xs.map(x => x)',
    'for (;;) {}',
    'db.query(sql)',
    'then .filter() in JS',
    'SELECT * on orders',
  ])('is recognised in %s', (q) => {
    expect(CODE_LIKE.test(q)).toBe(true);
  });
  it('is not seen in prose', () => {
    expect(CODE_LIKE.test("what's N+1, e.g. in an ORM? (asking for a friend)")).toBe(false);
  });
});
