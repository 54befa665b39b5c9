/**
 * Retrieval: question -> normalised terms (+ expansions) -> MiniSearch BM25+ over passages ->
 * passage ranking and section ranking, plus the signals the refusal decision needs (coverage).
 */
import type { TutorIndex } from './search-index';
import { FIELD_BOOST, KIND_WEIGHT } from './search-index';
import type { Passage } from './types';
import { tokenize } from './tokenize';
import { expansionsFor, NEUTRAL, NEUTRAL_SURFACE, normalizeTerm, phraseExpansions } from './vocabulary';

/** Weight of an expansion term relative to the learner's own word. */
export const EXPANSION_WEIGHT = 0.35;
/** Section score = best passage + these shares of the next ones (rewards sections that agree). */
const SECTION_TAIL = [1, 0.35, 0.15];

export interface RankedPassage {
  passage: Passage;
  score: number;
  /** Query terms (normalised) that matched this passage. */
  matched: string[];
}

export interface RankedSection {
  sectionId: string;
  title: string;
  score: number;
}

export interface Retrieval {
  /** Normalised content terms of the question (deduplicated, order kept). */
  terms: string[];
  /** Terms that count for coverage (not in the neutral list). */
  contentTerms: string[];
  /** Content terms (as the lesson spells them) that name one of the lesson's topics. */
  topicTerms: string[];

  /** Content terms the lesson never uses (after folding, stemming and a 1-letter typo allowance). */
  unknown: string[];
  /**
   * How much of the question the lesson knows (0..1): content terms weighted by their rarity in the
   * lesson (IDF); a word the lesson never uses weighs as much as the rarest possible word.
   */
  coverage: number;
  /** term -> weight used in the query (1 for the learner's words, less for expansions). */
  weights: Map<string, number>;
  /** term -> inverse document frequency in this lesson (rarer terms say more). */
  idf: Map<string, number>;
  passages: RankedPassage[];
  sections: RankedSection[];
  /**
   * Share of the question (IDF-weighted content words, unknown words included) that the single best
   * covering passage among the top few contains. Low focus = the words are scattered across the lesson.
   */
  focus: number;
  /** The question asks what something is ("what's N+1?", "define streaming"): lead with a definition. */
  definitional: boolean;
}

/** How many top passages are checked for focus. */
const FOCUS_DEPTH = 6;

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

/** Inverse document frequency of a lesson term, BM25-style: ln(1 + N / df). */
export function idf(index: Pick<TutorIndex, 'df' | 'passages'>, term: string): number {
  const df = index.df.get(term) ?? 0;
  return Math.log(1 + index.passages.length / Math.max(df, 0.5));
}

const unknownIdf = (index: Pick<TutorIndex, 'df' | 'passages'>) => Math.log(1 + index.passages.length / 0.5);

/** Questions about the lesson as a whole ("what is this lesson about?") search for the overview passage. */
const META_QUESTION =
  /\b(?:this|the)\s+(?:lesson|page|course|chapter)\b.*\b(?:about|cover|covers|teach|teaches)\b|\bwhat\s+(?:will|do|can|should)\s+i\s+learn\b|\b(?:overview|summary|summarise|summarize|tl;?dr)\b/i;
export const OVERVIEW_TERM = 'overview';

