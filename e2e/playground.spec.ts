import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openWithCode, runButton, runToEnd, serveRuntime, trackErrors } from './fixtures/runner-page';
import { LINEAR, QUADRATIC } from './fixtures/snippets.mjs';

test.describe('playground', () => {
  test('has its title, the contract and an idle status until Run is pressed', async ({ page }) => {
    const errors = trackErrors(page);
    await serveRuntime(page);
    await page.goto('/playground');
    await expect(page).toHaveTitle('Playground — Hotpath');
    await expect(page.getByText('makeInput(n)', { exact: true }).first()).toBeVisible();
    await expect(runButton(page)).toBeEnabled();
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-phase', 'idle');
    expect(errors).toEqual([]);
  });

  test('an O(n) snippet opened from #code= gets O(n), and does not run before Run', async ({ page }) => {
    const errors = trackErrors(page);
    await openWithCode(page, LINEAR);
    await page.waitForTimeout(500);
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-phase', 'idle');
    await expect(page.getByTestId('verdict')).toHaveCount(0);
    expect(await runToEnd(page)).toBe('done');
    const verdict = page.getByTestId('verdict');
    await expect(verdict).toContainText('O(n)');
    await expect(verdict).toContainText('%');
    await expect(page.getByTestId('results-table')).toContainText('1M');
    expect(errors).toEqual([]);
  });

  test('an O(n²) snippet is stopped at the budget and predicted', async ({ page }) => {
    await openWithCode(page, QUADRATIC);
    expect(await runToEnd(page)).toBe('done');
    await expect(page.getByTestId('verdict')).toContainText('O(n²)');
    await expect(page.getByTestId('verdict')).toContainText('(predicted)');
    await expect(page.getByTestId('run-status')).toContainText('larger sizes are predicted');
    await expect(page.locator('tr[data-predicted="true"]').first()).toBeVisible();
  });

  test('a TypeScript syntax error is marked at its line before running', async ({ page }) => {
    const broken = LINEAR.replace('let total = 0;', 'let total: = 0;');
    await openWithCode(page, broken);
    const problems = page.getByTestId('source-problems');
    await expect(problems).toContainText('Line 5');
    await expect(problems.locator('li').first()).toHaveAttribute('data-line', '5');
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-phase', 'idle');
    // The same marker reaches Monaco once it has loaded.
    await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeAttached({ timeout: 20_000 });
    expect(await runToEnd(page)).toBe('error');
    await expect(page.getByTestId('run-error')).toContainText('line 5');
  });

  test('Share writes #code= and the link restores the same code', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await serveRuntime(page);
    await page.goto('/playground');
    await page.getByLabel('Example').selectOption('linear-set');
    await expect(page.getByTestId('share-status')).toContainText('Loaded the example');
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByTestId('share-status')).toContainText(/copied|address bar/);
    expect(page.url()).toMatch(/#code=[A-Za-z0-9+$-]+$/);
    const shared = page.url();
    await page.goto('about:blank');
    await page.goto(shared);
    await expect(page.getByTestId('share-status')).toContainText('restored from the link');
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-phase', 'idle');
    const code = await page.evaluate(() => window.__hotpathEditor?.getValue() ?? '');
    expect(code).toContain('new Set<number>()');
  });

  test('a damaged link says so and leaves the example in place', async ({ page }) => {
    const errors = trackErrors(page);
    await serveRuntime(page);
    await page.goto('/playground#code=%%%not-lz');
    await expect(page.getByTestId('share-status')).toContainText('could not be read');
    await expect(runButton(page)).toBeEnabled();
    expect(errors).toEqual([]);
  });

  test('Ctrl+Enter in the editor runs the code', async ({ page }) => {
    await openWithCode(page, LINEAR);
    await expect(page.locator('[data-editor-ready="true"]')).toBeVisible({ timeout: 20_000 });
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-run', '1');
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-phase', 'done', { timeout: 30_000 });
  });

  test('has no accessibility violations with results on screen', async ({ page }) => {
    await openWithCode(page, LINEAR);
    expect(await runToEnd(page)).toBe('done');
    await expect(page.getByTestId('results-table')).toBeVisible();
    // Monaco's own DOM is third-party; its accessible textarea is labelled by the editor component.
    const results = await new AxeBuilder({ page }).exclude('.monaco-editor').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});
