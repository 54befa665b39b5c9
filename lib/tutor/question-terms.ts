/**
 * The question's words, read against the lesson: the terms to search for and their weights, and what
 * each content word says about scope (known to the lesson, a synonym of its words, a word of another
 * programming topic, everyday English). Coverage is computed from these.
 */
import { CODE_LIKE, inlineCodeNames, META_QUESTION, OVERVIEW_TERM, quotedCode } from './question-analysis';
import { foreignWeight, isProgrammingTerm } from './scope';
import type { TutorIndex } from './search-index';
import { stem } from './stem';
import { tokenize } from './tokenize';
import { NEUTRAL_SURFACE } from './lexicon';
import {
  isEveryday,
  isLikelyTypo,
  joinedName,
  opaqueIdentifiers,
  resolveTerm,
  splitCompound,
  technicalNames,
} from './word-matching';

/** Weight of an expansion term relative to the learner's own word. */
export const EXPANSION_WEIGHT = 0.35;

/** One known content word with the lesson terms that stand for it in a passage, and its weight (IDF). */
export interface Unit {
  terms: string[];
  w: number;
}

/** What the question's words are, for the search and for the scope decision (see Retrieval). */
export interface QuestionTerms {
  terms: string[];
  contentTerms: string[];
  topicTerms: string[];
  numbers: string[];
  unknown: string[];
  contentWords: number;
  /** term -> weight in the query (1 for the learner's words, less for expansions). */
  weights: Map<string, number>;
  /** Known content words, for focus. */
  units: Unit[];
  /** IDF weight of the content words the lesson knows, and of all of them. */
  known: number;
  total: number;
  programmingUnknown: number;
  everydayUnknown: number;
  pastedCode: boolean;
}

/** Inverse document frequency of a lesson term, BM25-style: ln(1 + N / df). */
export function idf(index: Pick<TutorIndex, 'df' | 'passages'>, term: string): number {
  const df = index.df.get(term) ?? 0;
  return Math.log(1 + index.passages.length / Math.max(df, 0.5));
}

const unknownIdf = (index: Pick<TutorIndex, 'df' | 'passages'>) => Math.log(1 + index.passages.length / 0.5);

/** The question's tokens, each with its normalised term (null for stop words). */
export type Tokens = ReadonlyArray<readonly [string, string | null]>;

