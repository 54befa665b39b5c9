/**
 * Share links: the code lives in the URL fragment as `#code=<lz-string compressToEncodedURIComponent>`,
 * with its language when it is not TypeScript: `#code=…&lang=js`, `#lang=python&code=…` (parameters in
 * any order). Decoding never throws and is size-capped. lz-string is passed in so this module stays tiny
 * and pure (the playground imports lz-string only when it needs it).
 */
import type { CodeLanguage } from '@/lib/runner/run-request';

const LANGS: Readonly<Record<string, CodeLanguage>> = {
  ts: 'typescript',
  typescript: 'typescript',
  js: 'javascript',
  javascript: 'javascript',
  py: 'python',
  python: 'python',
};

export const MAX_DECODED_CHARS = 100_000;
/** lz-string rarely expands text; anything longer than this cannot decode to an allowed size. */
export const MAX_ENCODED_CHARS = 200_000;

export interface LzCodec {
  compressToEncodedURIComponent(input: string): string;
  decompressFromEncodedURIComponent(input: string): string | null;
}

export type DecodedShare =
  | { kind: 'none' }
  | { kind: 'ok'; source: string; language: CodeLanguage }
  | { kind: 'bad'; message: string };

export function encodeShareHash(lz: LzCodec, source: string, language: CodeLanguage): string {
  const code = lz.compressToEncodedURIComponent(source);
  if (language === 'python') return `#lang=python&code=${code}`;
  return `#code=${code}${language === 'javascript' ? '&lang=js' : ''}`;
}

export function decodeShareHash(lz: LzCodec, hash: string): DecodedShare {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const params = body.split('&');
  const codePart = params.find((p) => p.startsWith('code='));
  if (codePart === undefined) return { kind: 'none' };
  const encoded = codePart.slice('code='.length);
  const langPart = params.find((p) => p.startsWith('lang='));
  const langName = langPart ? langPart.slice('lang='.length).toLowerCase() : 'ts';
  const language = Object.hasOwn(LANGS, langName) ? LANGS[langName] : undefined;
  if (!language) {
    const shown = langName.slice(0, 20).replace(/[^a-z0-9+#.-]/g, '?');
    return { kind: 'bad', message: `The link asks for a language the playground does not run (${shown}).` };
  }
  if (encoded.length === 0) return { kind: 'bad', message: 'The link has an empty #code= part.' };
  if (encoded.length > MAX_ENCODED_CHARS) {
    return { kind: 'bad', message: 'The code in this link is too large to open (over 100 KB).' };
  }
  let source: string | null = null;
  try {
    source = lz.decompressFromEncodedURIComponent(encoded);
  } catch {
    source = null;
  }
  if (source === null || source === '') {
    return { kind: 'bad', message: 'The code in this link could not be read; it may have been cut short.' };
  }
  if (source.length > MAX_DECODED_CHARS) {
    return { kind: 'bad', message: 'The code in this link is too large to open (over 100 KB).' };
  }
  return { kind: 'ok', source, language };
}
