/**
 * Extractive answers: the 1–3 lesson sentences that best match the question, with citations.
 * Nothing is paraphrased or invented. When the lesson does not answer, say so and point to the closest
 * sections (if any were close at all).
 */
import type { RankedPassage } from './ranking';
import type { Retrieval } from './retrieve';
import type { Lexicon } from './lexicon';
import type { Citation, Passage, TutorAnswer } from './types';
import { isProgrammingTerm } from './scope';
import { scopeProbability, SCOPE_THRESHOLD, topicEvidence } from './scope-model';
import { splitSentences } from './tokenize';

export const REFUSAL_TEXT = "The lesson doesn't cover that.";

/**
 * Reference level for coverage (the share of a question's content words the lesson uses, IDF-weighted):
 * below it a question reads as mostly about something else. The scope model weighs coverage itself; tests
 * use this level to describe what a question looks like.
 */
export const MIN_COVERAGE = 0.6;
/** Topic words (section titles, headings, key terms) that, meeting in one place, put a question in scope. */
export const MIN_TOPIC_TERMS = 2;
/** ...where "in one place" means one passage (or two of one section) holds this share of them. */
export const MIN_KNOWN_FOCUS = 0.8;
/** Refuse when the best section's score is below this (BM25+ units, after boosts). */
export const MIN_SECTION_SCORE = 3;

const MAX_SENTENCES = 3;
const MAX_CHARS = 460;

export function citationFor(p: Passage): Citation {
  return { label: p.citeLabel ?? p.label, href: `#${p.anchor}`, sectionId: p.sectionId };
}

export interface Decision {
  answerable: boolean;
  reason:
    | 'ok'
    | 'empty'
    | 'other-domain'
    | 'coverage'
    | 'focus'
    | 'one-word-off-topic'
    | 'score'
    | 'no-direct-match'
    | 'model';
}

/**
 * The decisions rules make on their own: refusals for questions about another domain, work life, one word
 * the lesson merely uses or nothing it matches, and answers for positive evidence (the lesson's topic
 * words meeting in one place, its takeaway, its numbers). null when no rule decides: the scope model does.
 */
export function ruleDecision(r: Retrieval): Decision | null {
  if (r.contentTerms.length === 0 && r.terms.length === 0) return { answerable: false, reason: 'empty' };
  // A question that names another domain the lesson never mentions (a language, framework, tool or field
  // or career topic: domains.ts) is about that domain unless a distinctive lesson topic is its focus:
  // a topic word that programming prose seldom uses and that the foreign name does not own ("my Python
  // loop has an N+1" stays; "React.memo vs useMemo" or "java heap size" whose lesson words are generic
  // programming words does not).
  // A question that also names the lesson's own language or ecosystem ("in Java I'd use a HashSet; is a
  // JS Set the same?") asks about the lesson's stack, and is left to the rest of the rules.
  const bridges = r.domainNames.some((n) => !r.otherDomains.includes(n));
  if (
    r.otherDomains.length > 0 &&
    !bridges &&
    !r.topicTerms.some((t) => !r.ownedTerms.includes(t) && !isProgrammingTerm(t))
  )
    return { answerable: false, reason: 'other-domain' };
  // Whatever the domain, a question that names a language, framework, tool or field needs specific
  // lesson evidence besides the name and the words it owns: a lesson topic word, or a lesson word that
  // programming prose seldom uses. "The syntax for list comprehensions in Python" matches only generic
  // words, "React.memo vs useMemo" only words of the API.
  const owned = new Set(r.ownedTerms);
  const known = r.contentTerms.filter((t) => !r.unknown.includes(t) && !owned.has(t));
  const specific = r.topicTerms.some((t) => !owned.has(t)) || known.some((t) => !isProgrammingTerm(t));
  if (r.domainNames.length > 0 && !specific) return { answerable: false, reason: 'other-domain' };
  const evidence = topicEvidence(r);
  // A question that names a role at work ("my manager", "a senior dev") and only one lesson word is about
  // work life ("how do I ask my manager for a raise"), however well that word matches.
  if (r.roles.length > 0 && r.contentTerms.length < 2) return { answerable: false, reason: 'other-domain' };
  // A career topic ("interview", "salary") with fewer than two lesson topic words is about work life.
  if (r.career.length > 0 && evidence < MIN_TOPIC_TERMS) return { answerable: false, reason: 'other-domain' };
  // A question with one content word ("what is the best database?") is answered only when that word
  // names a topic of the lesson, not when the lesson merely uses it. Two words the lesson treats as
  // one ("median" and "average") are two words of the learner's.
  const [only] = r.contentTerms;
  if (r.contentTerms.length === 1 && r.contentWords < 2 && only && !r.topicTerms.includes(only)) {
    return { answerable: false, reason: 'one-word-off-topic' };
  }
  const top = r.sections[0];
  if (!top || top.score < MIN_SECTION_SCORE) return { answerable: false, reason: 'score' };
  const direct = r.passages.some((p) => p.matched.some((t) => (r.weights.get(t) ?? 0) >= 0.6));
  if (!direct) return { answerable: false, reason: 'no-direct-match' };
  // Positive evidence: two or more of the lesson's topic words that meet in one place, and no word of
  // another programming topic, make a question in scope whatever other words it has. A topic word that
  // programming prose seldom uses ("pagination", "N+1") is specific to the lesson and counts twice.
  if (evidence >= MIN_TOPIC_TERMS && r.programmingUnknown === 0 && r.knownFocus >= MIN_KNOWN_FOCUS)
    return { answerable: true, reason: 'ok' };
  // A question asking for the lesson's takeaway is about the lesson, whatever its other words.
  if (r.takeaway && r.otherDomains.length === 0) return { answerable: true, reason: 'ok' };
  // A question of only numbers and everyday words ("why 100, 10k and 1M?") is about the lesson when two or
  // more of its numbers, all of them the lesson's, stand in the best passage together.
  const best = r.passages[0];
  if (
    r.contentTerms.length === 0 &&
    r.numbers.length >= MIN_TOPIC_TERMS &&
    !!best &&
    r.numbers.every((n) => best.matched.includes(n))
  )
    return { answerable: true, reason: 'ok' };
  return null;
}

