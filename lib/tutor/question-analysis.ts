/**
 * Question analysis: what kind of question was asked, read from its wording alone (before any search).
 * Pasted code, questions about the lesson as a whole, takeaways, quantities, comparisons, definitions.
 */
import type { Lexicon } from './lexicon';

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

/** Questions about the lesson as a whole ("what is this lesson about?") search for the overview passage. */
export const META_QUESTION =
  /\b(?:this|the)\s+(?:lesson|page|course|chapter)\b.*\b(?:about|cover|covers|teach|teaches)\b|\bwhat\s+(?:will|do|can|should)\s+i\s+learn\b|\b(?:overview|summary|summarise|summarize|tl;?dr)\b/i;
/** The keyword of the lesson's overview passage (passages.ts). */
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

/** "What's N+1?", "define streaming": the question asks what something is; a definition leads. */
const DEFINITIONAL = /^\s*(?:what\s*(?:'s|’s|\s+is|\s+are|\s+does)\b|whats\b|define\b|meaning\s+of\b)/i;
export const asksForDefinition = (question: string): boolean => DEFINITIONAL.test(question);

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

/**
 * The content terms of the two sides a question compares ("the difference between X and Y", "X vs Y",
 * "X or Y, which…"), or null when it compares nothing. Only a passage that names both sides answers it.
 */
export function comparedTerms(question: string, lexicon: Lexicon): [string[], string[]] | null {
  const patterns = ASKS_WHICH.test(question) ? [...COMPARISONS, OR_PAIR] : COMPARISONS;
  for (const re of patterns) {
    const m = question.match(re);
    if (!m) continue;
    const side = (s: string | undefined) => lexicon.analyze(s ?? '').filter((t) => !lexicon.neutral.has(t));
    const a = side(m[1]);
    const b = side(m[2]);
    if (a.length > 0 && b.length > 0) return [a, b];
  }
  return null;
}
