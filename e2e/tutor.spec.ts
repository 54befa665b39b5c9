import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { runToEnd, serveRuntime } from './fixtures/runner-page';
import { watchPage } from './helpers';

const LESSON = '/lessons/performance-bugs-in-ai-generated-code';

async function seriousAxeIssuesInTutor(page: Page) {
  const results = await new AxeBuilder({ page }).include('[data-testid="tutor"]').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the tutor loads nothing until it is used', async ({ page }) => {
  const tutorRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/tutor/')) tutorRequests.push(r.url());
  });
  await page.goto(LESSON);
  await expect(page.getByRole('textbox', { name: 'Ask the tutor' })).toBeVisible();
  expect(tutorRequests).toEqual([]);
  await page.getByRole('textbox', { name: 'Ask the tutor' }).focus();
  await expect.poll(() => tutorRequests.length).toBeGreaterThan(0);
});

test('asking gives a cited answer from the lesson, and the citation leads to the section', async ({
  page,
}) => {
  const watch = watchPage(page);
  await page.goto(LESSON);
  const box = page.getByRole('textbox', { name: 'Ask the tutor' });
  await box.fill('why does my ORM send one query per row?');
  await page.getByRole('button', { name: 'Ask', exact: true }).click();

  const answer = page.getByTestId('tutor-answer');
  await expect(answer).toBeVisible();
  await expect(answer.locator('blockquote')).toContainText(/quer/i);
  // The question stays in the box.
  await expect(box).toHaveValue('why does my ORM send one query per row?');
  expect(await seriousAxeIssuesInTutor(page)).toEqual([]);

  const cite = answer.getByRole('link').first();
  const href = await cite.getAttribute('href');
  expect(href).toMatch(/^#(n-plus-one|term-[\w-]+)$/);
  await cite.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(href!)).toBeInViewport();
  watch.expectClean();
});

test('a pattern citation leads to its row in the pattern table', async ({ page }) => {
  await page.goto(LESSON);
  await page.getByRole('textbox', { name: 'Ask the tutor' }).fill('my endpoint returns 50k records at once');
  await page.keyboard.press('Enter');
  const cite = page
    .getByTestId('tutor-answer')
    .getByRole('link', { name: /pagination/i })
    .first();
  const href = await cite.getAttribute('href');
  expect(href).toMatch(/^#pattern-[\w-]+$/);
  await cite.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(href!)).toBeInViewport();
});

test('a suggested question can be asked with the keyboard', async ({ page }) => {
  await page.goto(LESSON);
  const chip = page.getByRole('group', { name: 'Suggested questions' }).getByRole('button').first();
  await chip.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('tutor-answer').getByRole('link').first()).toBeVisible();
});

test('a question the lesson does not cover is refused plainly', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(LESSON);
  await page.getByRole('textbox', { name: 'Ask the tutor' }).fill('How do I set up Kubernetes autoscaling?');
  await page.keyboard.press('Enter');
  const answer = page.getByTestId('tutor-answer');
  await expect(answer).toContainText("The lesson doesn't cover that.");
  await expect(answer.locator('blockquote')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: "doesn't cover" })).toHaveCount(1);
  expect(await seriousAxeIssuesInTutor(page)).toEqual([]);
  watch.expectClean();
});

test('naming another language refuses a generic question, not one about a lesson topic', async ({ page }) => {
  await page.goto(LESSON);
  const box = page.getByRole('textbox', { name: 'Ask the tutor' });
  const answer = page.getByTestId('tutor-answer');
  // Only a generic word ("loop") matches the lesson: the question is about Kotlin.
  await box.fill('how do I write a while loop in Kotlin?');
  await page.keyboard.press('Enter');
  await expect(answer).toContainText("The lesson doesn't cover that.");
  // The same language with a topic of the lesson is answered from that topic.
  await box.fill('my Kotlin endpoint returns every record with no pagination');
  await page.keyboard.press('Enter');
  await expect(answer.getByRole('link', { name: /pagination/i }).first()).toBeVisible();
  await expect(answer).not.toContainText("doesn't cover");
});

test('an empty question gets a clear message, not an answer', async ({ page }) => {
  await page.goto(LESSON);
  await page.getByRole('button', { name: 'Ask', exact: true }).click();
  await expect(page.getByText('Type a question first')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Ask the tutor' })).toBeFocused();
});

test('in a lab, the tutor points from the last run to the section that explains it', async ({ page }) => {
  test.setTimeout(150_000);
  await serveRuntime(page);
  await page.goto(`${LESSON}/labs/n-plus-one`);
  const box = page.getByTestId('tutor');
  // The lab page places the box (components/tutor/lab-tutor.tsx) with its extras after first paint.
  await expect(box).toBeVisible({ timeout: 30_000 });
  await runToEnd(page, 120_000);
  await box.getByRole('button', { name: 'What does my last run show?' }).click();
  const answer = page.getByTestId('tutor-answer');
  await expect(answer).toContainText(/queries for [\d,]+ items/);
  const cite = answer.getByRole('link').first();
  await expect(cite).toHaveAttribute('href', new RegExp(`^${LESSON}#(n-plus-one|term-n-plus-one)$`));
  await cite.click();
  await expect(page).toHaveURL(new RegExp(`${LESSON}#(n-plus-one|term-n-plus-one)$`));
});
