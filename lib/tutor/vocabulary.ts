/**
 * Term normalisation for the tutor (both sides of the index): tokenize, drop stop words, fold learner
 * wording onto the lesson's, stem; plus query-only expansions and the neutral-word sets.
 * The lists themselves live in word-lists.ts.
 */
import { stem } from './stem';
import { tokenize } from './tokenize';
import {
  CANONICAL,
  EXPANSION_SOURCE,
  IRREGULAR_VERBS,
  NEUTRAL_SOURCE,
  PHRASE_SOURCE,
  STOP_WORDS,
} from './word-lists';

/** "10,000" / "10000" -> "10k", "1000000" -> "1m": the lesson writes sizes both ways. */
function shortNumber(word: string): string | null {
  if (!/^\d{4,}$/.test(word)) return null;
  const n = Number(word);
  if (n % 1_000_000 === 0) return `${n / 1_000_000}m`;
  if (n % 1000 === 0) return `${n / 1000}k`;
  return null;
}

let stopStemCache: Set<string> | null = null;
const stopStems = (): Set<string> => (stopStemCache ??= new Set([...STOP_WORDS].map((w) => stem(w))));

/** One spelling for -ize / -ise words (optimize, optimise), applied to the index and the query alike. */
const britishIse = (w: string): string =>
  w.length >= 7 ? w.replace(/iz(e|es|ed|ing|ation|ations|er|ers)$/, 'is$1') : w;

/** Endings tried (with what replaces them) when an inflected word is not in CANONICAL itself. */
const INFLECTIONS: ReadonlyArray<readonly [string, string]> = [
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
  ['ed', ''],
  ['ed', 'e'],
  ['d', ''],
  ['ing', ''],
  ['ing', 'e'],
];

/** The word itself and the base forms its ending suggests ("sessions" -> "session", "eats" -> "eat"). */
export function baseForms(lower: string): string[] {
  const out = [lower];
  for (const [end, put] of INFLECTIONS) {
    if (lower.length - end.length >= 3 && lower.endsWith(end)) out.push(lower.slice(0, -end.length) + put);
  }
  // Adverbs: "quietly" -> "quiet", "heavily" -> "heavy" (long words only: "apply", "reply" are not).
  if (lower.length >= 6 && lower.endsWith('ily')) out.push(`${lower.slice(0, -3)}y`);
  else if (lower.length >= 6 && lower.endsWith('ly')) out.push(lower.slice(0, -2));
  return out;
}

/**
 * The lesson's word for a learner word, also for inflections the list does not spell out ("dedupes",
 * "deduped" -> the entry for "dedupe"). hasOwn: words like "constructor" must not reach Object.prototype.
 */
export function canonicalOf(lower: string): string | undefined {
  if (Object.hasOwn(CANONICAL, lower)) return CANONICAL[lower];
  for (const [end, put] of INFLECTIONS) {
    if (lower.length - end.length < 3 || !lower.endsWith(end)) continue;
    const base = lower.slice(0, -end.length) + put;
    if (Object.hasOwn(CANONICAL, base)) return CANONICAL[base];
  }
  return prefixedIrregular(lower);
}

/** Prefixes that keep an irregular verb irregular: "rewrote", "overran", "undid", "mistook", "outgrew". */
const VERB_PREFIXES = ['re', 'over', 'under', 'un', 'mis', 'out'];

/** An irregular form after a verb prefix, as the prefixed base form ("rewrote" -> "rewrite"). */
export function prefixedIrregular(lower: string): string | undefined {
  for (const p of VERB_PREFIXES) {
    const rest = lower.slice(p.length);
    if (lower.startsWith(p) && rest.length >= 3 && Object.hasOwn(IRREGULAR_VERBS, rest))
      return p + IRREGULAR_VERBS[rest];
  }
  return undefined;
}

/** Normalise one raw token: drop stop words and stray letters, fold learner words, stem. */
export function normalizeTerm(raw: string): string | null {
  const lower = raw.toLowerCase();
  if (STOP_WORDS.has(lower)) return null;
  const short = shortNumber(lower);
  if (short) return short;
  if (lower.length < 2) return null;
  const folded = canonicalOf(lower);
  // "told" folds onto "tell", which is a stop word.
  if (folded !== undefined && STOP_WORDS.has(folded)) return null;
  const stemmed = stem(folded ?? britishIse(lower));
  // "telling", "explained", "helps": inflected stop words are stop words too.
  return stopStems().has(stemmed) && folded === undefined ? null : stemmed;
}

/** Full pipeline for free text: tokenize, normalise, drop empties. Order is kept, repeats kept. */
export function analyze(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    const n = normalizeTerm(t);
    if (n) out.push(n);
  }
  return out;
}

let phraseCache: { all: string[]; add: string[] }[] | null = null;

/** Phrase expansions (normalised) for a question's normalised terms. */
export function phraseExpansions(terms: ReadonlySet<string>): string[] {
  phraseCache ??= PHRASE_SOURCE.map(([words, add]) => ({ all: analyze(words), add: analyze(add) }));
  const out: string[] = [];
  for (const p of phraseCache) if (p.all.every((w) => terms.has(w))) out.push(...p.add);
  return out;
}

let expansionSources: Map<string, string[]> | null = null;
const expansionCache = new Map<string, string[]>();

/** Expansion terms (normalised) for one normalised query term; each list is worked out on first use. */
export function expansionsFor(term: string): string[] {
  if (!expansionSources) {
    expansionSources = new Map();
    for (const [key, related] of Object.entries(EXPANSION_SOURCE)) {
      const k = normalizeTerm(key);
      if (k) expansionSources.set(k, [...(expansionSources.get(k) ?? []), related]);
    }
  }
  let list = expansionCache.get(term);
  if (!list) {
    list = [...new Set((expansionSources.get(term) ?? []).flatMap((r) => analyze(r)))].filter(
      (t) => t !== term,
    );
    expansionCache.set(term, list);
  }
  return list;
}

export const NEUTRAL: ReadonlySet<string> = new Set(analyze(NEUTRAL_SOURCE));

/** The neutral words as written (lower case, 5+ letters), so a misspelt one ("problm") stays neutral. */
export const NEUTRAL_SURFACE: readonly string[] = [
  ...new Set(tokenize(NEUTRAL_SOURCE).filter((w) => w.length >= 5)),
];
