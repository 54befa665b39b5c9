import { describe, expect, it } from 'vitest';
import {
  applyAction,
  clampIndex,
  formatElapsed,
  keyAction,
  searchForSlide,
  slideFromSearch,
  viewFromSearch,
} from './navigation';

describe('keyAction', () => {
  it('maps the presenter keys to moves', () => {
    expect(keyAction('ArrowRight')).toBe('next');
    expect(keyAction(' ')).toBe('next');
    expect(keyAction('PageDown')).toBe('next');
    expect(keyAction('ArrowLeft')).toBe('prev');
    expect(keyAction('PageUp')).toBe('prev');
    expect(keyAction('Home')).toBe('first');
    expect(keyAction('End')).toBe('last');
    expect(keyAction('a')).toBeNull();
    expect(keyAction('Enter')).toBeNull();
  });
});

describe('applyAction', () => {
  it('moves and stops at both ends', () => {
    expect(applyAction(0, 'next', 3)).toBe(1);
    expect(applyAction(2, 'next', 3)).toBe(2);
    expect(applyAction(0, 'prev', 3)).toBe(0);
    expect(applyAction(1, 'first', 3)).toBe(0);
    expect(applyAction(0, 'last', 3)).toBe(2);
  });
  it('clamps junk', () => {
    expect(clampIndex(NaN, 5)).toBe(0);
    expect(clampIndex(99, 5)).toBe(4);
    expect(clampIndex(-3, 5)).toBe(0);
    expect(clampIndex(2, 0)).toBe(0);
  });
});

describe('the slide in the URL', () => {
  it('reads ?s= as 1-based and clamps it', () => {
    expect(slideFromSearch('?s=5', 10)).toBe(4);
    expect(slideFromSearch('?s=1', 10)).toBe(0);
    expect(slideFromSearch('?s=999', 10)).toBe(9);
    expect(slideFromSearch('?s=0', 10)).toBe(0);
    expect(slideFromSearch('?s=abc', 10)).toBe(0);
    expect(slideFromSearch('?s=-2', 10)).toBe(0);
    expect(slideFromSearch('', 10)).toBe(0);
  });
  it('writes the slide and keeps other parameters', () => {
    expect(searchForSlide('', 0)).toBe('?s=1');
    expect(searchForSlide('?view=presenter&s=2', 6)).toBe('?view=presenter&s=7');
  });
  it('tells the presenter view from the audience view', () => {
    expect(viewFromSearch('?view=presenter&s=3')).toBe('presenter');
    expect(viewFromSearch('?s=3')).toBe('audience');
    expect(viewFromSearch('?view=evil')).toBe('audience');
  });
});

describe('formatElapsed', () => {
  it('shows minutes and seconds, then hours', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(65_400)).toBe('01:05');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
    expect(formatElapsed(-5)).toBe('00:00');
  });
});
