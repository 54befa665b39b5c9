import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchPage } from './helpers';
import { answer, answerAll, card, finish, questionOf, QUIZ_URL, shownIds } from './quiz-helpers';

test('a full quiz: wrong and right answers, rationale, review, practise the missed, retake reshuffled', async ({
  page,
}) => {
  const watch = watchPage(page);
  await page.goto(QUIZ_URL);
  await expect(page.getByTestId('quiz-question')).toHaveCount(15);
  await expect(page.getByText('No attempts yet')).toBeVisible();
  const firstOrder = await shownIds(page);

  // A wrong single-choice answer shows that choice's own rationale and a link to its section.
  const single = firstOrder.map(questionOf).find((q) => q.kind === 'single');
  if (single?.kind !== 'single') throw new Error('no single-choice question');
  const wrongChoice = single.choices.find((c) => c.id !== single.correct)!;
  await answer(page, single.id, false);
  const feedback = card(page, single.id).getByTestId('quiz-feedback');
  await expect(feedback).toContainText('Not quite');
  await expect(feedback).toContainText(wrongChoice.why);
  await expect(feedback.getByRole('link', { name: /Reread/ })).toHaveAttribute(
    'href',
    new RegExp(`#${single.sectionId}$`),
  );
  await expect(feedback.getByRole('heading', { name: /Not quite/ })).toBeFocused();

  // Unreadable number input gets a message and is not scored.
  const numberQ = firstOrder.map(questionOf).find((q) => q.kind === 'number')!;
  await card(page, numberQ.id)
    .getByLabel(/Your answer/)
    .fill('lots');
  await card(page, numberQ.id)
    .getByRole('button', { name: /Check answer/ })
    .click();
  await expect(card(page, numberQ.id).getByRole('alert')).toContainText('not a number');
  await expect(card(page, numberQ.id).getByTestId('quiz-feedback')).toHaveCount(0);

  // Three more wrong (one of each other kind where possible), the rest right: 11 / 15, below the pass mark.
  const kinds = ['multi', 'spot-line', 'order'];
  const moreWrong = kinds.map((k) => firstOrder.find((id) => questionOf(id).kind === k)!);
  for (const id of firstOrder) if (id !== single.id) await answer(page, id, !moreWrong.includes(id));
  await finish(page);
  await expect(page.getByTestId('quiz-score')).toHaveText('11 / 15');
  await expect(page.getByTestId('quiz-verdict')).toContainText('Not passed yet: the pass mark is 12 of 15');
  await expect(page.getByTestId('quiz-review-item')).toHaveCount(15);
  await expect(page.locator('[data-testid="quiz-review-item"][data-correct="false"]')).toHaveCount(4);
  await expect(page.getByTestId('quiz-best')).toContainText('11 / 15');

  // Practise the four missed: a round of just those.
  await page.getByRole('button', { name: 'Practise the 4 I missed' }).click();
  await expect(page.getByTestId('quiz-question')).toHaveCount(4);
  expect(new Set(await shownIds(page))).toEqual(new Set([single.id, ...moreWrong]));
  await answerAll(page);
  await finish(page);
  await expect(page.getByTestId('quiz-score')).toHaveText('4 / 4');
  await expect(page.getByTestId('quiz-best')).toContainText('11 / 15'); // practice does not change the best

  // Retake: all 15 again, reshuffled, all right.
  await page.getByRole('button', { name: /Retake the quiz/ }).click();
  await expect(page.getByTestId('quiz-question')).toHaveCount(15);
  const secondOrder = await shownIds(page);
  expect(secondOrder).not.toEqual(firstOrder);
  expect([...secondOrder].sort()).toEqual([...firstOrder].sort());
  await answerAll(page);
  await finish(page);
  await expect(page.getByTestId('quiz-score')).toHaveText('15 / 15');
  await expect(page.getByTestId('quiz-verdict')).toContainText('Passed');
  await expect(page.getByTestId('quiz-best')).toContainText('15 / 15 · 2 attempts');

  // The score survives a reload.
  await page.reload();
  await expect(page.getByTestId('quiz-best')).toContainText('15 / 15 · 2 attempts · 1 practice round');
  watch.expectClean();
});

test('a question can be answered with the keyboard alone', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(QUIZ_URL);
  const id = (await shownIds(page))[0]!;
  const q = questionOf(id);
  const c = card(page, id);
  await expect(c.locator('fieldset legend')).toContainText('Question 1 of 15');
  // Tab into the first control of the first question.
  await c.locator('input, button').first().focus();
  if (q.kind === 'single' || q.kind === 'multi' || q.kind === 'spot-line') await page.keyboard.press('Space');
  else if (q.kind === 'number') await page.keyboard.type('1');
  await c.getByRole('button', { name: /Check answer/ }).focus();
  await page.keyboard.press('Enter');
  await expect(c.getByTestId('quiz-feedback').getByRole('heading')).toBeFocused();
  watch.expectClean();
});

test('finishing with questions unanswered counts them as missed', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(QUIZ_URL);
  await expect(page.getByText('No attempts yet')).toBeVisible();
  await finish(page);
  await expect(page.getByTestId('quiz-score')).toHaveText('0 / 15');
  await expect(page.getByTestId('quiz-verdict')).toContainText('left unanswered counted as missed');
  await expect(page.getByRole('button', { name: 'Practise the 15 I missed' })).toBeVisible();
  watch.expectClean();
});

