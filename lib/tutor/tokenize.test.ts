import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from './tokenize';

describe('tokenize', () => {
  it('splits camelCase humps and an acronym from the word after it', () => {
    expect(tokenize('readFileSync')).toEqual(['read', 'file', 'sync']);
    expect(tokenize('OOMKilled XMLHttpRequest')).toEqual(['oom', 'killed', 'xml', 'http', 'request']);
  });

  it('folds every spelling of N+1 into one token', () => {
    for (const q of ["what's N+1?", 'n + 1 queries', 'the n plus one problem', 'N-plus-one']) {
      expect(tokenize(q)).toContain('nplus1');
    }
  });

  it('names complexity notations', () => {
    expect(tokenize('it is O(n²)')).toContain('quadratic');
    expect(tokenize('O(n^2) loops')).toContain('quadratic');
    expect(tokenize('n squared time')).toContain('quadratic');
    expect(tokenize('O(n log n) sort')).toContain('nlogn');
    expect(tokenize('O(n) pass')).toContain('linear');
    expect(tokenize('what is big O')).toContain('complexity');
    expect(tokenize('the event loop')).toEqual(['the', 'eventloop']);
  });

  it('drops thousands separators, splits identifiers and contractions', () => {
    expect(tokenize('10,001 queries')).toEqual(['10001', 'queries']);
    expect(tokenize('a 5GB file in 200ms')).toEqual(['a', '5', 'gb', 'file', 'in', '200', 'ms']);
    expect(tokenize('readFileSync select_related')).toEqual(['read', 'file', 'sync', 'select', 'related']);
    expect(tokenize("doesn't")).toEqual(['does', 'not']);
    expect(tokenize("what's")).toEqual(['what']);
    expect(tokenize("can't won't")).toEqual(['can', 'not', 'will', 'not']);
  });

  it('returns nothing for punctuation only', () => {
    expect(tokenize('?!  ...')).toEqual([]);
  });
});

describe('splitSentences', () => {
  it('splits on sentence ends but not inside e.g. or decimals', () => {
    expect(splitSentences('Use a set, e.g. a Set. It took 1.5 s! Done?')).toEqual([
      'Use a set, e.g. a Set.',
      'It took 1.5 s!',
      'Done?',
    ]);
  });
});

describe('splitSentences and code', () => {
  it('never splits inside dotted names or file names', () => {
    expect(
      splitSentences(
        'Wrapping them in Promise.all still sends N+1. Run clinic flame -- node server.js, then look.',
      ),
    ).toEqual([
      'Wrapping them in Promise.all still sends N+1.',
      'Run clinic flame -- node server.js, then look.',
    ]);
    expect(splitSentences('Every ORM can, e.g. Prisma or Django. Ask it.')).toEqual([
      'Every ORM can, e.g. Prisma or Django.',
      'Ask it.',
    ]);
  });
});

describe('learner notations', () => {
  it('reads forEach, loops inside loops and flame charts as the lesson does', () => {
    expect(tokenize('items.forEach(fn)')).toEqual(['items', 'foreach', 'fn']);
    expect(tokenize('a loop inside another loop')).toEqual(['a', 'nested', 'loop']);
    expect(tokenize('nested loops')).toEqual(['nested', 'loops']);
    expect(tokenize('a flame chart')).toEqual(['a', 'flamegraph']);
  });

  it('reads "100x" as the number and keeps SQL IN apart from the word "in"', () => {
    expect(tokenize('10000x slower')).toEqual(['10000', 'slower']);
    expect(tokenize('100× the work')).toEqual(['100', 'the', 'work']);
    expect(tokenize('0xff')).toEqual(['0xff']);
    expect(tokenize('one IN query in total')).toEqual(['one', 'sqlin', 'query', 'in', 'total']);
    // Shouted text: "IN" is just "in".
    expect(tokenize('WHY IS IT SLOW IN PROD')).toContain('in');
  });
});

describe('paraphrases of lesson notations', () => {
  it('gives regular expressions one name', () => {
    for (const q of ['new RegExp(source)', 'a regex', 'regexes', 'regexp', 'a regular expression']) {
      expect(tokenize(q)).toContain('regex');
    }
  });

  it('reads everyday wording as words, not as notations', () => {
    expect(tokenize('cost grows with the square of the input')).not.toContain('quadratic');
    expect(tokenize('how do I speed it up')).toEqual(['how', 'do', 'i', 'speed', 'it', 'up']);
  });
});
