/**
 * Scope signals that need the search results or the question's names: how much of the question one place
 * in the lesson holds (focus), and which other domains, roles and career topics it names (domains.ts).
 */
import { careerMentions, domainMentions, roleMentions } from './domains';
import type { Unit } from './question-terms';
import type { RankedPassage } from './ranking';
import type { TutorIndex } from './search-index';
import { resolveTerm } from './word-matching';

/** How many top passages are checked for focus. */
const FOCUS_DEPTH = 6;
/** How many passages of one section may share the question between them for focus. */
export const FOCUS_PASSAGES_PER_SECTION = 2;

/** Share of the question (known content words, IDF-weighted, of `total`) among a set of matched terms. */
export const shareOfQuestion =
  (units: readonly Unit[], total: number) =>
  (matched: ReadonlySet<string> | undefined): number =>
    total === 0 || !matched
      ? 0
      : units.reduce((acc, u) => acc + (u.terms.some((t) => matched.has(t)) ? u.w : 0), 0) / total;

/**
 * Focus: the share of the question that one place in the lesson holds — a passage, or the two best
 * passages of one section together (a question often spans two neighbouring paragraphs).
 */
export function focusOf(
  passages: readonly RankedPassage[],
  share: (matched: ReadonlySet<string>) => number,
): number {
  let focus = 0;
  const unionInSection = new Map<string, { n: number; terms: Set<string> }>();
  for (const r of passages.slice(0, FOCUS_DEPTH)) {
    const matched = new Set(r.matched);
    focus = Math.max(focus, share(matched));
    const u = unionInSection.get(r.passage.sectionId) ?? { n: 0, terms: new Set<string>() };
    if (u.n >= FOCUS_PASSAGES_PER_SECTION) continue;
    u.n++;
    for (const t of matched) u.terms.add(t);
    unionInSection.set(r.passage.sectionId, u);
    focus = Math.max(focus, share(u.terms));
  }
  return focus;
}

/** The names of other domains a question uses, and who and what about work it mentions (see Retrieval). */
export interface DomainSignals {
  otherDomains: string[];
  domainNames: string[];
  roles: string[];
  career: string[];
  ownedTerms: string[];
}

export function domainSignals(
  index: Pick<TutorIndex, 'vocab' | 'labOnly' | 'hasPair' | 'surface' | 'lexicon'>,
  question: string,
): DomainSignals {
  const { normalizeTerm, analyze } = index.lexicon;
  // Whether the lesson itself uses a name: its words, outside lab notes, side by side.
  const lessonUses = (words: string[]): boolean => {
    const ts = words.map((w) => normalizeTerm(w) ?? '');
    if (!ts.every((t) => t && index.vocab.has(t) && !index.labOnly.has(t))) return false;
    return ts.length < 2 || ts.slice(1).every((b, i) => index.hasPair(ts[i] ?? '', b));
  };
  const mentions = domainMentions(question, lessonUses);
  const ownedTerms = [
    ...new Set(
      mentions
        .filter((m) => !m.named)
        .flatMap((m) => m.owned.flatMap((w) => analyze(w).map((t) => resolveTerm(w, t, index) ?? t))),
    ),
  ];
  return {
    otherDomains: mentions.filter((m) => m.foreign).map((m) => m.name),
    domainNames: mentions.map((m) => m.name),
    roles: roleMentions(question),
    career: careerMentions(question),
    ownedTerms,
  };
}
