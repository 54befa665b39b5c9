// A learner who used the first quiz comes back after the update: scores stay, the practice offer names only
// questions still asked, and the unfinished round resumes with the answers that still fit.
import { test, expect } from '@playwright/test';
import { watchPage } from './helpers';
import { card, KEY, QUIZ_URL, shownIds } from './quiz-helpers';
import {
  V1_FULL_DRAFT,
  V1_PROGRESS,
} from '../lessons/performance-bugs-in-ai-generated-code/quiz-v1-saved.test-data';

const DRAFT_KEY = 'hotpath-quiz-attempt:performance-bugs-in-ai-generated-code';

test('progress and an unfinished round saved by the first quiz come back after the quiz changed', async ({
  page,
}) => {
  const watch = watchPage(page);
  await page.goto('/progress');
  await page.evaluate(
    ([k, v, dk, dv]) => {
      localStorage.setItem(k, v);
      localStorage.setItem(dk, dv);
    },
    [KEY, V1_PROGRESS, DRAFT_KEY, V1_FULL_DRAFT] as const,
  );
  await page.goto(QUIZ_URL);

  // Scores kept: best 13 of 15, two full attempts and one practice round, the last full 13 / 15.
  await expect(page.getByTestId('quiz-best')).toContainText('13 / 15 · 2 attempts · 1 practice round');
  // The last full attempt missed two questions; one was retired, so one is offered.
  await expect(page.getByRole('button', { name: 'Practise the 1 missed last time' })).toBeVisible();

  // The unfinished round: six answers still fit, four were set aside, and the learner is told.
  const resume = page.getByTestId('quiz-resume');
  await expect(resume).toContainText('Resuming your attempt — 6 of 15 answered');
  await expect(resume).toContainText('4 answers to questions it no longer asks in that form were set aside');
  await expect(card(page, 'quadratic-prediction').getByTestId('quiz-feedback')).toContainText('Correct');
  await expect(card(page, 'count-n-plus-one').getByTestId('quiz-feedback')).toContainText('Not quite');
  await expect(card(page, 'why-tests-stay-green').getByTestId('quiz-feedback')).toHaveCount(0);
  expect(await shownIds(page)).toHaveLength(15);

  // The saved progress no longer names retired questions once the quiz page has seen it.
  await expect
    .poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', KEY))
    .not.toContain('signals-in-a-prompt');
  const stored = await page.evaluate((k) => localStorage.getItem(k) ?? '', KEY);
  expect(stored).toContain('"best":13');
  watch.expectClean();
});
