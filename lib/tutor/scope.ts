/**
 * How strongly a question word the lesson never uses points at another topic. Such words count against
 * coverage (question-terms.ts) by this weight, so the refusal rests on evidence of another topic rather
 * than on a word merely being missing from the tutor's lists:
 * - a word programming prose uses often ("css", "git", "commit", "image") points at another programming
 *   topic: full weight (a little less when it is also everyday English: "image", "information");
 * - any other word (a rarer English word such as "barely" or "teacher", a name, a typo) is weak evidence;
 * - everyday English (words/everyday-words.json) that programming prose seldom uses is weaker still.
 * "Programming prose" is computed, not curated: words/programming-words.json counts terms over package
 * READMEs.
 *
 * The three weights were calibrated on every question set (all seen) together with a robustness check
 * (eval/tutor/perturb.mjs: each in-scope question plus one random English word the lesson and the
 * lists never use); lower weights answer more such questions but refuse fewer out-of-scope ones.
 */
import programmingWords from './words/programming-words.json';

/** A term in at least this share of READMEs is programming vocabulary. */
export const FOREIGN_SHARE = 0.02;
/** Weight of an unknown word that is neither programming vocabulary nor everyday English. */
export const UNUSUAL_WEIGHT = 0.5;
/** Weight of an unknown everyday word that programming prose uses often ("image", "information"). */
export const EVERYDAY_PROGRAMMING_WEIGHT = 0.75;
/** Weight of an unknown everyday word that programming prose seldom uses. */
export const EVERYDAY_WEIGHT = 0.3;

let progDf: Map<string, number> | null = null;

/**
 * In how many programming READMEs (of the `readmes` counted in ./words/programming-words.json) a normalised
 * term occurs (0 when under 2% of them).
 */
export function programmingDf(term: string): number {
  if (!progDf) {
    const map = new Map<string, number>();
    const parts = programmingWords.df.split(' ');
    for (let i = 0; i + 1 < parts.length; i += 2) map.set(parts[i] ?? '', Number(parts[i + 1]));
    progDf = map;
  }
  return progDf.get(term) ?? 0;
}

/** Whether a normalised term is common in programming prose. */
export const isProgrammingTerm = (term: string): boolean =>
  programmingDf(term) >= FOREIGN_SHARE * programmingWords.readmes;

/**
 * Weight (0..1, share of the rarest lesson word's IDF) with which a normalised word the lesson never uses
 * counts against coverage.
 */
export function foreignWeight(term: string, everyday: boolean): number {
  if (isProgrammingTerm(term)) return everyday ? EVERYDAY_PROGRAMMING_WEIGHT : 1;
  return everyday ? EVERYDAY_WEIGHT : UNUSUAL_WEIGHT;
}