const DRAFT_KEY = 'hotpath-quiz-attempt:performance-bugs-in-ai-generated-code';

test('an unfinished attempt survives a reload: same order, same answers, then it finishes', async ({
  page,
}) => {
  const watch = watchPage(page);
  await page.goto(QUIZ_URL);
  await expect(page.getByText('No attempts yet')).toBeVisible();
  await expect(page.getByTestId('quiz-resume')).toHaveCount(0);
  const order = await shownIds(page);

  // Two checked (one right, one wrong) and a third chosen but not checked yet.
  await answer(page, order[0]!, true);
  await answer(page, order[1]!, false);
  const pending = order.slice(2).find((id) => questionOf(id).kind === 'single')!;
  const pendingQ = questionOf(pending);
  if (pendingQ.kind !== 'single') throw new Error('no single-choice question');
  await card(page, pending).locator(`input[value="${pendingQ.correct}"]`).check();
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', DRAFT_KEY)).toContain(pending);

  await page.reload();
  await expect(page.getByTestId('quiz-resume')).toContainText('Resuming your attempt — 3 of 15 answered');
  expect(await shownIds(page)).toEqual(order);
  await expect(card(page, order[0]!).getByTestId('quiz-feedback')).toContainText('Correct');
  await expect(card(page, order[1]!).getByTestId('quiz-feedback')).toContainText('Not quite');
  await expect(card(page, pending).locator(`input[value="${pendingQ.correct}"]`)).toBeChecked();
  await expect(card(page, pending).getByTestId('quiz-feedback')).toHaveCount(0);
  await expect(page.getByText('2 of 15 checked.')).toBeVisible();

  // "Go to question N" lands on the question left half done.
  const position = order.indexOf(pending) + 1;
  await page.getByRole('button', { name: `Go to question ${position}` }).click();
  await expect(card(page, pending).locator(':focus')).toHaveCount(1);

  for (const id of order.slice(2)) await answer(page, id, true);
  await finish(page);
  await expect(page.getByTestId('quiz-score')).toHaveText('14 / 15');
  expect(await page.evaluate((k) => localStorage.getItem(k), DRAFT_KEY)).toBeNull();

  // Finished: a reload starts clean, with the score kept.
  await page.reload();
  await expect(page.getByTestId('quiz-best')).toContainText('14 / 15');
  await expect(page.getByTestId('quiz-resume')).toHaveCount(0);
  await expect(page.getByTestId('quiz-feedback')).toHaveCount(0);
  watch.expectClean();
});

test('"Start over" drops the saved attempt; a corrupted one is ignored without errors', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(QUIZ_URL);
  await expect(page.getByText('No attempts yet')).toBeVisible();
  const order = await shownIds(page);
  await answer(page, order[0]!, true);
  await expect
    .poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', DRAFT_KEY))
    .toContain(order[0]!);
  await page.reload();
  await expect(page.getByTestId('quiz-resume')).toContainText('1 of 15 answered');
  expect(await seriousAxe(page)).toEqual([]);
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByTestId('quiz-resume')).toHaveCount(0);
  await expect(page.getByTestId('quiz-feedback')).toHaveCount(0);
  await expect(page.getByText('0 of 15 checked.')).toBeVisible();
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), DRAFT_KEY)).toBeNull();
  await page.reload();
  await expect(page.getByText('No attempts yet')).toBeVisible();
  await expect(page.getByTestId('quiz-resume')).toHaveCount(0);

  for (const junk of [
    '{"v":1,"slug":',
    '{"v":1,"slug":"performance-bugs-in-ai-generated-code","answers":7}',
  ]) {
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [DRAFT_KEY, junk]);
    await page.reload();
    await expect(page.getByText('No attempts yet')).toBeVisible();
    await expect(page.getByTestId('quiz-question')).toHaveCount(15);
    await expect(page.getByTestId('quiz-resume')).toHaveCount(0);
    expect(await page.evaluate((k) => localStorage.getItem(k), DRAFT_KEY)).toBeNull();
  }
  watch.expectClean();
});

async function seriousAxe(page: import('@playwright/test').Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('quiz and progress pages pass axe, in light and dark, with feedback and results shown', async ({
  page,
}) => {
  const watch = watchPage(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(QUIZ_URL);
    await expect(page.getByText(/No attempts yet|Best score:/).first()).toBeVisible();
    const ids = await shownIds(page);
    await answer(page, ids[0]!, false);
    await answer(page, ids[1]!, true);
    expect(await seriousAxe(page)).toEqual([]);
    await finish(page);
    expect(await seriousAxe(page)).toEqual([]);
    await page.goto('/progress');
    await expect(page.getByTestId('progress-quiz-best')).toBeVisible();
    expect(await seriousAxe(page)).toEqual([]);
  }
  watch.expectClean();
});

test('usable at 360 px: quiz (with feedback and results) and progress pages do not overflow sideways', async ({
  page,
}) => {
  const watch = watchPage(page);
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.goto(QUIZ_URL);
  await expect(page.getByText(/No attempts yet|Best score:/).first()).toBeVisible();
  for (const id of (await shownIds(page)).slice(0, 5)) await answer(page, id, false);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await finish(page);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.goto('/progress');
  await expect(page.getByTestId('progress-quiz-best')).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  watch.expectClean();
});