/** Whether to answer: the rules first (ruleDecision), then the scope model (scope-model.ts). */
export function decide(r: Retrieval): Decision {
  const rule = ruleDecision(r);
  if (rule) return rule;
  return scopeProbability(r) >= SCOPE_THRESHOLD
    ? { answerable: true, reason: 'ok' }
    : { answerable: false, reason: 'model' };
}

interface Candidate {
  text: string;
  passage: Passage;
  rank: number;
  position: number;
  score: number;
  /** The part of `score` that comes from the question's words alone. */
  termScore: number;
}

/** Answer units of a passage: a pattern row or a key term is one unit; prose splits into sentences. */
const unitsOf = (p: Passage): string[] =>
  p.kind === 'pattern' || p.kind === 'term' ? [p.text] : splitSentences(p.text);

function candidates(r: Retrieval, sectionId: string | undefined): Candidate[] {
  // Answer from one section only, so the quote and its citations agree with the ranking.
  const pool: RankedPassage[] = r.passages.filter((p) => p.passage.sectionId === sectionId).slice(0, 4);
  const topScore = pool[0]?.score ?? 1;
  const maxIdf = Math.max(1, ...r.idf.values());
  const out: Candidate[] = [];
  pool.forEach((rp, rank) => {
    unitsOf(rp.passage).forEach((text, position) => {
      const words = new Set(r.lexicon.analyze(text));
      let score = 0;
      for (const [term, w] of r.weights) {
        if (words.has(term)) score += w * (0.5 + (0.5 * (r.idf.get(term) ?? 1)) / maxIdf);
      }
      // The best passage may match through its heading only: its first sentence still qualifies.
      if (score === 0 && !(rank === 0 && position === 0)) return;
      const termScore = score;
      score += 0.6 * (rp.score / topScore);
      if (position === 0 && (rp.passage.kind === 'term' || rp.passage.kind === 'summary')) score += 0.2;
      if (r.definitional && rp.passage.kind === 'term') score += 0.6;
      // Lab notes describe the lab's own screen; on equal terms the lesson's prose is the better quote.
      if (rp.passage.kind === 'lab') score -= 1;
      if (text.length < 25) score -= 0.5;
      // Sentences that lean on the one before ("That is why...") read badly on their own.
      if (position > 0 && /^(That|This|These|Those|It|They|Both|Then|So|But|And|Here)\b/.test(text))
        score -= 0.4;
      // A sentence that introduces a code block ("...like this:") means nothing without the code.
      if (/:\s*$/.test(text)) return;
      out.push({ text, passage: rp.passage, rank, position, score, termScore });
    });
  });
  return out;
}

