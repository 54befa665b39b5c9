/**
 * Term normalisation for the tutor, the same on both sides of the index: tokenize, drop stop words, fold
 * learner wording onto the lesson's, stem; plus query-only expansions and the neutral-word set.
 *
 * The language data is generic and lives in ./words (stop words, irregular verbs, neutral words). How a
 * lesson's learners word things (its folds, expansions and phrases) is the lesson's own data
 * (lessons/<slug>/tutor/vocabulary.json): it reaches the engine inside the built index, and
 * `createLexicon` turns it into the functions retrieval uses.
 */
import { stem } from './stem';
import { tokenize } from './tokenize';
import type { LessonVocabulary } from './types';
import irregularVerbs from './words/irregular-verbs.json';
import neutralWords from './words/neutral-words.json';
import stopWords from './words/stop-words.json';

/** The words of a grouped word list (group description -> space-separated words), in order. */
const wordsOf = (groups: Readonly<Record<string, string>>): string[] =>
  Object.values(groups).join(' ').split(/\s+/).filter(Boolean);

/** Function words and question scaffolding: never indexed, never searched. */
export const STOP_WORDS: ReadonlySet<string> = new Set(wordsOf(stopWords));

/**
 * Irregular verb forms the stemmer cannot fold, by their base form. The same forms after a prefix fold
 * too (prefixedIrregular): "rewrote" -> "rewrite".
 */
export const IRREGULAR_VERBS: Readonly<Record<string, string>> = irregularVerbs;

/** Words too general to tell whether a question is about a lesson, as one text. */
const NEUTRAL_SOURCE = wordsOf(neutralWords).join(' ');

/** The neutral words as written (lower case, 5+ letters), so a misspelt one ("problm") stays neutral. */
export const NEUTRAL_SURFACE: readonly string[] = [
  ...new Set(tokenize(NEUTRAL_SOURCE).filter((w) => w.length >= 5)),
];

/** "10,000" / "10000" -> "10k", "1000000" -> "1m": lessons write sizes both ways. */
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

/** Endings tried (with what replaces them) when an inflected word is not folded itself. */
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

/** A lesson's way of reading words: the functions retrieval, the index and the answer composer share. */
export interface Lexicon {
  /** One raw token -> its term: stop words and stray letters dropped, learner words folded, stemmed. */
  normalizeTerm(raw: string): string | null;
  /** Free text -> its terms, in order, repeats kept. */
  analyze(text: string): string[];
  /** Expansion terms for one normalised question term (the lesson's `expansions`). */
  expansionsFor(term: string): string[];
  /** Terms added when a question has every word of one of the lesson's `phrases`. */
  phraseExpansions(terms: ReadonlySet<string>): string[];
  /** Terms too general to decide whether a question is in scope (./words/neutral-words.json). */
  neutral: ReadonlySet<string>;
  /** The question with the lesson's ambiguous words read in the sense its context gives (`senses`). */
  readSenses(question: string): string;
}

/** The words of a space-separated list. */
const split = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** The lexicon for a lesson's vocabulary (none: the generic language data alone). */
export function createLexicon(vocabulary: LessonVocabulary = {}): Lexicon {
  // Learner word -> the word the lesson uses. The lesson's folds win over the generic irregular verbs.
  const folds = new Map<string, string>(Object.entries(IRREGULAR_VERBS));
  for (const [to, from] of Object.entries(vocabulary.folds ?? {}))
    for (const w of split(from)) folds.set(w, to);

  /** The lesson's word for a learner word, also for inflections not spelt out ("dedupes" -> "dedupe"). */
  const canonicalOf = (lower: string): string | undefined => {
    const own = folds.get(lower);
    if (own !== undefined) return own;
    for (const [end, put] of INFLECTIONS) {
      if (lower.length - end.length < 3 || !lower.endsWith(end)) continue;
      const base = folds.get(lower.slice(0, -end.length) + put);
      if (base !== undefined) return base;
    }
    return prefixedIrregular(lower);
  };

  const normalizeTerm = (raw: string): string | null => {
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
  };

  const analyze = (text: string): string[] => {
    const out: string[] = [];
    for (const t of tokenize(text)) {
      const n = normalizeTerm(t);
      if (n) out.push(n);
    }
    return out;
  };

  // Expansion and phrase lists are worked out on first use, then kept.
  let sources: Map<string, string[]> | null = null;
  const expansionCache = new Map<string, string[]>();
  const expansionsFor = (term: string): string[] => {
    if (!sources) {
      sources = new Map();
      for (const [key, related] of Object.entries(vocabulary.expansions ?? {})) {
        const k = normalizeTerm(key);
        if (k) sources.set(k, [...(sources.get(k) ?? []), related]);
      }
    }
    let list = expansionCache.get(term);
    if (!list) {
      list = [...new Set((sources.get(term) ?? []).flatMap((r) => analyze(r)))].filter((t) => t !== term);
      expansionCache.set(term, list);
    }
    return list;
  };

  let phrases: { all: string[]; add: string[] }[] | null = null;
  const phraseExpansions = (terms: ReadonlySet<string>): string[] => {
    phrases ??= Object.entries(vocabulary.phrases ?? {}).map(([words, add]) => ({
      all: analyze(words),
      add: analyze(add),
    }));
    const out: string[] = [];
    for (const p of phrases) if (p.all.every((w) => terms.has(w))) out.push(...p.add);
    return out;
  };

  // Ambiguous words, read in the sense the question's context gives them.
  const senses = (vocabulary.senses ?? []).map((s) => ({
    word: new RegExp(String.raw`\b${s.word.replace(/[^\w\s]/g, '\\$&')}\b`, 'gi'),
    as: s.as,
    when: new RegExp(String.raw`\b(?:${s.when})\b`, 'i'),
    unless: s.unless ? new RegExp(String.raw`\b(?:${s.unless})\b`, 'i') : null,
  }));
  const readSenses = (question: string): string =>
    senses.reduce(
      (q, s) => (q.search(s.word) >= 0 && s.when.test(q) && !s.unless?.test(q) ? q.replace(s.word, s.as) : q),
      question,
    );

  return {
    normalizeTerm,
    analyze,
    expansionsFor,
    phraseExpansions,
    neutral: new Set(analyze(NEUTRAL_SOURCE)),
    readSenses,
  };
}
