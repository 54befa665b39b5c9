/**
 * The scope model: whether a question the rules leave open (compose-answer.ts, ruleDecision) is about the
 * lesson, as a logistic regression over a few retrieval signals. The hand-set thresholds it replaces
 * (coverage ≥ 0.6, focus ≥ 0.4 with exceptions) were tuned set by set and lost most of their accuracy on
 * each new blind set; the model weighs the same signals at once and was chosen because, fitted with each
 * question set left out in turn, it made fewer errors on the left-out set than the thresholds did on sets
 * they were tuned on (eval/tutor/fit-scope-model.mjs prints that comparison).
 *
 * The weights (scope-model-weights.json) are fitted to this lesson's labelled question sets by
 * `node eval/tutor/fit-scope-model.mjs`, never at build time. Signals that depend on the index (section
 * scores) are specific to the lesson they were fitted on: another lesson should be refitted.
 */
import type { Retrieval } from './retrieve';
import { isProgrammingTerm } from './scope';
import SCOPE_MODEL from './scope-model-weights.json';

/** A topic word that programming prose seldom uses ("pagination", "N+1") counts this much; others count 1. */
export const DISTINCTIVE_TOPIC_WEIGHT = 2;

/** How much lesson-topic evidence a question carries: its distinct topic words, distinctive ones twice. */
export function topicEvidence(r: Pick<Retrieval, 'topicTerms'>): number {
  return [...new Set(r.topicTerms)].reduce(
    (acc, t) => acc + (isProgrammingTerm(t) ? 1 : DISTINCTIVE_TOPIC_WEIGHT),
    0,
  );
}

/** The signals, in the order of SCOPE_MODEL's arrays. */
export const FEATURE_NAMES = [
  'coverage',
  'focus',
  'topicEvidence',
  'programmingUnknown',
  'logContentWords',
  'unknownWords',
  'everydayUnknownWords',
  'logTopScore',
  'logTopRatio',
  'pastedCode',
  'numbers',
] as const;

/** A question's signals (see FEATURE_NAMES), capped where a long tail would only add noise. */
export function scopeFeatures(r: Retrieval): number[] {
  const s0 = r.sections[0]?.score ?? 0;
  const s1 = r.sections[1]?.score ?? 0;
  return [
    r.coverage,
    r.focus,
    Math.min(6, topicEvidence(r)),
    r.programmingUnknown,
    Math.log1p(r.contentTerms.length),
    Math.min(4, r.unknown.length),
    Math.min(4, r.everydayUnknown),
    Math.log1p(s0),
    Math.log((s0 + 1) / (s1 + 1)),
    r.pastedCode ? 1 : 0,
    r.numbers.length,
  ];
}

/** Probability (0..1) that the lesson covers the question, by the fitted model. */
export function scopeProbability(r: Retrieval, model = SCOPE_MODEL): number {
  const x = scopeFeatures(r);
  let z = model.bias;
  for (let i = 0; i < x.length; i++) {
    z += ((model.weights[i] ?? 0) * ((x[i] ?? 0) - (model.mean[i] ?? 0))) / (model.sd[i] ?? 1);
  }
  return 1 / (1 + Math.exp(-z));
}

/** Answer when the probability reaches this (fit-scope-model.mjs reports the trade-off around it). */
export const SCOPE_THRESHOLD = 0.45;
