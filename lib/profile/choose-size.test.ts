import { describe, expect, it } from 'vitest';
import { defaultProfileSize } from './choose-size';

describe('defaultProfileSize', () => {
  const measured = [
    { n: 10_000, medianNs: 24e6 },
    { n: 100, medianNs: 0.01e6 },
    { n: 1_000, medianNs: 1.3e6 },
  ];

  it('takes the largest measured size whose plain call fits the limit', () => {
    expect(defaultProfileSize(measured)).toBe(1_000);
    expect(defaultProfileSize(measured, 30)).toBe(10_000);
  });

  it('falls back to the smallest size, and to null with nothing measured', () => {
    expect(
      defaultProfileSize([
        { n: 50, medianNs: 9e9 },
        { n: 5, medianNs: 8e9 },
      ]),
    ).toBe(5);
    expect(defaultProfileSize([])).toBeNull();
  });
});
