// Helpers for the quiz and progress journeys: answer a question the way a learner would (click, type, move).
import { expect, type Locator, type Page } from '@playwright/test';
import { quiz } from '../lessons/performance-bugs-in-ai-generated-code/quiz';
import type { QuizQuestion } from '../lib/quiz/types';

export const QUIZ_URL = '/lessons/performance-bugs-in-ai-generated-code/quiz';
export const LESSON_URL = '/lessons/performance-bugs-in-ai-generated-code';
export const KEY = 'hotpath-progress';

const byId = new Map(quiz.questions.map((q) => [q.id, q]));

export function questionOf(id: string): QuizQuestion {
  const q = byId.get(id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
}

/** Question ids in the order shown on the page. */
export async function shownIds(page: Page): Promise<string[]> {
  return page
    .getByTestId('quiz-question')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id') ?? ''));
}

export function card(page: Page, id: string): Locator {
  return page.locator(`[data-testid="quiz-question"][data-question-id="${id}"]`);
}

async function putInOrder(c: Locator, target: string[], texts: Map<string, string>) {
  for (let i = 0; i < target.length; i++) {
    const current = await c
      .locator('[data-step-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-step-id')));
    let at = current.indexOf(target[i] as string);
    while (at > i) {
      await c.getByRole('button', { name: `Move up: ${texts.get(target[i] as string)}` }).click();
      at--;
    }
  }
}

/** Answers one question rightly or wrongly, then checks it. */
export async function answer(page: Page, id: string, right: boolean): Promise<void> {
  const q = questionOf(id);
  const c = card(page, id);
  switch (q.kind) {
    case 'single': {
      const pick = right ? q.correct : (q.choices.find((x) => x.id !== q.correct)?.id as string);
      await c.locator(`input[value="${pick}"]`).check();
      break;
    }
    case 'multi': {
      const picks = right
        ? q.correct
        : [q.correct[0] as string, q.choices.find((x) => !q.correct.includes(x.id))!.id];
      for (const p of picks) await c.locator(`input[value="${p}"]`).check();
      break;
    }
    case 'spot-line': {
      const line = right ? q.correctLine : q.lines.findIndex((l, i) => l.why && i + 1 !== q.correctLine) + 1;
      await c.locator(`input[value="${line}"]`).check();
      break;
    }
    case 'number':
      await c
        .getByLabel(/Your answer/)
        .fill(right ? q.answer.toLocaleString('en-US') : String(q.commonWrong[0]?.value));
      break;
    case 'order': {
      const ids = q.steps.map((s) => s.id);
      const texts = new Map(q.steps.map((s) => [s.id, s.text]));
      await putInOrder(c, right ? ids : [ids[1] as string, ids[0] as string, ...ids.slice(2)], texts);
      break;
    }
  }
  await c.getByRole('button', { name: /Check answer/ }).click();
  await expect(c.getByTestId('quiz-feedback')).toBeVisible();
}

/** Answers every question shown; the ids in `wrong` are answered wrongly. */
export async function answerAll(page: Page, wrong: ReadonlySet<string> = new Set()): Promise<string[]> {
  const ids = await shownIds(page);
  for (const id of ids) await answer(page, id, !wrong.has(id));
  return ids;
}

export async function finish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'See my score' }).click();
  await expect(page.getByTestId('quiz-score')).toBeVisible();
}
