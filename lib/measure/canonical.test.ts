import { describe, expect, it } from 'vitest';
import { checkAgainstReference } from './canonical';

describe('checkAgainstReference', () => {
  it('records the reference, then reports a difference only where the outputs differ', () => {
    const expected = new Map();
    expect(checkAgainstReference(expected, 'reference', 10, [1, 2], true)).toBeNull();
    expect(checkAgainstReference(expected, 'learner', 10, [1, 2], true)).toBeNull();
    expect(checkAgainstReference(expected, 'learner', 10, [2, 1], true)).toMatchObject({
      expected: expect.stringContaining('1'),
      actual: expect.stringContaining('2'),
    });
    // Not checked: when the lab turns checking off, or before the reference has run at that size.
    expect(checkAgainstReference(expected, 'learner', 10, [2, 1], false)).toBeNull();
    expect(checkAgainstReference(expected, 'learner', 20, 'anything', true)).toBeNull();
  });

  it('keeps a copy of the reference when asked, so later mutation cannot hide a difference', () => {
    const expected = new Map();
    const out = [1, 2, 3];
    checkAgainstReference(expected, 'reference', 3, out, true, (v) => structuredClone(v));
    out.push(4);
    expect(checkAgainstReference(expected, 'learner', 3, [1, 2, 3], true)).toBeNull();
  });
});
