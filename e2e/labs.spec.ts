// Labs as a learner meets them: open one, run the starter (it fails, with the reason shown), then open the
// reference solution through a share link and run it (it passes); and for every lab, one plausible half-fix
// (the first in the lab's fixes.ts) gets "Not yet" with the item and reason the lab names.
import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import LZString from 'lz-string';
import { labs } from '../lessons/performance-bugs-in-ai-generated-code/labs/index';
import { labFolderNames } from '../lessons/performance-bugs-in-ai-generated-code/labs/lab-folders.test-helpers';
import type { Lab, LabFixes } from '../lib/labs/types';
import { runToEnd, serveRuntime, trackErrors } from './fixtures/runner-page';

const SLUG = 'performance-bugs-in-ai-generated-code';
const labUrl = (id: string) => `/lessons/${SLUG}/labs/${id}`;
const withCode = (lab: Lab, code: string) =>
  `${labUrl(lab.id)}#code=${LZString.compressToEncodedURIComponent(code)}`;

/** Each folder's fixes (Playwright loads test files as CommonJS, so they are required, not awaited). */
const FIXES: { lab: Lab; fixes: LabFixes }[] = labFolderNames()
  // Python-only labs have no fixes.ts (their e2e is python-labs.spec.ts).
  .filter((folder) => existsSync(`lessons/${SLUG}/labs/${folder}/fixes.ts`))
  .map((folder) => ({
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    lab: (require(`../lessons/${SLUG}/labs/${folder}/lab`) as { lab: Lab }).lab,
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    fixes: require(`../lessons/${SLUG}/labs/${folder}/fixes`) as LabFixes,
  }));

async function openLab(page: Page, url: string) {
  await serveRuntime(page);
  await page.goto(url);
}

const checklistText = (page: Page) =>
  page
    .locator('[data-check]')
    .allInnerTexts()
    .then((t) => t.join('\n'));

// The full starter-then-solution journey in the browser for two labs (one on SQLite, one awaited call by
// call); every lab's starter failing and solution passing is also tested through the same worker path in
// Node (lessons/…/labs/labs.test.ts), and every lab gets its half-fix journey below.
const JOURNEY_LABS = new Set(['n-plus-one', 'blocking-in-async']);

for (const lab of labs.filter((l) => JOURNEY_LABS.has(l.id))) {
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
      const item = page.locator(`[data-check="${lab.tests.starterFails}"]`);
      await expect(item).toHaveAttribute('data-pass', 'false');
      await expect(item).toContainText(new RegExp(lab.tests.starterReason));

      await page.goto('about:blank');
      await openLab(page, withCode(lab, lab.solution));
      await expect(page.getByTestId('share-status')).toContainText('restored from the link');
      await expect(result).toContainText('Not yet');
      await runToEnd(page, 120_000);
      await expect(result, await checklistText(page)).toContainText('Passed');
      expect(errors).toEqual([]);
    });
  });
}

for (const { lab, fixes } of FIXES) {
  const fix = fixes.halfFixes[0]!;
  test(`lab ${lab.id}: a half-fix (${fix.name}) gets Not yet, and says why`, async ({ page }) => {
    test.setTimeout(150_000);
    await openLab(page, withCode(lab, fix.source));
    await expect(page.getByTestId('share-status')).toContainText('restored from the link');
    await runToEnd(page, 120_000);
    const result = page.getByTestId('lab-result');
    await expect(result, await checklistText(page)).toContainText('Not yet');
    const item = page.locator(`[data-check="${fix.fails}"]`);
    await expect(item).toHaveAttribute('data-pass', 'false');
    await expect(item).toContainText(new RegExp(fix.reason!));
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

test('the lesson links every pattern row and practising section to its lab, in lab order', async ({
  page,
}) => {
  await page.goto(`/lessons/${SLUG}`);
  const table = page.getByRole('region', { name: /six performance bugs/i });
  await expect(table.getByRole('link', { name: 'Open the lab' })).toHaveCount(6);
  const hrefs = await page
    .locator(`article a[href^="/lessons/${SLUG}/labs/"]`)
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const firstSeen = [...new Set(hrefs)];
  expect(firstSeen).toEqual(labs.map((l) => labUrl(l.id)));
  await table.getByRole('link', { name: 'Open the lab' }).first().click();
  await expect(page).toHaveURL(new RegExp(`/labs/${labs[0]!.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(labs[0]!.title);
});

test('"next lab" walks through every lab in order', async ({ page }) => {
  await page.goto(labUrl(labs[0]!.id));
  for (const next of labs.slice(1)) {
    await page.getByRole('navigation', { name: 'Other labs' }).getByRole('link', { name: /→$/ }).click();
    await expect(page).toHaveURL(new RegExp(`/labs/${next.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(next.title);
  }
  await expect(
    page.getByRole('navigation', { name: 'Other labs' }).getByRole('link', { name: /→$/ }),
  ).toHaveCount(0);
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
