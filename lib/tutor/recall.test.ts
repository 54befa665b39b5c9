/**
 * Recall on learner wording (the fixture lesson plus one lab note): synonyms the lesson never uses count
 * as covered, run-together words split, API names made of everyday words stay unknown, words only a lab
 * note uses do not prove coverage, and adjacent question words that stand together in a passage count.
 */
import { describe, expect, it } from 'vitest';
import { ask } from './ask';
import { MIN_COVERAGE } from './compose-answer';
import { fixtureIndex, fixtureSources } from './fixture-lesson';
import { buildPassages, type LessonSources } from './passages';
import {
  asksForTakeaway,
  comparedTerms,
  inlineCodeNames,
  QUANTITY_QUESTION,
  quotedCode,
} from './question-analysis';
import { SECTION_TAIL, SUMMARY_BONUS } from './ranking';
import { retrieve } from './retrieve';
import { joinedName, opaqueIdentifiers, splitCompound, technicalNames } from './word-matching';

const sources: LessonSources = {
  ...fixtureSources,
  labs: [
    {
      id: 'cache-lab',
      title: 'Cache lab',
      sectionId: 'growing-memory',
      texts: ['Create the formatter once and call money.format(value) for every price in the loop.'],
    },
  ],
};
const passages = buildPassages(sources);
const index = fixtureIndex(sources);
const term = (w: string) => index.lexicon.normalizeTerm(w) ?? '';

describe('learner synonyms', () => {
  it('count a word the lesson never uses as covered when its synonyms are lesson words', () => {
    const r = retrieve(index, 'is an inner loop over a list slow');
    expect(index.vocab.has(term('inner'))).toBe(false);
    expect(r.unknown).toEqual([]);
    expect(r.coverage).toBe(1);
    expect(r.sections[0]?.sectionId).toBe('slow-shapes');
  });

  it('still count a word with no synonyms against coverage', () => {
    const r = retrieve(index, 'kubernetes memory');
    expect(r.unknown).toEqual([term('kubernetes')]);
    expect(r.coverage).toBeLessThan(MIN_COVERAGE);
  });
});

describe('run-together words', () => {
  it('split into two lesson words that stand side by side in the lesson', () => {
    expect(splitCompound('roundtrips', index)).toEqual([term('round'), term('trips')]);
    const r = retrieve(index, 'why so many roundtrips to the database');
    expect(r.unknown).toEqual([]);
    expect(r.sections[0]?.sectionId).toBe('per-row-queries');
  });

  it('do not split into two lesson words that never meet', () => {
    expect(splitCompound('rowcache', index)).toBeNull();
    expect(splitCompound('abc', index)).toBeNull();
  });
});

describe('API names', () => {
  it('made of everyday words are one unknown word', () => {
    expect(opaqueIdentifiers('explain the useEffect dependency array', index)).toEqual(['useeffect']);
    const r = retrieve(index, 'explain the useEffect dependency array');
    expect(r.unknown).toContain('useeffect');
    expect(ask(index, 'explain the useEffect dependency array').answer.kind).toBe('refusal');
  });

  it('that name a language, or hold a lesson word, are left alone', () => {
    expect(opaqueIdentifiers('is JavaScript slow', index)).toEqual([]);
    expect(opaqueIdentifiers('readFileSync in a handler', index)).toEqual([]);
  });
});

describe('technical names', () => {
  it('are compound names, acronyms and letter-digit names the lesson never writes', () => {
    const t = technicalNames('pass it to worker_pool with maxBatchSize, --max-heap-mb and GIL or k6', index);
    expect(t.compounds).toEqual(['worker_pool', 'maxbatchsize', '--max-heap-mb']);
    expect([...t.words]).toEqual([term('gil'), term('k6')]);
  });

  it('leave out names the lesson writes and a question written in capitals', () => {
    expect(technicalNames('why is the ORM slow', index).words.size).toBe(0);
    expect(technicalNames('WHY IS THE GIL SLOW', index).words.size).toBe(0);
  });

  it('count against coverage as words of another programming topic, but not in pasted code', () => {
    expect(retrieve(index, 'what about the GIL and threads').programmingUnknown).toBe(1);
    expect(retrieve(index, 'what about `GIL` and threads').programmingUnknown).toBe(0);
  });
});