export function retrieve(index: TutorIndex, question: string, limit = 12): Retrieval {
  const seen = new Set<string>();
  const raw: [string, string][] = [];
  for (const word of tokenize(question.slice(0, 500))) {
    const t = normalizeTerm(word);
    if (t && !seen.has(t)) {
      seen.add(t);
      raw.push([word, t]);
    }
  }
  // "What is this lesson about?" has no topic words left: search for the lesson's overview instead.
  const topical = raw.some(([, t]) => !NEUTRAL.has(t) && !/^\d/.test(t));
  if (!topical && !seen.has(OVERVIEW_TERM) && META_QUESTION.test(question))
    raw.push([OVERVIEW_TERM, OVERVIEW_TERM]);
  const weights = new Map<string, number>();
  const terms: string[] = [];
  const unknown: string[] = [];
  const contentTerms: string[] = [];
  const topicTerms: string[] = [];
  let known = 0;
  let total = 0;
  for (const [word, t] of raw) {
    const resolved = resolveTerm(word, t, index);
    // Numbers ("5", "10k", "2022") count for ranking but never decide whether a question is in scope.
    const numeric = /^\d/.test(t);
    const neutral =
      NEUTRAL.has(t) ||
      numeric ||
      // A misspelt everyday word ("problm") is still an everyday word.
      (!resolved && word.length >= 5 && NEUTRAL_SURFACE.some((w) => isLikelyTypo(word, w)));
    if (!neutral) contentTerms.push(t);
    if (!neutral && resolved && index.topics.has(resolved)) topicTerms.push(t);
    if (!neutral) {
      const w = resolved ? idf(index, resolved) : unknownIdf(index);
      total += w;
      if (resolved) known += w;
    }
    if (!resolved) {
      if (!neutral) unknown.push(t);
      // A learner word outside the lesson can still point at lesson words through expansions.
    } else {
      terms.push(resolved);
      weights.set(
        resolved,
        resolved === OVERVIEW_TERM && word === OVERVIEW_TERM ? 2 : neutral && !numeric ? 0.6 : 1,
      );
    }
    for (const e of expansionsFor(t)) {
      if (index.vocab.has(e) && !weights.has(e)) weights.set(e, EXPANSION_WEIGHT);
    }
  }
  for (const e of phraseExpansions(new Set(raw.map(([, t]) => t)))) {
    if (index.vocab.has(e) && !weights.has(e)) weights.set(e, EXPANSION_WEIGHT);
  }
  const coverage = total === 0 ? 0 : known / total;

  const queryTerms = [...weights.keys()];
  const hits =
    queryTerms.length === 0
      ? []
      : index.mini.search(queryTerms.join(' '), {
          tokenize: (s) => s.split(' ').filter(Boolean),
          processTerm: (t) => t,
          boost: FIELD_BOOST,
          boostTerm: (t) => weights.get(t) ?? 1,
          boostDocument: (id) => {
            const p = index.byId.get(id as number);
            return p ? KIND_WEIGHT[p.kind] : 0;
          },
          combineWith: 'OR',
        });

  const passages: RankedPassage[] = [];
  for (const h of hits) {
    const passage = index.byId.get(h.id as number);
    if (!passage) continue;
    // MiniSearch multiplies a hit's score by how many query terms it matched; count an expansion term
    // only by its weight, so three weak expansions do not outvote one of the learner's own words.
    const quality = h.queryTerms.reduce((acc, t) => acc + (weights.get(t) ?? 1), 0);
    const score = (h.score / Math.max(1, h.queryTerms.length)) * quality;
    passages.push({ passage, score, matched: Object.keys(h.match) });
  }

  passages.sort((a, b) => b.score - a.score);
  const perSection = new Map<string, number[]>();
  for (const r of passages) {
    const list = perSection.get(r.passage.sectionId) ?? [];
    list.push(r.score);
    perSection.set(r.passage.sectionId, list);
  }
  const titles = new Map(index.sections.map((s) => [s.id, s.title]));
  const sections: RankedSection[] = [...perSection.entries()]
    .map(([sectionId, scores]) => ({
      sectionId,
      title: titles.get(sectionId) ?? sectionId,
      score: scores.slice(0, SECTION_TAIL.length).reduce((acc, s, i) => acc + s * (SECTION_TAIL[i] ?? 0), 0),
    }))
    .sort((a, b) => b.score - a.score);

  let focus = 0;
  for (const r of passages.slice(0, FOCUS_DEPTH)) {
    let covered = 0;
    for (const t of r.matched) if ((weights.get(t) ?? 0) >= 1) covered += idf(index, t);
    focus = Math.max(focus, total === 0 ? 0 : covered / total);
  }

  const definitional =
    /^\s*(?:what\s*(?:'s|’s|\s+is|\s+are|\s+does)\b|whats\b|define\b|meaning\s+of\b)/i.test(question);

  return {
    definitional,
    focus,
    topicTerms,
    terms,
    contentTerms,
    unknown,
    coverage,
    weights,
    idf: new Map(queryTerms.map((t) => [t, idf(index, t)])),
    passages: passages.slice(0, limit),
    sections,
  };
}