export function questionTerms(index: TutorIndex, question: string, tokens: Tokens): QuestionTerms {
  const { neutral, expansionsFor, phraseExpansions } = index.lexicon;
  const seen = new Set<string>();
  const raw: [string, string][] = [];
  for (const [word, t] of tokens) {
    if (t && !seen.has(t)) {
      seen.add(t);
      raw.push([word, t]);
    }
  }
  // "What is this lesson about?" has no topic words left: search for the lesson's overview instead.
  const topical = raw.some(([, t]) => !neutral.has(t) && !/^\d/.test(t));
  if (!topical && !seen.has(OVERVIEW_TERM) && META_QUESTION.test(question))
    raw.push([OVERVIEW_TERM, OVERVIEW_TERM]);
  const weights = new Map<string, number>();
  const terms: string[] = [];
  const unknown: string[] = [];
  const contentTerms: string[] = [];
  const topicTerms: string[] = [];
  let known = 0;
  let total = 0;
  let programmingUnknown = 0;
  let everydayUnknown = 0;
  const pastedCode = CODE_LIKE.test(question);
  // A question about a lab ("grading the price cache lab") may use the lab's own words.
  const aboutLab = /\blabs?\b/i.test(question);
  const codeWords = new Set(
    tokenize(`${quotedCode(question)} ${pastedCode ? inlineCodeNames(question) : ''}`),
  );
  const numbers: string[] = [];
  const technical = pastedCode
    ? { compounds: [], words: new Set<string>() }
    : technicalNames(question, index);

  const units: Unit[] = [];
  for (const [word, t] of raw) {
    const resolved = resolveTerm(word, t, index);
    const parts = resolved ? null : splitCompound(word, index);
    // Numbers ("5", "10k", "2022") count for ranking but never decide whether a question is in scope.
    const numeric = /^\d/.test(t);
    // A learner word the lesson never uses, whose listed synonyms it does use ("nested", "freezes").
    const synonyms = expansionsFor(t).filter((e) => index.vocab.has(e));
    const isNeutral =
      neutral.has(t) ||
      numeric ||
      // A misspelt everyday word ("problm") is still an everyday word.
      (!resolved && !parts && word.length >= 5 && NEUTRAL_SURFACE.some((w) => isLikelyTypo(word, w))) ||
      // A name inside quoted code (`signups`, `optedOut`) is the learner's own, not another topic.
      (!resolved && !parts && synonyms.length === 0 && codeWords.has(word));
    if (resolved && numeric) numbers.push(resolved);
    if (!isNeutral) contentTerms.push(t);
    if (!isNeutral && resolved && index.topics.has(resolved)) topicTerms.push(t);
    if (!isNeutral) {
      // Coverage: the lesson knows a word it uses outside lab notes, a run-together pair of its words,
      // or a learner synonym of its words; anything else weighs as much as the rarest lesson word.
      let w = unknownIdf(index);
      let k = 0;
      if (resolved) {
        w = idf(index, resolved);
        // A word only lab notes use ("invoice", "money") says nothing about the lesson's topics in
        // prose; in pasted code it is a name the labs' own code uses, and a question about a lab may use it.
        if (!index.labOnly.has(resolved) || pastedCode || aboutLab) k = w;
        units.push({ terms: [resolved], w });
      } else if (parts) {
        w = k = Math.max(...parts.map((x) => idf(index, x)));
        units.push({ terms: parts, w });
      } else if (synonyms.length > 0) {
        w = k = Math.max(...synonyms.map((x) => idf(index, x)));
        units.push({ terms: synonyms, w });
      } else {
        // A word the lesson never uses counts against coverage by how strongly it points at another
        // programming topic: fully when programming prose uses it often, less for other words.
        // A technical name (an acronym, a letter-digit name) counts as a word of another programming topic.
        const named = technical.words.has(t) || joinedName(word, index) !== null;
        const everyday = isEveryday(word);
        if (everyday && !named) everydayUnknown++;
        const f = named ? 1 : foreignWeight(t, everyday);
        if (named || isProgrammingTerm(t)) programmingUnknown++;
        w = f * unknownIdf(index);
      }
      total += w;
      known += k;
    }
    // Numbers never decide scope, but a passage that has the question's number is a likelier place.
    if (resolved && numeric) units.push({ terms: [resolved], w: idf(index, resolved) });
    if (resolved) {
      terms.push(resolved);
      weights.set(
        resolved,
        resolved === OVERVIEW_TERM && word === OVERVIEW_TERM ? 2 : isNeutral && !numeric ? 0.6 : 1,
      );
    } else if (parts) {
      for (const x of parts) {
        terms.push(x);
        weights.set(x, Math.max(weights.get(x) ?? 0, isNeutral ? 0.6 : 1));
      }
    } else if (!isNeutral && synonyms.length === 0) unknown.push(t);
    for (const e of synonyms) if (!weights.has(e)) weights.set(e, EXPANSION_WEIGHT);
  }
  // An API name the lesson never uses ("useEffect", "worker_threads") is one unknown word, not two
  // everyday or lesson ones.
  for (const name of [...opaqueIdentifiers(question, index), ...technical.compounds]) {
    if (contentTerms.includes(name)) continue;
    contentTerms.push(name);
    unknown.push(name);
    total += unknownIdf(index);
    programmingUnknown++;
  }
  for (const e of phraseExpansions(new Set(raw.map(([, t]) => t)))) {
    if (index.vocab.has(e) && !weights.has(e)) weights.set(e, EXPANSION_WEIGHT);
  }
  const contentWords = new Set(tokens.flatMap(([w, t]) => (t && contentTerms.includes(t) ? [stem(w)] : [])))
    .size;
  return {
    terms,
    contentTerms,
    topicTerms,
    numbers,
    unknown,
    contentWords,
    weights,
    units,
    known,
    total,
    programmingUnknown,
    everydayUnknown,
    pastedCode,
  };
}
