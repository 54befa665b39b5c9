/**
 * How a question word relates to the lesson's words: the same word misspelt, two lesson words run
 * together, an everyday word, or the name of a specific thing the lesson never mentions (an API, a flag,
 * a tool, an algorithm).
 */
import { baseForms } from './lexicon';
import type { TutorIndex } from './search-index';
import { tokenize } from './tokenize';
import everydayWords from './words/everyday-words.json';

/**
 * True when `typed` is `word` with one letter missing, one letter extra, or two neighbours swapped.
 * Substitutions are not accepted: they turn real words into other real words ("protect" / "project").
 */
export function isLikelyTypo(typed: string, word: string): boolean {
  if (typed === word) return true;
  const [a, b] = typed.length >= word.length ? [typed, word] : [word, typed];
  if (a.length === b.length) {
    const k = [...a].findIndex((c, i) => c !== b[i]);
    return (
      k >= 0 &&
      k < a.length - 1 &&
      a[k] === b[k + 1] &&
      a[k + 1] === b[k] &&
      a.slice(k + 2) === b.slice(k + 2)
    );
  }
  if (a.length !== b.length + 1) return false;
  let k = 0;
  while (k < b.length && a[k] === b[k]) k++;
  return a.slice(k + 1) === b.slice(k);
}

/**
 * The lesson's term for a learner word: its normalised form when the lesson uses it, else the term of a
 * lesson word one typo away (words of 5+ letters only), else null.
 */
export function resolveTerm(
  raw: string,
  term: string,
  index: Pick<TutorIndex, 'vocab' | 'surface'>,
): string | null {
  if (index.vocab.has(term)) return term;
  if (raw.length < 5 || /\d/.test(raw)) return null;
  for (const [word, norm] of index.surface) if (isLikelyTypo(raw, word)) return norm;
  return null;
}

/**
 * A run-together learner word ("devtools", "setinterval") as the two lesson terms it joins, when the
 * lesson writes those two terms side by side ("DevTools", "setInterval"); else null.
 */
export function splitCompound(
  raw: string,
  index: Pick<TutorIndex, 'vocab' | 'hasPair' | 'lexicon'>,
): [string, string] | null {
  if (raw.length < 6 || /\d/.test(raw)) return null;
  for (let i = 3; i <= raw.length - 3; i++) {
    const a = index.lexicon.normalizeTerm(raw.slice(0, i));
    const b = index.lexicon.normalizeTerm(raw.slice(i));
    if (a && b && index.vocab.has(a) && index.vocab.has(b) && index.hasPair(a, b)) return [a, b];
  }
  return null;
}

const IDENTIFIER = /\b[a-z]+(?:[A-Z][a-z0-9]*)+\b|\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\b/g;

/**
 * camelCase names in the question whose parts are all everyday words ("useEffect", "getElementById"),
 * lower-cased. Split at their humps they would read as harmless words; as written they name an API the
 * lesson never mentions.
 */
export function opaqueIdentifiers(
  question: string,
  index: Pick<TutorIndex, 'hasPair' | 'lexicon'>,
): string[] {
  const { normalizeTerm, neutral } = index.lexicon;
  const out: string[] = [];
  for (const [name] of question.matchAll(IDENTIFIER)) {
    const whole = normalizeTerm(name.toLowerCase());
    // "JavaScript" is one everyday word, not an API.
    if (whole === null || neutral.has(whole)) continue;
    const parts = tokenize(name).flatMap((w) => normalizeTerm(w) ?? []);
    if (!parts.every((t) => neutral.has(t))) continue;
    // The lesson writes the name itself: its parts stand side by side there.
    const inLesson = parts.length > 1 && parts.slice(1).every((b, i) => index.hasPair(parts[i] ?? '', b));
    if (!inLesson) out.push(name.toLowerCase());
  }
  return out;
}

/** Compound names: camelCase / PascalCase, snake_case, and command-line flags ("--max-old-space-size"). */
const COMPOUND =
  /(?:^|[^\w-])(--?[a-z][a-z0-9]*(?:-[a-z0-9]+)+|[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]*)+|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)/g;
