import type { QuizQuestion } from './types';

/** A small seeded PRNG (mulberry32): same seed, same sequence, on server and client alike. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle into a new array; the input is not changed. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/**
 * The order a learner sees: questions, and within each question the choices (single/multi) or the
 * starting order of steps (order). Code lines are never shuffled. Everything is by id, so answers given
 * under one arrangement score the same under any other.
 */
export interface QuizArrangement {
  seed: number;
  questionIds: string[];
  /** question id → choice or step ids in display order. */
  itemOrder: Record<string, string[]>;
}

function itemIds(q: QuizQuestion): string[] | null {
  if (q.kind === 'single' || q.kind === 'multi') return q.choices.map((c) => c.id);
  if (q.kind === 'order') return q.steps.map((s) => s.id);
  return null;
}

function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Arranges the given questions with a seed. Steps of an order question never start in the solved order
 * (that would give the answer away): if the shuffle lands on it, the list is rotated by one.
 */
export function arrangeQuiz(questions: readonly QuizQuestion[], seed: number): QuizArrangement {
  const random = seededRandom(seed);
  const questionIds = shuffle(
    questions.map((q) => q.id),
    random,
  );
  const itemOrder: Record<string, string[]> = {};
  for (const q of questions) {
    const ids = itemIds(q);
    if (!ids) continue;
    let order = shuffle(ids, random);
    if (q.kind === 'order' && ids.length > 1 && sameOrder(order, ids))
      order = [...order.slice(1), order[0] as string];
    itemOrder[q.id] = order;
  }
  return { seed, questionIds, itemOrder };
}

/** A fresh seed for a retake that differs from the previous one. */
export function nextSeed(previous: number, random: () => number = Math.random): number {
  let seed = Math.floor(random() * 2 ** 31);
  if (seed === previous) seed = (seed + 1) % 2 ** 31;
  return seed;
}