describe('joined names', () => {
  it('are two words run together that the lesson never writes side by side', () => {
    expect(joinedName('quicksort', index)).toEqual(['quick', 'sort']);
    expect(joinedName('deadlock', index)).toEqual(['dead', 'lock']);
  });
  it('are not everyday words, short words, or words that split only into fragments', () => {
    for (const w of ['message', 'keyboard', 'composite', 'sorting']) {
      expect(joinedName(w, index), w).toBeNull();
    }
  });
});

describe('question types', () => {
  it('a takeaway question asks for the lesson as a whole', () => {
    expect(asksForTakeaway('the one-sentence takeaway of this lesson?')).toBe(true);
    expect(asksForTakeaway("what's the core message of the course")).toBe(true);
    expect(asksForTakeaway('what is the key takeaway about N+1')).toBe(false);
  });

  it('a quantity question is one that asks how many, how much or what value', () => {
    expect(QUANTITY_QUESTION.test('how many queries does it send')).toBe(true);
    expect(QUANTITY_QUESTION.test('ok so what value should I set')).toBe(true);
    expect(QUANTITY_QUESTION.test('why is it slow, how many rows?')).toBe(false);
  });

  it('a comparison names two sides', () => {
    expect(comparedTerms('what is the difference between a Set and an array', index.lexicon)).toEqual([
      [term('set')],
      [term('array')],
    ]);
    expect(comparedTerms('offset vs cursor', index.lexicon)).toEqual([[term('offset')], [term('cursor')]]);
    expect(comparedTerms('Set or array, which is faster?', index.lexicon)).toEqual([
      [term('set')],
      [term('array')],
    ]);
    // "or" without a "which" is not a comparison: "a template or preamble I can paste".
    expect(comparedTerms('is there a template or preamble I can paste', index.lexicon)).toBeNull();
  });

  it('names in code pasted without backticks are dotted names, string literals and SQL tables', () => {
    expect(inlineCodeNames("SELECT * FROM events then rows.filter(r => r.country === 'DE')")).toBe(
      'rows.filter r.country DE events',
    );
  });

  it('quoted code is what stands between backticks', () => {
    expect(quotedCode('is `xs.map(f)` slow? and ```js\nfor (;;) {}\n``` too')).toBe(
      'xs.map(f) for (;;) {}\n',
    );
  });
});

describe('words only a lab note uses', () => {
  it('are searchable but do not prove the lesson covers the question', () => {
    expect(index.labOnly.has(term('money'))).toBe(true);
    expect(index.labOnly.has(term('memory'))).toBe(false);
    const r = retrieve(index, 'how do I make money with the model');
    expect(r.coverage).toBeLessThan(MIN_COVERAGE);
    expect(ask(index, 'how do I make money with the model').answer.kind).toBe('refusal');
  });
});

describe('phrase pairs', () => {
  it('are read per passage, on demand', () => {
    const n1 = passages.find((p) => p.sectionId === 'per-row-queries' && /round trips/.test(p.text));
    expect(n1).toBeDefined();
    expect(index.pairsOf(n1?.id ?? -1).has(`${term('round')} ${term('trips')}`)).toBe(true);
    expect(index.hasPair(term('round'), term('trips'))).toBe(true);
    expect(index.hasPair(term('trips'), term('round'))).toBe(false);
  });
});

describe('one content word', () => {
  it('counts two learner words the lesson folds together as two', () => {
    const r = retrieve(index, 'RAM or memory?');
    expect(r.contentTerms).toHaveLength(1);
    expect(r.contentWords).toBe(2);
    expect(retrieve(index, 'what about memory').contentWords).toBe(1);
  });
});

