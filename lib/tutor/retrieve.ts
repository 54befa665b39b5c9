/**
 * Retrieval: question -> normalised terms (+ expansions) -> MiniSearch BM25+ over passages ->
 * passage ranking and section ranking, plus the signals the refusal decision needs (coverage).
 */
import type { TutorIndex } from './search-index';
import { bigramKey, FIELD_BOOST, KIND_WEIGHT } from './search-index';
import type { Passage } from './types';
import { EVERYDAY_SOURCE } from './everyday-words';
import { stem } from './stem';
import { tokenize } from './tokenize';
import { careerMentions, domainMentions, roleMentions } from './domains';
import { foreignWeight, isProgrammingTerm } from './scope';
import {
  analyze,
  baseForms,
  expansionsFor,
  NEUTRAL,
  NEUTRAL_SURFACE,
  normalizeTerm,
  phraseExpansions,
} from './vocabulary';

/** Weight of an expansion term relative to the learner's own word. */
export const EXPANSION_WEIGHT = 0.35;
/** Section score = best passage + these shares of the next ones (rewards sections that agree). */
export const SECTION_TAIL = [1, 0.35, 0.15];

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
  /** The question holds pasted code (CODE_LIKE). */
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
}

/**
 * Pasted code: backticks, an arrow, braces or semicolons, a method call ("db.query(", ".filter()"), or
 * a SQL SELECT.
 * Identifiers in it are the learner's names for things, as the labs' code uses them.
 */
