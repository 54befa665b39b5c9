import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchPage } from './helpers';
import { ROUTES } from './routes';

const LESSON = '/lessons/performance-bugs-in-ai-generated-code';
const routes = ['/', LESSON];

for (const route of ROUTES) {
  test(`${route}: no serious axe violations, no console errors, nothing off the machine`, async ({
    page,
  }) => {
    // axe walks every element, hidden ones included: the lesson page (each two-language example carries
    // both forms) takes it about 17 s on an idle two-core machine, so leave room for a busy one.
    test.setTimeout(150_000);
    const watch = watchPage(page);
    await page.goto(route);
    await expect(page.locator('h1')).toHaveCount(1);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    watch.expectClean();
  });
}

test('dark mode passes axe too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(LESSON);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => v.id)).toEqual([]);
});

test('security and isolation headers are set', async ({ page }) => {
  const res = await page.goto(LESSON);
  const h = res!.headers();
  expect(h['cross-origin-opener-policy']).toBe('same-origin');
  expect(h['cross-origin-embedder-policy']).toBe('require-corp');
  expect(h['content-security-policy']).toContain("default-src 'self'");
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBeTruthy();
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
});

test('the lesson keeps its place and shows every part', async ({ page }) => {
  await page.goto(LESSON);
  await expect(page.getByText('Lesson 334 of 2,116')).toBeVisible();
  for (const name of ['Lesson map', 'Key terms', 'Related lessons']) {
    await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'What this lesson covers' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Learning path' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Concept cluster' })).toBeVisible();
  // six-pattern table
  const table = page.locator('table.pattern-table');
  await expect(table.locator('tbody tr')).toHaveCount(6);
  // the N+1 arithmetic
  await expect(page.locator('#n-plus-one')).toContainText('10,001');
  // headings are ordered: no level skipped
  const levels = await page.$$eval('main h1, main h2, main h3, main h4', (hs) =>
    hs.map((h) => Number(h.tagName[1])),
  );
  for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
});

test('learning path moves link to their sections', async ({ page }) => {
  await page.goto(LESSON);
  const links = page.locator('.learning-path a');
  await expect(links).toHaveCount(4);
  await links.nth(2).click();
  await expect(page).toHaveURL(/#n-plus-one$/);
  await expect(page.locator('#n-plus-one')).toBeInViewport();
});

test('a key term shows its definition on focus and on tap, and Escape hides it', async ({ page }) => {
  await page.goto(LESSON);
  const term = page.locator('.concept-cluster .term-button').first();
  await term.focus();
  const tipId = await term.getAttribute('aria-describedby');
  const tip = page.locator(`[id="${tipId}"]`);
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await term.click();
  await expect(tip).toBeVisible();
});

test('copy button copies a code example', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(LESSON);
  const block = page.locator('#prompts .code-block').first();
  await block.getByRole('button', { name: /copy/i }).click();
  await expect(block.getByRole('button', { name: /copied/i })).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text.length).toBeGreaterThan(20);
});

test('theme toggle switches and is remembered across reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('usable at 360 px: nothing overflows the page horizontally', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const route of routes) {
    await page.goto(route);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, route).toBeLessThanOrEqual(0);
  }
});

test('skip link moves focus to the main content', async ({ page }) => {
  await page.goto(LESSON);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
