/**
 * Ranking: the weighted question terms -> MiniSearch BM25+ over passages -> passage scores (with a bonus
 * for question words that stand side by side in a passage) -> section scores (a section's best passages,
 * more when its own title and summaries name the question).
 */
import { bigramKey, FIELD_BOOST, KIND_WEIGHT, type TutorIndex } from './search-index';
import type { Tokens } from './question-terms';
import type { Passage } from './types';

/** Section score = best passage + these shares of the next ones (rewards sections that agree). */
export const SECTION_TAIL = [1, 0.35, 0.15];
/** Section score grows by this share times how much of the question its title and summaries name. */
export const SUMMARY_BONUS = 1;
/** Extra share of a passage's score for each adjacent pair of question terms it also has side by side. */
export const PHRASE_BONUS = 0.25;
const MAX_PHRASES = 2;
/** How many of the best hits are read for phrase pairs. */
const PHRASE_DEPTH = 30;

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

/** Adjacent pairs of the question's terms, in order, repeats kept ("self time vs total time"). */
function questionPairs(tokens: Tokens): [string, string][] {
  const sequence = tokens.flatMap(([, t]) => (t ? [t] : []));
  return [...new Set(sequence.slice(1).map((b, i) => bigramKey(sequence[i] ?? '', b)))]
    .map((k) => k.split(' ') as [string, string])
    .filter(([a, b]) => a && b && a !== b);
}

/** Every passage that matches a query term, best first. */
export function rankPassages(
  index: TutorIndex,
  weights: ReadonlyMap<string, number>,
  tokens: Tokens,
): RankedPassage[] {
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
  // Question words that stand side by side in a passage too ("self time", "heap snapshot"). Only the
  // best hits are read for pairs: the rest could not climb to the top with the bonus anyway.
  const queryPairs = questionPairs(tokens);
  if (queryPairs.length > 0) {
    for (const r of passages.slice(0, PHRASE_DEPTH)) {
      // Only a passage that holds both words of a pair can hold them side by side.
      const candidates = queryPairs.filter(([a, b]) => r.matched.includes(a) && r.matched.includes(b));
      if (candidates.length === 0) continue;
      const pairs = index.pairsOf(r.passage.id);
      const phrases = candidates.filter(([a, b]) => pairs.has(bigramKey(a, b))).length;
      r.score *= 1 + PHRASE_BONUS * Math.min(phrases, MAX_PHRASES);
    }
    passages.sort((a, b) => b.score - a.score);
  }
  return passages;
}

/**
 * Sections by score: each section's best passages (SECTION_TAIL), raised by the share of the question
 * (`shareOf`) that the section's own description — its title and summaries — names: a sign that the
 * question is about that section, not one that mentions its words in passing.
 */
export function rankSections(
  index: Pick<TutorIndex, 'sections'>,
  passages: readonly RankedPassage[],
  shareOf: (matched: ReadonlySet<string> | undefined) => number,
): RankedSection[] {
  const perSection = new Map<string, number[]>();
  for (const r of passages) {
    const list = perSection.get(r.passage.sectionId) ?? [];
    list.push(r.score);
    perSection.set(r.passage.sectionId, list);
  }
  const described = new Map<string, Set<string>>();
  for (const r of passages) {
    if (r.passage.kind !== 'summary') continue;
    const set = described.get(r.passage.sectionId) ?? new Set<string>();
    for (const t of r.matched) set.add(t);
    described.set(r.passage.sectionId, set);
  }
  const titles = new Map(index.sections.map((s) => [s.id, s.title]));
  return [...perSection.entries()]
    .map(([sectionId, scores]) => ({
      sectionId,
      title: titles.get(sectionId) ?? sectionId,
      score:
        scores.slice(0, SECTION_TAIL.length).reduce((acc, s, i) => acc + s * (SECTION_TAIL[i] ?? 0), 0) *
        (1 + SUMMARY_BONUS * shareOf(described.get(sectionId))),
    }))
    .sort((a, b) => b.score - a.score);
}
