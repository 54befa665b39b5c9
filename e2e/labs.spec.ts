// Every lab, as a learner meets it: open it, run the starter (it fails, with the reason shown), then open
// the reference solution through a share link and run it (it passes).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import LZString from 'lz-string';
import { labs } from '../lessons/performance-bugs-in-ai-generated-code/labs/index';
import { runToEnd, serveRuntime, trackErrors } from './fixtures/runner-page';

const SLUG = 'performance-bugs-in-ai-generated-code';

/** The checklist item each starter must fail, and words its reason must contain. */
const STARTER_FAILS: Record<string, { check: string; reason: RegExp }> = {
  'n-plus-one': {
    check: 'counter:queries',
    reason: /queries at n = [\d,]+; the budget allows at most 2 queries/,
  },
  'quadratic-lookup': { check: 'class', reason: /O\(n²\) is worse than|Too slow/ },
  'blocking-in-async': { check: 'counter:blockingCalls', reason: /the budget allows at most 0 calls/ },
  'filter-at-source': {
    check: 'counter:rowsFetched',
    reason: /rows at n = [\d,]+; the budget allows at most/,
  },
  pagination: { check: 'check:walk', reason: /the client asked for 50/ },
  'hot-loop-allocation': { check: 'counter:formattersBuilt', reason: /formatters at n = / },
  'unbounded-cache': {
    check: 'counter:retained',
    reason: /entries at n = [\d,]+; the budget allows at most 500/,
  },
  'perf-test-first': { check: 'budget-declared', reason: /No budget yet/ },
};

const labUrl = (id: string) => `/lessons/${SLUG}/labs/${id}`;

async function openLab(page: Page, url: string) {
  await serveRuntime(page);
  await page.goto(url);
}

for (const lab of labs) {
  test.describe(`lab ${lab.id}`, () => {
    test.setTimeout(150_000);

    test('the starter fails with its reason; the solution from a share link passes', async ({ page }) => {
      const errors = trackErrors(page);
      await openLab(page, labUrl(lab.id));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lab.title);
      await expect(page.getByRole('link', { name: /Back to the lesson/ })).toHaveAttribute(
        'href',
        `/lessons/${SLUG}#${lab.sectionId}`,
      );
      const result = page.getByTestId('lab-result');
      await expect(result).toContainText('Not yet');

      await runToEnd(page, 120_000);
      await expect(result).toContainText('Not yet');
      const expected = STARTER_FAILS[lab.id]!;
      const item = page.locator(`[data-check="${expected.check}"]`);
      await expect(item).toHaveAttribute('data-pass', 'false');
      await expect(item).toContainText(expected.reason);

      await page.goto('about:blank');
      await openLab(page, `${labUrl(lab.id)}#code=${LZString.compressToEncodedURIComponent(lab.solution)}`);
      await expect(page.getByTestId('share-status')).toContainText('restored from the link');
      await expect(result).toContainText('Not yet');
      await runToEnd(page, 120_000);
      await expect(
        result,
        await page
          .locator('[data-check]')
          .allInnerTexts()
          .then((t) => t.join('\n')),
      ).toContainText('Passed');
      expect(errors).toEqual([]);
    });
  });
}

test('a lab keeps the learner’s code across a reload, and Reset brings the starter back', async ({
  page,
}) => {
  const lab = labs[1]!;
  await openLab(page, labUrl(lab.id));
  await page.waitForFunction(() => typeof window.__hotpathEditor?.setValue === 'function');
  const mine = `${lab.solution}\n// my version\n`;
  await page.evaluate((s) => window.__hotpathEditor!.setValue(s), mine);
  await page.waitForTimeout(900); // saving is debounced
  await page.reload();
  await expect(page.getByTestId('share-status')).toContainText('saved code');
  expect(await page.evaluate(() => window.__hotpathEditor!.getValue())).toBe(mine);
  await page.getByRole('button', { name: 'Reset to starter' }).click();
  expect(await page.evaluate(() => window.__hotpathEditor!.getValue())).toBe(lab.starter);
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await page.evaluate(() => window.__hotpathEditor!.getValue())).toBe(mine);
});

test('hints come one at a time and the solution shows as a diff', async ({ page }) => {
  const lab = labs[0]!;
  await openLab(page, labUrl(lab.id));
  const hints = page.getByRole('region', { name: 'Hints' });
  await hints.getByRole('button', { name: /Show a hint/ }).click();
  await expect(hints.getByRole('listitem')).toHaveCount(1);
  await hints.getByRole('button', { name: /Show the next hint/ }).click();
  await expect(hints.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Show solution' }).click();
  const diff = page.getByTestId('solution-diff');
  await expect(diff.locator('[data-kind="added"]').first()).toBeVisible();
  await expect(diff.locator('[data-kind="removed"]').first()).toBeVisible();
});

test('the lesson links every pattern row and practising section to its lab', async ({ page }) => {
  await page.goto(`/lessons/${SLUG}`);
  const table = page.getByRole('region', { name: /six performance bugs/i });
  await expect(table.getByRole('link', { name: 'Open the lab' })).toHaveCount(6);
  for (const lab of labs) {
    await expect(page.locator(`a[href="/lessons/${SLUG}/labs/${lab.id}"]`).first()).toBeAttached();
  }
  await table.getByRole('link', { name: 'Open the lab' }).first().click();
  await expect(page).toHaveURL(new RegExp(`/labs/${labs[0]!.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(labs[0]!.title);
});

test('a lab page after a run has no serious or critical accessibility problems', async ({ page }) => {
  await openLab(page, labUrl('filter-at-source'));
  await runToEnd(page, 120_000);
  await page.getByRole('button', { name: /Show a hint/ }).click();
  await page.getByRole('button', { name: 'Show solution' }).click();
  await expect(page.getByTestId('solution-diff')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