function pickSentences(r: Retrieval, sectionId: string | undefined): Candidate[] {
  const all = candidates(r, sectionId).sort((a, b) => b.score - a.score);
  const best = all[0];
  if (!best) return [];
  const chosen: Candidate[] = [best];
  let chars = best.text.length;
  for (const c of all.slice(1)) {
    if (chosen.length >= MAX_SENTENCES) break;
    const next = c.passage.id === best.passage.id && c.position === best.position + 1;
    if (c.score + (next ? 0.3 : 0) < 0.6 * best.score) continue;
    // A further sentence must share a good part of the question's words, not one incidental word.
    if (!next && c.termScore < 0.6 * best.termScore) continue;
    if (chosen.some((x) => x.text === c.text)) continue;
    if (chars + c.text.length > MAX_CHARS) continue;
    chosen.push(c);
    chars += c.text.length;
  }
  // Passages in the order of their best chosen sentence; sentences of one passage in reading order.
  const lead = new Map<number, number>();
  for (const c of chosen) lead.set(c.passage.id, Math.max(lead.get(c.passage.id) ?? -Infinity, c.score));
  return chosen.sort(
    (a, b) =>
      (lead.get(b.passage.id) ?? 0) - (lead.get(a.passage.id) ?? 0) ||
      a.passage.id - b.passage.id ||
      a.position - b.position,
  );
}

function uniqueCitations(passages: Passage[]): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const p of passages) {
    const c = citationFor(p);
    if (seen.has(c.href)) continue;
    seen.add(c.href);
    out.push(c);
  }
  return out;
}

export function refusal(r: Retrieval | null): TutorAnswer {
  const closest: Citation[] = (r?.sections ?? [])
    .filter((s) => s.score > 0)
    .slice(0, 2)
    .map((s) => ({ label: s.title, href: `#${s.sectionId}`, sectionId: s.sectionId }));
  return { kind: 'refusal', text: REFUSAL_TEXT, closest };
}

/**
 * When the best section matched only through text the tutor never quotes (an example prompt, code), the
 * next section may answer instead if it scored at least this share of the best.
 */
export const FALLBACK_SECTION_SHARE = 0.5;

/** Whether a passage (its label and text) has a term of each side, or a listed synonym of one. */
function namesBoth(p: Passage, [a, b]: [string[], string[]], lexicon: Lexicon): boolean {
  const terms = new Set(lexicon.analyze(`${p.label} ${p.text}`));
  const has = (side: string[]) =>
    side.some((t) => terms.has(t) || lexicon.expansionsFor(t).some((e) => terms.has(e)));
  return has(a) && has(b);
}

/** A figure in an answer sentence: digits, or a number written as a word. */
export const QUANTITY_IN_TEXT =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|twice|half|double|dozen)\b/i;

export function composeAnswer(r: Retrieval): TutorAnswer {
  if (!decide(r).answerable) return refusal(r);
  return composeExtract(r);
}

/**
 * The answer the lesson's sentences give, for a question already judged in scope; a refusal when no
 * sentence answers it (nothing quotable, no figure for a quantity, no passage naming both sides).
 */
export function composeExtract(r: Retrieval): TutorAnswer {
  const top = r.sections[0];
  let picked = pickSentences(r, top?.sectionId);
  const next = r.sections[1];
  if (picked.length === 0 && top && next && next.score >= FALLBACK_SECTION_SHARE * top.score) {
    picked = pickSentences(r, next.sectionId);
  }
  if (picked.length === 0) return refusal(r);
  // A question that asks for a quantity ("how many connections should the pool have?") is answered only
  // by sentences that give one; without, the lesson mentions the topic but does not answer it.
  if (r.quantity && !picked.some((c) => QUANTITY_IN_TEXT.test(c.text))) return refusal(r);
  // A comparison ("callbacks vs promises") is answered only from a passage that names both sides, and
  // not at all when the lesson's words make the two sides one (two names the lesson folds onto one term).
  if (r.comparison && r.comparison[0].join(' ') === r.comparison[1].join(' ')) return refusal(r);
  if (r.comparison && !picked.some((c) => namesBoth(c.passage, r.comparison ?? [[], []], r.lexicon)))
    return refusal(r);
  return {
    kind: 'answer',
    text: picked.map((c) => c.text).join(' '),
    sentences: picked.map((c) => ({ text: c.text, passageId: c.passage.id })),
    citations: uniqueCitations(picked.map((c) => c.passage)),
  };
}