export const CODE_LIKE = /`|=>|[{};]|(?:\w|^|\s)\.\w+\(|\bSELECT\s+(?:\*|\w+\s*,|\w+\s+FROM)/;

/** The text inside backticks (inline `code` and ``` fences) of a question, joined by spaces. */
export function quotedCode(question: string): string {
  return [...question.matchAll(/```[^\n]*\n?([\s\S]*?)(?:```|$)|`([^`\n]+)`/g)]
    .map((m) => m[1] ?? m[2] ?? '')
    .join(' ');
}

/**
 * Names in code pasted without backticks: the parts of dotted names ("r.country"), string literals
 * ('DE') and SQL table names ("FROM events"). Only read when the question looks like code (CODE_LIKE).
 */
export function inlineCodeNames(question: string): string {
  const dotted = [...question.matchAll(/\b[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+/g)].map((m) => m[0]);
  const literals = [...question.matchAll(/(['"])([^'"\n]{1,40})\1/g)].map((m) => m[2] ?? '');
  const tables = [...question.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE)\s+([A-Za-z_]\w*)/g)].map(
    (m) => m[1] ?? '',
  );
  return [...dotted, ...literals, ...tables].join(' ');
}

/** How many top passages are checked for focus. */
const FOCUS_DEPTH = 6;
/** How many passages of one section may share the question between them for focus. */
export const FOCUS_PASSAGES_PER_SECTION = 2;

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
  index: Pick<TutorIndex, 'vocab' | 'hasPair'>,
): [string, string] | null {
  if (raw.length < 6 || /\d/.test(raw)) return null;
  for (let i = 3; i <= raw.length - 3; i++) {
    const a = normalizeTerm(raw.slice(0, i));
    const b = normalizeTerm(raw.slice(i));
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
export function opaqueIdentifiers(question: string, index: Pick<TutorIndex, 'hasPair'>): string[] {
  const out: string[] = [];
  for (const [name] of question.matchAll(IDENTIFIER)) {
    const whole = normalizeTerm(name.toLowerCase());
    // "JavaScript" is one everyday word, not an API.
    if (whole === null || NEUTRAL.has(whole)) continue;
    const parts = tokenize(name).flatMap((w) => normalizeTerm(w) ?? []);
    if (!parts.every((t) => NEUTRAL.has(t))) continue;
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
  index: Pick<TutorIndex, 'vocab' | 'hasPair'>,
): { compounds: string[]; words: Set<string> } {
  const q = question.slice(0, 500);
  const compounds: string[] = [];
  const words = new Set<string>();
  const knownOrNamed = (term: string | null): boolean =>
    term === null || NEUTRAL.has(term) || index.vocab.has(term) || expansionsFor(term).length > 0;
  for (const m of q.matchAll(COMPOUND)) {
    const name = m[1] ?? '';
    const lower = name.toLowerCase();
    if (knownOrNamed(normalizeTerm(lower.replace(/^-+/, '')))) continue;
    const parts = tokenize(name).flatMap((w) => normalizeTerm(w) ?? []);
    if (parts.length < 2 || parts.every((t) => NEUTRAL.has(t))) continue; // opaqueIdentifiers has those
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
export function joinedName(raw: string, index: Pick<TutorIndex, 'vocab'>): [string, string] | null {
  const lower = raw.toLowerCase();
  // An everyday word is not a name, however it splits ("message", "keyboard").
  if (lower.length < 8 || !/^[a-z]+$/.test(lower) || isEveryday(lower)) return null;
  const own = normalizeTerm(lower);
  if (own === null || index.vocab.has(own)) return null;
  const word = (w: string) => {
    const t = normalizeTerm(w);
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
/** Whether a learner word (or the base form its ending suggests) is everyday English. */
export function isEveryday(word: string): boolean {
  everydayCache ??= new Set(EVERYDAY_SOURCE.split(' '));
  const set = everydayCache;
  return baseForms(word.toLowerCase()).some((w) => set.has(w));
}

/** Section score grows by this share times how much of the question its title and summaries name. */
export const SUMMARY_BONUS = 1;

/** Extra share of a passage's score for each adjacent pair of question terms it also has side by side. */
export const PHRASE_BONUS = 0.25;
const MAX_PHRASES = 2;
/** How many of the best hits are read for phrase pairs. */
const PHRASE_DEPTH = 30;

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
/**
 * A question that asks for the lesson's message as a whole — its takeaway, key message, main idea or gist
 * ("the one-sentence takeaway of this lesson for my closing slide"). Its answer is the lesson's closing
 * section, where a lesson states what to keep, not the section its other words happen to match.
 */
const TAKEAWAY =
  /\b(?:take-?aways?|(?:key|core|main|central|big|overall|one)\s+(?:message|idea|point)s?|gist|bottom\s+line|tl\s*;?\s*dr)\b/i;
const WHOLE = /\b(?:lesson|course|chapter|module)\b/i;
export const asksForTakeaway = (question: string): boolean => TAKEAWAY.test(question) && WHOLE.test(question);
/** "How many…", "how much…", "what value…" near the start of a question: it asks for a figure. */
export const QUANTITY_QUESTION =
  /^\s*(?:\S+\s+){0,3}?(?:how\s+(?:many|much|big|large|long|often)|what\s+(?:value|size|number|limit))\b/i;

const NAME = String.raw`[\w.+#-]+`;
/** "difference between X and Y", "X vs Y" / "X versus Y", and "X or Y" in a question that asks which. */
const COMPARISONS: ReadonlyArray<RegExp> = [
  new RegExp(
    String.raw`\bdifference\s+between\s+(?:an?\s+|the\s+)?(${NAME})\s+and\s+(?:an?\s+|the\s+)?(${NAME})`,
    'i',
  ),
  new RegExp(String.raw`((?:${NAME}\s+)?${NAME})\s+(?:vs\.?|versus)\s+(${NAME}(?:\s+${NAME})?)`, 'i'),
];
const OR_PAIR = new RegExp(String.raw`((?:${NAME}\s+)?${NAME})\s+or\s+(${NAME}(?:\s+${NAME})?)`, 'i');
const ASKS_WHICH = /\b(?:which|better|faster|prefer|choose|pick)\b/i;

/** The content terms of the two sides a question compares, or null (see Retrieval.comparison). */
export function comparedTerms(question: string): [string[], string[]] | null {
  const patterns = ASKS_WHICH.test(question) ? [...COMPARISONS, OR_PAIR] : COMPARISONS;
  for (const re of patterns) {
    const m = question.match(re);
    if (!m) continue;
    const side = (s: string | undefined) => analyze(s ?? '').filter((t) => !NEUTRAL.has(t));
    const a = side(m[1]);
    const b = side(m[2]);
    if (a.length > 0 && b.length > 0) return [a, b];
  }
  return null;
}

/**
 * AI coding tools whose names are also words this lesson uses in another sense ("Cursor", the editor, and
 * a pagination cursor). In a question that talks about AI tools and not about paging or queries, the
 * name is the tool: it is read as "Copilot", which the word lists fold onto AI.
 */
const TOOL_NAMES_WITH_LESSON_SENSE = /\bcursor\b/i;
const AI_TOOL_CONTEXT =
  /\b(?:copilot|chatgpt|gpt|claude|gemini|ai|llm|assistant|told|asked|prompt(?:ed)?|seats?|subscription|editor|ide)\b/i;
const PAGING_CONTEXT =
  /\b(?:page|pages|paging|paginat\w*|offset|keyset|limit|rows?|quer(?:y|ies)|sql|database|db|fetch\w*|scroll\w*|next)\b/i;

/** The question with ambiguous tool names read as tools where the context says so. */
export function readToolNames(question: string): string {
  if (!TOOL_NAMES_WITH_LESSON_SENSE.test(question)) return question;
  if (!AI_TOOL_CONTEXT.test(question) || PAGING_CONTEXT.test(question)) return question;
  return question.replace(new RegExp(TOOL_NAMES_WITH_LESSON_SENSE.source, 'gi'), 'Copilot');
}

export function retrieve(index: TutorIndex, asked: string, limit = 12): Retrieval {
  // Cut once: everything below reads this (at most 500 characters).
  const question = readToolNames(asked.slice(0, 500));
  // Tokenised and normalised once; the loops below read these.
  const tokens = tokenize(question).map((word) => [word, normalizeTerm(word)] as const);
  const seen = new Set<string>();
  const raw: [string, string][] = [];
  for (const [word, t] of tokens) {
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

  /** Each known content word with the terms that stand for it in a passage, for focus. */
  const units: { terms: string[]; w: number }[] = [];
  for (const [word, t] of raw) {
    const resolved = resolveTerm(word, t, index);
    const parts = resolved ? null : splitCompound(word, index);
    // Numbers ("5", "10k", "2022") count for ranking but never decide whether a question is in scope.
    const numeric = /^\d/.test(t);
    // A learner word the lesson never uses, whose listed synonyms it does use ("nested", "freezes").
    const synonyms = expansionsFor(t).filter((e) => index.vocab.has(e));
    const neutral =
      NEUTRAL.has(t) ||
      numeric ||
      // A misspelt everyday word ("problm") is still an everyday word.
      (!resolved && !parts && word.length >= 5 && NEUTRAL_SURFACE.some((w) => isLikelyTypo(word, w))) ||
      // A name inside quoted code (`signups`, `optedOut`) is the learner's own, not another topic.
      (!resolved && !parts && synonyms.length === 0 && codeWords.has(word));
    if (resolved && numeric) numbers.push(resolved);
    if (!neutral) contentTerms.push(t);
    if (!neutral && resolved && index.topics.has(resolved)) topicTerms.push(t);
    if (!neutral) {
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
        resolved === OVERVIEW_TERM && word === OVERVIEW_TERM ? 2 : neutral && !numeric ? 0.6 : 1,
      );
    } else if (parts) {
      for (const x of parts) {
        terms.push(x);
        weights.set(x, Math.max(weights.get(x) ?? 0, neutral ? 0.6 : 1));
      }
    } else if (!neutral && synonyms.length === 0) unknown.push(t);
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
  const coverage = total === 0 ? 0 : known / total;
  const contentWords = new Set(tokens.flatMap(([w, t]) => (t && contentTerms.includes(t) ? [stem(w)] : [])))
    .size;

  // Adjacent pairs of the question's terms, in order, repeats kept ("self time vs total time").
  const sequence = tokens.flatMap(([, t]) => (t ? [t] : []));
  const queryPairs = [...new Set(sequence.slice(1).map((b, i) => bigramKey(sequence[i] ?? '', b)))]
    .map((k) => k.split(' ') as [string, string])
    .filter(([a, b]) => a && b && a !== b);

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
  /** Share of the question (known content words, IDF-weighted) among these matched terms. */
  const shareOf = (matched: ReadonlySet<string> | undefined) =>
    total === 0 || !matched
      ? 0
      : units.reduce((acc, u) => acc + (u.terms.some((t) => matched.has(t)) ? u.w : 0), 0) / total;
  const perSection = new Map<string, number[]>();
  for (const r of passages) {
    const list = perSection.get(r.passage.sectionId) ?? [];
    list.push(r.score);
    perSection.set(r.passage.sectionId, list);
  }
  // The section's own description (its title and summaries) naming the question's words is a sign that
  // the question is about that section, not one that mentions them in passing.
  const described = new Map<string, Set<string>>();
  for (const r of passages) {
    if (r.passage.kind !== 'summary') continue;
    const set = described.get(r.passage.sectionId) ?? new Set<string>();
    for (const t of r.matched) set.add(t);
    described.set(r.passage.sectionId, set);
  }
  const titles = new Map(index.sections.map((s) => [s.id, s.title]));
  const sections: RankedSection[] = [...perSection.entries()]
    .map(([sectionId, scores]) => ({
      sectionId,
      title: titles.get(sectionId) ?? sectionId,
      score:
        scores.slice(0, SECTION_TAIL.length).reduce((acc, s, i) => acc + s * (SECTION_TAIL[i] ?? 0), 0) *
        (1 + SUMMARY_BONUS * shareOf(described.get(sectionId))),
    }))
    .sort((a, b) => b.score - a.score);

  // Focus: the share of the question that one place in the lesson holds — a passage, or the two best
  // passages of one section together (a question often spans two neighbouring paragraphs).
  const share = shareOf;
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

  // Other domains the question names that the lesson never does, and the words those names own.
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

  const quantity = QUANTITY_QUESTION.test(question);
  // The lesson's takeaway is its closing section: lead with it when the search found it at all.
  const takeaway = asksForTakeaway(question);
  const closing = index.sections.at(-1)?.id;
  const at = sections.findIndex((x) => x.sectionId === closing);
  if (takeaway && at > 0) sections.unshift(...sections.splice(at, 1));
  const comparison = comparedTerms(question);
  const definitional =
    /^\s*(?:what\s*(?:'s|’s|\s+is|\s+are|\s+does)\b|whats\b|define\b|meaning\s+of\b)/i.test(question);

  return {
    otherDomains: mentions.filter((m) => m.foreign).map((m) => m.name),
    domainNames: mentions.map((m) => m.name),
    roles: roleMentions(question),
    career: careerMentions(question),
    ownedTerms,
    knownFocus: known === 0 ? 0 : Math.min(1, (focus * total) / known),
    programmingUnknown,
    everydayUnknown,
    definitional,
    quantity,
    comparison,
    takeaway,
    pastedCode,
    focus,
    topicTerms,
    numbers,
    contentWords,
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
