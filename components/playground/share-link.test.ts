import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { MAX_DECODED_CHARS, decodeShareHash, encodeShareHash } from './share-link';

describe('share links', () => {
  it('round-trips code and language through the fragment', () => {
    const src = 'export function solve(x) { return x; } // ünïcode ²';
    const ts = encodeShareHash(LZString, src, 'typescript');
    expect(ts).toMatch(/^#code=[A-Za-z0-9+$-]+$/);
    expect(decodeShareHash(LZString, ts)).toEqual({ kind: 'ok', source: src, language: 'typescript' });
    const js = encodeShareHash(LZString, src, 'javascript');
    expect(decodeShareHash(LZString, js)).toEqual({ kind: 'ok', source: src, language: 'javascript' });
  });

  it('carries Python as #lang=python&code=…, and reads the language in either order', () => {
    const src = 'def make_input(n):\n    return n\n\ndef solve(x):\n    return x\n';
    const hash = encodeShareHash(LZString, src, 'python');
    expect(hash).toMatch(/^#lang=python&code=[A-Za-z0-9+$-]+$/);
    expect(decodeShareHash(LZString, hash)).toEqual({ kind: 'ok', source: src, language: 'python' });
    const code = hash.slice('#lang=python&'.length);
    expect(decodeShareHash(LZString, `#${code}&lang=python`)).toMatchObject({ language: 'python' });
    expect(decodeShareHash(LZString, `#${code}&lang=py`)).toMatchObject({ language: 'python' });
    expect(decodeShareHash(LZString, `#lang=Python&${code}`)).toMatchObject({ language: 'python' });
    expect(decodeShareHash(LZString, `#${code}&lang=ts`)).toMatchObject({ language: 'typescript' });
  });

  it('refuses a language it does not run, saying which', () => {
    const hash = encodeShareHash(LZString, 'x = 1', 'python').replace('python', 'ruby');
    expect(decodeShareHash(LZString, hash)).toEqual({
      kind: 'bad',
      message: 'The link asks for a language the playground does not run (ruby).',
    });
    const odd = decodeShareHash(LZString, '#lang=%3Cscript%3E&code=abc');
    expect(odd.kind).toBe('bad');
    if (odd.kind === 'bad') expect(odd.message).not.toContain('<');
  });

  it('says nothing when there is no code in the fragment', () => {
    expect(decodeShareHash(LZString, '')).toEqual({ kind: 'none' });
    expect(decodeShareHash(LZString, '#section-2')).toEqual({ kind: 'none' });
  });

  it('never throws on damaged input', () => {
    for (const bad of ['#code=', '#code=%%%', '#code=!!!!', '#code=AAAA', `#code=${'z'.repeat(5000)}`]) {
      const r = decodeShareHash(LZString, bad);
      expect(r.kind).toBe('bad');
    }
    const throwing = {
      compressToEncodedURIComponent: () => '',
      decompressFromEncodedURIComponent: () => {
        throw new Error('boom');
      },
    };
    expect(decodeShareHash(throwing, '#code=abc').kind).toBe('bad');
  });

  it('refuses code over the size cap', () => {
    const big = encodeShareHash(LZString, 'x'.repeat(MAX_DECODED_CHARS + 1), 'typescript');
    const r = decodeShareHash(LZString, big);
    expect(r.kind).toBe('bad');
    if (r.kind === 'bad') expect(r.message).toMatch(/too large/);
  });
});
