import { test, expect } from '@playwright/test';
import { watchPage } from './helpers';

const LESSON = '/lessons/performance-bugs-in-ai-generated-code';
const KEY = 'hotpath:code-lang';

/** Every two-language example on the page, and how many of each form are on screen. */
async function shown(page: import('@playwright/test').Page) {
  const tabs = page.locator('.code-tabs');
  return {
    tabs: await tabs.count(),
    js: await tabs.locator('.code-block[data-variant="js"]:visible').count(),
    python: await tabs.locator('.code-block[data-variant="python"]:visible').count(),
  };
}

test('JavaScript by default; choosing Python switches every example, keeps the control in place, and is remembered', async ({
  page,
}) => {
  const watch = watchPage(page);
  await page.goto(`${LESSON}#six-patterns`);
  const first = await shown(page);
  expect(first.tabs).toBeGreaterThanOrEqual(8);
  expect(first).toEqual({ tabs: first.tabs, js: first.tabs, python: 0 });

  // A labelled radio group per example; pick Python in one deep in the page.
  const groups = page.getByRole('group', { name: 'Language of the code examples' });
  await expect(groups).toHaveCount(first.tabs);
  const group = groups.nth(4);
  await group.scrollIntoViewIfNeeded();
  const python = group.getByRole('radio', { name: 'Python' });
  const before = (await group.boundingBox())!.y;
  await python.check();
  await expect(page.locator('html')).toHaveAttribute('data-code-lang', 'python');
  expect(await shown(page)).toEqual({ tabs: first.tabs, js: 0, python: first.tabs });
  // Examples above changed height; the control the learner used did not move.
  expect(Math.abs((await group.boundingBox())!.y - before)).toBeLessThanOrEqual(2);
  // Every group shows the same choice.
  for (const g of await groups.all()) await expect(g.getByRole('radio', { name: 'Python' })).toBeChecked();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe('python');

  // After a reload the choice is applied before paint: no shift, no hydration complaint.
  await page.addInitScript(() => {
    (window as unknown as { __shifts: number }).__shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) (window as unknown as { __shifts: number }).__shifts += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-code-lang', 'python');
  expect(await shown(page)).toEqual({ tabs: first.tabs, js: 0, python: first.tabs });
  await expect(groups.first().getByRole('radio', { name: 'Python' })).toBeChecked();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __shifts: number }).__shifts)).toBeLessThan(0.01);
  watch.expectClean();
});

test('the switch works from the keyboard', async ({ page }) => {
  await page.goto(`${LESSON}#six-patterns`);
  const group = page.getByRole('group', { name: 'Language of the code examples' }).first();
  const js = group.getByRole('radio', { name: /JavaScript|TypeScript/ });
  await expect(js).toBeChecked();
  await js.focus();
  await page.keyboard.press('ArrowRight');
  await expect(group.getByRole('radio', { name: 'Python' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-code-lang', 'python');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('html')).toHaveAttribute('data-code-lang', 'js');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('both forms of every example show, each labelled, and no dead control', async ({ page }) => {
    await page.goto(LESSON);
    const tabs = await page.locator('.code-tabs').count();
    expect(await shown(page)).toEqual({ tabs, js: tabs, python: tabs });
    await expect(page.locator('.lang-toggle:visible')).toHaveCount(0);
    await expect(page.locator('.code-variant-label:visible')).toHaveCount(tabs * 2);
  });
});
