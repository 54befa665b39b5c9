// One lab as a new learner meets it, at 1366×768: the page states the task and the contract but not the
// bug or the fix; a prediction is asked before the first run and set beside the measurement after it; the
// explanation appears only then; the editor, Run and the result share one view; once passed, the learner
// names the pattern, and /progress shows both answers. And at 360 px nothing overflows after a run.
import { expect, test, type Locator, type Page } from '@playwright/test';
import LZString from 'lz-string';
import { labs } from '../lessons/performance-bugs-in-ai-generated-code/labs/index';
import type { ChoicePrediction } from '../lib/labs/types';
import { runButton, runToEnd, serveRuntime, trackErrors } from './fixtures/runner-page';

const SLUG = 'performance-bugs-in-ai-generated-code';
const lab = labs[0]!;
const url = `/lessons/${SLUG}/labs/${lab.id}`;

test.use({ viewport: { width: 1366, height: 768 } });

async function inView(page: Page, what: Locator, name: string) {
  const box = await what.boundingBox();
  const h = page.viewportSize()!.height;
  expect(box, name).not.toBeNull();
  expect(box!.y, `${name} starts inside the view`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${name} ends inside the view`).toBeLessThanOrEqual(h);
}

test('predict, run, read why, fix, name the pattern: nothing gives the fix away first', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = trackErrors(page);
  await serveRuntime(page);
  await page.goto(url);
  const main = page.locator('main');

  // Before any run: the task and the contract, no explanation, no fix.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lab.title);
  await expect(main).toContainText('What your code must do');
  await expect(page.getByTestId('lab-explanation')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Why it is slow' })).toHaveCount(0);
  for (const words of ['JOIN', 'IN (', 'N+1', 'one query per user']) {
    await expect(main, `"${words}" before the first run`).not.toContainText(words);
  }

  // The prediction is asked, and answered.
  const predict = page.getByTestId('lab-prediction');
  const prediction = lab.prediction as ChoicePrediction;
  await expect(predict).toContainText(prediction.question);
  const answer = prediction.options.find((o) => o.id === prediction.answer)!;
  await predict.getByLabel(answer.label).check();
  await predict.getByRole('button', { name: 'Save my prediction' }).click();
  await expect(page.getByTestId('prediction-saved')).toContainText(`You predicted: ${answer.label}`);

  // Run as the page opened, without scrolling: the editor, Run and the result share the view after it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await runToEnd(page, 120_000);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const result = page.getByTestId('lab-result');
  await expect(result).toContainText('Not yet');
  await inView(page, runButton(page), 'Run');
  await inView(page, page.getByRole('textbox', { name: /Your code for the lab/ }).first(), 'the editor');
  await inView(page, result, 'the result');

  // After the run: the prediction beside the measurement, and the explanation.
  const compared = page.getByTestId('prediction-result');
  await expect(compared).toContainText(answer.label);
  await expect(compared).toContainText('101 queries at n = 100');
  await expect(compared).toHaveAttribute('data-matched', 'true');
  await expect(page.getByTestId('lab-explanation')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Why it is slow' })).toBeVisible();

  // Fix it (the reference, through a share link), pass, and name the pattern.
  await page.goto('about:blank');
  await page.goto(`${url}#code=${LZString.compressToEncodedURIComponent(lab.solution)}`);
  await expect(page.getByTestId('share-status')).toContainText('restored from the link');
  await expect(page.getByTestId('prediction-saved')).toContainText(answer.label);
  await runToEnd(page, 120_000);
  await expect(result).toContainText('Passed');
  const name = page.getByTestId('lab-pattern');
  await name.getByLabel('N+1 queries').check();
  await name.getByRole('button', { name: 'Check my answer' }).click();
  await expect(page.getByTestId('pattern-feedback')).toContainText('Yes: N+1 queries.');

  await page.goto('/progress');
  const answers = page.getByTestId(`progress-answers-${lab.id}`);
  await expect(answers).toContainText(`Predicted: “${answer.label}” (the run bore it out).`);
  await expect(answers).toContainText('Pattern named: N+1 queries (right).');
  expect(errors).toEqual([]);
});

test('a skipped prediction is remembered, and the run still shows what it measured', async ({ page }) => {
  test.setTimeout(150_000);
  const other = labs[3]!;
  await serveRuntime(page);
  await page.goto(`/lessons/${SLUG}/labs/${other.id}`);
  await page.getByTestId('lab-prediction').getByRole('button', { name: 'Skip' }).click();
  await expect(page.getByTestId('prediction-saved')).toContainText('You skipped the prediction');
  await page.reload();
  await expect(page.getByTestId('prediction-saved')).toContainText('You skipped the prediction');
  await runToEnd(page, 120_000);
  await expect(page.getByTestId('prediction-result')).toContainText('nothing (skipped)');
  await expect(page.getByTestId('prediction-result')).toContainText('at n = 1,000');
});

test('usable at 360 px after a run: nothing overflows sideways', async ({ page }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await serveRuntime(page);
  await page.goto(url);
  await runToEnd(page, 120_000);
  await expect(page.getByTestId('lab-explanation')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