describe('passages', () => {
  it('keep a code block that follows a paragraph long enough to stand alone', () => {
    const mdx = [
      '### Closures',
      '',
      'A closure keeps alive every variable it refers to, so a timer that mentions a big report keeps the whole report.',
      '',
      '```js',
      'setInterval(() => console.log(report.id), 1000);',
      '```',
      '',
      '### Next',
      '',
      'Something else entirely, long enough to be its own passage in the index of this test lesson.',
    ].join('\n');
    const out = buildPassages({
      lesson: { ...fixtureSources.lesson, sections: [{ id: 's', title: 'S', file: 's.mdx', summary: 'S.' }] },
      sectionMdx: { s: mdx },
    });
    const closure = out.find((p) => p.heading === 'Closures');
    expect(closure?.code).toContain('setInterval');
  });
});

describe('everyday English the lesson never uses', () => {
  it('weighs less against coverage than a rare or technical word', () => {
    const everyday = retrieve(index, 'memory of the school');
    const technical = retrieve(index, 'memory of the kubernetes');
    expect(everyday.unknown).toEqual([term('school')]);
    expect(technical.unknown).toEqual([term('kubernetes')]);
    expect(everyday.coverage).toBeGreaterThan(technical.coverage);
  });
});

describe('a best section that matched only through an example', () => {
  const exampleOnly: LessonSources = {
    lesson: {
      ...fixtureSources.lesson,
      terms: [],
      patterns: [],
      sections: [
        { id: 'ask', title: 'Asking', file: 'a.mdx', summary: 'Prompts.' },
        { id: 'paging', title: 'Paging', file: 'p.mdx', summary: 'Pages.' },
      ],
    },
    sectionMdx: {
      ask: 'Paste this in front of the request:\n\n```text\nThe endpoint returns 50k rows; page them, 50 rows a page, within the budget. Budget: 50k rows, a page of 50 rows per request to the endpoint.\n```\n',
      paging:
        'An endpoint that returns every row at once gets slower as the table grows; return a page at a time.\n',
    },
  };
  const small = fixtureIndex(exampleOnly);

  it('hands the answer to the next section, which then leads the ranking', () => {
    const q = 'endpoint returns 50k rows, page them within the budget';
    expect(retrieve(small, q).sections[0]?.sectionId).toBe('ask');
    const { answer, retrieval } = ask(small, q);
    expect(answer.kind).toBe('answer');
    if (answer.kind === 'answer') expect(answer.citations[0]?.sectionId).toBe('paging');
    expect(retrieval?.sections[0]?.sectionId).toBe('paging');
  });
});

describe('focus', () => {
  it('lets the two best passages of one section hold the question between them', () => {
    // "prefetch" is in the fix, "round trips" in the explanation: one section, two passages.
    const r = retrieve(index, 'prefetch or round trips');
    const single = Math.max(
      ...r.passages.map((p) => {
        const m = new Set(p.matched);
        const covered = r.contentTerms.filter((t) => m.has(t));
        return covered.length / r.contentTerms.length;
      }),
    );
    expect(single).toBeLessThan(1);
    expect(r.focus).toBeGreaterThan(0.99);
  });
});

describe('section descriptions', () => {
  it('favour the section whose own summary names the question', () => {
    const r = retrieve(index, 'why do tiny test inputs hide slow code');
    expect(r.sections[0]?.sectionId).toBe('intro');
    // Its score is more than its passages alone would give: the summary names most of the question.
    const own = r.passages.filter((p) => p.passage.sectionId === 'intro').map((p) => p.score);
    const raw = own.slice(0, SECTION_TAIL.length).reduce((a, x, i) => a + x * (SECTION_TAIL[i] ?? 0), 0);
    expect(r.sections[0]?.score ?? 0).toBeGreaterThan(raw * (1 + SUMMARY_BONUS / 2));
  });
});