/** Acronyms (GIL, EXPLAIN) and names that mix letters and digits (k6, ec2). */
const ACRONYM = /\b[A-Z]{2,7}s?\b/g;
const ALPHANUMERIC = /\b[a-zA-Z]+\d[a-zA-Z0-9]*\b/g;

/**
 * Names of technical things in a prose question that the lesson never writes: compound identifiers whose
 * parts the lesson does not write side by side ("worker_threads", "maxBatchSize", "--max-old-space-size"),
 * and acronyms or letter-digit names it does not know ("GIL", "k6"). Each points at a specific API, flag
 * or tool of another topic. Returned lower case; `compounds` need adding as words of their own, the
 * `words` are already words of the question (their normalised terms). Names in pasted code are the
 * learner's own and are not counted (the caller checks for code); nor is a question written in capitals.
 */
export function technicalNames(
  question: string,
  index: Pick<TutorIndex, 'vocab' | 'hasPair' | 'lexicon'>,
): { compounds: string[]; words: Set<string> } {
  const { normalizeTerm, neutral, expansionsFor } = index.lexicon;
  const q = question.slice(0, 500);
  const compounds: string[] = [];
  const words = new Set<string>();
  const knownOrNamed = (term: string | null): boolean =>
    term === null || neutral.has(term) || index.vocab.has(term) || expansionsFor(term).length > 0;
  for (const m of q.matchAll(COMPOUND)) {
    const name = m[1] ?? '';
    const lower = name.toLowerCase();
    if (knownOrNamed(normalizeTerm(lower.replace(/^-+/, '')))) continue;
    const parts = tokenize(name).flatMap((w) => normalizeTerm(w) ?? []);
    if (parts.length < 2 || parts.every((t) => neutral.has(t))) continue; // opaqueIdentifiers has those
    if (parts.slice(1).every((b, i) => index.hasPair(parts[i] ?? '', b))) continue;
    compounds.push(lower);
  }
  const shouting = (q.match(/[A-Z]/g)?.length ?? 0) > (q.match(/[a-z]/g)?.length ?? 0);
  const singles = [...(shouting ? [] : q.matchAll(ACRONYM)), ...q.matchAll(ALPHANUMERIC)];
  for (const [w] of singles) {
    const t = normalizeTerm(w.toLowerCase());
    if (!knownOrNamed(t) && t) words.add(t);
  }
  return { compounds, words };
}

/**
 * A word the lesson never uses that is two words run together, each one the lesson uses or everyday
 * English ("quicksort", "dataloader", "deadlock"), and not a pair the lesson writes side by side: the name
 * of a specific thing (an algorithm, a library, an error) of another topic. Returns the two parts, or null.
 */
export function joinedName(
  raw: string,
  index: Pick<TutorIndex, 'vocab' | 'lexicon'>,
): [string, string] | null {
  const lower = raw.toLowerCase();
  // An everyday word is not a name, however it splits ("message", "keyboard").
  if (lower.length < 8 || !/^[a-z]+$/.test(lower) || isEveryday(lower)) return null;
  const own = index.lexicon.normalizeTerm(lower);
  if (own === null || index.vocab.has(own)) return null;
  const word = (w: string) => {
    const t = index.lexicon.normalizeTerm(w);
    return isEveryday(w) || (t !== null && index.vocab.has(t));
  };
  for (let i = 4; i <= lower.length - 4; i++) {
    const a = lower.slice(0, i);
    const b = lower.slice(i);
    if (word(a) && word(b)) return [a, b];
  }
  return null;
}

let everydayCache: Set<string> | null = null;
/** Whether a learner word (or the base form its ending suggests) is everyday English (./words). */
export function isEveryday(word: string): boolean {
  everydayCache ??= new Set(everydayWords.words.split(' '));
  const set = everydayCache;
  return baseForms(word.toLowerCase()).some((w) => set.has(w));
}
