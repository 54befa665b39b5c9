import { describe, expect, it } from 'vitest';
import { stem } from './stem';

describe('stem (Porter)', () => {
  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['cats', 'cat'],
    ['feed', 'feed'],
    ['agreed', 'agre'],
    ['plastered', 'plaster'],
    ['motoring', 'motor'],
    ['sing', 'sing'],
    ['hopping', 'hop'],
    ['falling', 'fall'],
    ['filing', 'file'],
    ['happy', 'happi'],
    ['relational', 'relat'],
    ['generalization', 'gener'],
    ['adjustment', 'adjust'],
  ])('%s -> %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('folds inflections a learner uses onto one stem', () => {
    expect(stem('queries')).toBe(stem('query'));
    expect(stem('profiling')).toBe(stem('profiled'));
    expect(stem('loops')).toBe(stem('loop'));
    expect(stem('growing')).toBe(stem('grows'));
    expect(stem('allocating')).toBe(stem('allocation'));
  });

  it('leaves short words and tokens with digits alone', () => {
    expect(stem('is')).toBe('is');
    expect(stem('10k')).toBe('10k');
    expect(stem('nplus1')).toBe('nplus1');
  });
});
