import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { expect, test } from '@playwright/test';
import { labs } from '../lessons/performance-bugs-in-ai-generated-code/labs/index';
import { openWithCode, runToEnd, serveRuntime, trackErrors } from './fixtures/runner-page';

const SLUG = 'performance-bugs-in-ai-generated-code';

// A report: one hot line (an includes() inside a filter) among decoys that look slow but are not.
const SNIPPET = `export function makeInput(n: number) {
  const ids = Array.from({ length: n }, (_, i) => (i * 7919) % (n * 2));
  return { ids, banned: ids.filter((_, i) => i % 3 === 0) };
}

export function solve(input: { ids: number[]; banned: number[] }) {
  const rows = input.ids.map((id) => ({ id, label: 'user-' + id }));
  const kept = rows.filter((r) => !input.banned.includes(r.id));
  const text = kept.map((r) => r.label).join(',');
  return { count: kept.length, size: text.length };
}
`;
const HOT_LINE = 8;

const profileButton = (page: import('@playwright/test').Page) =>
  page.getByRole('button', { name: /^Profile/ });

test.describe('profile, then fix', () => {
  test.setTimeout(120_000);

  test('profiles the playground snippet: hot line first and marked, prompt quotes it, download is valid', async ({
    page,
  }) => {
    const errors = trackErrors(page);
    await openWithCode(page, SNIPPET);
    expect(await runToEnd(page, 60_000)).toBe('done');
    await profileButton(page).click();
    const first = page.getByTestId('hot-spot').first();
    await expect(first).toHaveAttribute('data-line', String(HOT_LINE), { timeout: 60_000 });
    await expect(first).toContainText('includes');
    await expect(page.locator('.hp-heat').first()).toBeVisible();
    const prompt = page.getByTestId('profile-prompt');
    await expect(prompt).toContainText('input.banned.includes(r.id)');
    await expect(prompt).toContainText('solve');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download profile' }).click(),
    ]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const schema = JSON.parse(
      readFileSync('node_modules/speedscope/dist/release/file-format-schema.json', 'utf8'),
    );
    const ajv = new Ajv({ strict: false });
    expect(ajv.validate(schema, file), JSON.stringify(ajv.errors)).toBe(true);

    await page.getByRole('button', { name: 'Show flame graph' }).click();
    const flame = page.frameLocator('[data-testid="flame-graph"]');
    await expect(flame.locator('body')).toContainText('solve', { timeout: 20_000 });
    expect(errors).toEqual([]);
  });

  test('a runaway under the profiler is stopped, and the next profile works', async ({ page }) => {
    const endless = `export function makeInput(n: number) { return n; }
export function solve(n: number) {
  let x = 0;
  for (;;) x += n;
}
`;
    await openWithCode(page, endless);
    await profileButton(page).click();
    const status = page.getByTestId('profile-status');
    await expect(status).toContainText('stopped', { timeout: 30_000 });
  });
});

test.describe('every lab profiles', () => {
  test.setTimeout(240_000);

  test('each starter: hot lines marked, the hottest first in the list, the prompt quoting it', async ({
    page,
  }) => {
    const errors = trackErrors(page);
    // Python-only labs load Pyodide: python-labs.spec.ts runs them.
    for (const lab of labs.filter((l) => !l.pythonOnly)) {
      await serveRuntime(page);
      await page.goto(`/lessons/${SLUG}/labs/${lab.id}`);
      await page.locator('[data-editor-ready="true"]').first().waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: /^Profile/ }).click();
      const first = page.getByTestId('hot-spot').first();
      await expect(first, lab.id).toBeVisible({ timeout: 90_000 });
      const line = Number(await first.getAttribute('data-line'));
      const code = (lab.starter.split('\n')[line - 1] ?? '').trim();
      expect(code.length, `${lab.id}: line ${line} has code`).toBeGreaterThan(0);
      // The list links to the line: the editor scrolls there, and the line carries its heat mark.
      await first.getByRole('button', { name: `Line ${line}` }).click();
      await expect(page.locator('.hp-heat').first()).toBeVisible();
      await expect(page.getByTestId('profile-prompt'), lab.id).toContainText(code.slice(0, 40));
    }
    expect(errors).toEqual([]);
  });
});
