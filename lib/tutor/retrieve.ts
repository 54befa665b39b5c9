/**
 * Retrieval: question -> normalised terms (+ expansions) -> MiniSearch BM25+ over passages -> passage and
 * section ranking, plus the signals the scope decision needs. The steps live in their own modules:
 * question-analysis.ts (what kind of question), question-terms.ts (its words against the lesson's),
 * ranking.ts (passages and sections), scope-signals.ts (focus and the domains it names).
 */
import type { Lexicon } from './lexicon';
import { asksForDefinition, asksForTakeaway, comparedTerms, QUANTITY_QUESTION } from './question-analysis';
import { idf, questionTerms } from './question-terms';
import { rankPassages, rankSections, type RankedPassage, type RankedSection } from './ranking';
import { domainSignals, focusOf, shareOfQuestion } from './scope-signals';
import type { TutorIndex } from './search-index';
import { tokenize } from './tokenize';

export interface Retrieval {
  /** Normalised content terms of the question (deduplicated, order kept). */
  terms: string[];
  /** Terms that count for coverage (not in the neutral list). */
  contentTerms: string[];
  /** Content terms (as the lesson spells them) that name one of the lesson's topics. */
  topicTerms: string[];
  /** Numbers of the question that the lesson also uses ("100", "10k", "1m"), deduplicated. */
  numbers: string[];
  /**
   * Distinct content words as the learner wrote them (before synonyms are folded): "median" and
   * "average" are one term but two words.
   */
  contentWords: number;

  /**
   * Content terms the lesson never uses (after folding, stemming, a 1-letter typo allowance, splitting
   * run-together words and learner synonyms), plus API names made of everyday words ("useeffect").
   */
  unknown: string[];
  /**
   * How much of the question the lesson knows (0..1): content terms weighted by their rarity in the
   * lesson (IDF). A word the lesson never uses weighs as much as the rarest possible word
   * when programming prose uses it often (another programming topic), less when it does not (scope.ts);
   * a word only lab notes use counts as not known.
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
  /**
   * Focus counted over the words the lesson knows only: the share of them that one place holds. A question
   * whose lesson words all meet in one place has high known focus however many other words it has.
   */
  knownFocus: number;
  /** How many words the lesson never uses are common in programming prose (evidence of another topic). */
  programmingUnknown: number;
  /** How many words the lesson never uses are everyday English (weak evidence of anything). */
  everydayUnknown: number;
  /**
   * Names of other domains (domains.ts: languages, frameworks, tools, fields, career words) that the
   * question uses and the lesson never does.
   */
  otherDomains: string[];
  /** Every name of the taxonomy the question uses, the lesson's own ecosystem included. */
  domainNames: string[];
  /** Roles at work the question names ("manager", "senior"): see domains.ts, ROLES. */
  roles: string[];
  /** Career topics the question names ("interview", "salary"): see domains.ts, CAREER. */
  career: string[];
  /**
   * Normalised terms that belong to a domain name the lesson never uses, foreign or of the lesson's own
   * ecosystem ("memo" in "React.memo", "machine" in "machine learning"): never lesson evidence.
   */
  ownedTerms: string[];
  /** The question asks what something is ("what's N+1?", "define streaming"): lead with a definition. */
  definitional: boolean;
  /** The question asks for the lesson's takeaway; the closing section leads (asksForTakeaway). */
  takeaway: boolean;
  /** The question holds pasted code (CODE_LIKE in question-analysis.ts). */
  pastedCode: boolean;
  /**
   * The question asks for a quantity ("how many queries…", "what value should I set…"): only a sentence
   * that gives a figure answers it (compose-answer.ts).
   */
  quantity: boolean;
  /**
   * The two things a question compares ("the difference between X and Y", "X vs Y", "X or Y, which…"),
   * as normalised content terms; null when it compares nothing. Only a passage that names both answers it.
   */
  comparison: [string[], string[]] | null;
  /** How the lesson reads words: the answer composer reads passages the same way. */
  lexicon: Lexicon;
}

export function retrieve(index: TutorIndex, asked: string, limit = 12): Retrieval {
  // Cut once: everything below reads this (at most 500 characters), with ambiguous words read in context.
  const question = index.lexicon.readSenses(asked.slice(0, 500));
  // Tokenised and normalised once; the steps below read these.
  const tokens = tokenize(question).map((word) => [word, index.lexicon.normalizeTerm(word)] as const);
  const words = questionTerms(index, question, tokens);
  const { known, total, units, weights } = words;
  const passages = rankPassages(index, weights, tokens);
  const share = shareOfQuestion(units, total);
  const sections = rankSections(index, passages, share);
  const focus = focusOf(passages, share);

  // The lesson's takeaway is its closing section: lead with it when the search found it at all.
  const takeaway = asksForTakeaway(question);
  const closing = index.sections.at(-1)?.id;
  const at = sections.findIndex((x) => x.sectionId === closing);
  if (takeaway && at > 0) sections.unshift(...sections.splice(at, 1));

  return {
    ...domainSignals(index, question),
    knownFocus: known === 0 ? 0 : Math.min(1, (focus * total) / known),
    programmingUnknown: words.programmingUnknown,
    everydayUnknown: words.everydayUnknown,
    definitional: asksForDefinition(question),
    quantity: QUANTITY_QUESTION.test(question),
    comparison: comparedTerms(question, index.lexicon),
    takeaway,
    pastedCode: words.pastedCode,
    focus,
    topicTerms: words.topicTerms,
    numbers: words.numbers,
    contentWords: words.contentWords,
    terms: words.terms,
    contentTerms: words.contentTerms,
    unknown: words.unknown,
    coverage: total === 0 ? 0 : known / total,
    weights,
    idf: new Map([...weights.keys()].map((t) => [t, idf(index, t)])),
    passages: passages.slice(0, limit),
    sections,
    lexicon: index.lexicon,
  };
}
