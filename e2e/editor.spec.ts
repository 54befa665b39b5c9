// The lazy code editor on /playground: placeholder first, then Monaco; typing, markers, Ctrl+Enter,
// theme, keyboard exit, and the plain-text fallback when Monaco cannot load.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Route } from '@playwright/test';

/** Console errors and uncaught page errors, to assert there were none. */
function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Monaco's chunks are recognisable by content (names are hashed): they mention MonacoEnvironment. */
async function holdMonaco(page: Page, mode: 'hold' | 'fail') {
  let release = () => {};
  const gate = new Promise<void>((r) => (release = r));
  await page.route('**/_next/static/chunks/**', async (route: Route) => {
    const res = await route.fetch();
    const body = await res.body();
    if (body.includes('MonacoEnvironment')) {
      if (mode === 'fail') return route.abort('failed');
      await gate;
    }
    return route.fulfill({ response: res, body });
  });
  return release;
}

test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

const editorGroup = (page: Page) => page.getByRole('group', { name: 'Snippet to measure' });
const editorBox = (page: Page) => editorGroup(page).locator('> div').first();

async function waitForEditor(page: Page) {
  await expect(editorGroup(page)).toHaveAttribute('data-editor-ready', 'true');
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
}

async function setCode(page: Page, code: string) {
  await page.waitForFunction(() => typeof window.__hotpathEditor?.setValue === 'function');
  await page.evaluate((c) => window.__hotpathEditor!.setValue(c), code);
}

test.describe('code editor', () => {
  test('shows the code in a same-size placeholder, then becomes Monaco without shifting the page', async ({
    page,
  }) => {
    const errors = trackErrors(page);
    const release = await holdMonaco(page, 'hold');
    await page.goto('/playground');
    const placeholder = page.getByTestId('editor-placeholder');
    await expect(placeholder).toContainText('export function makeInput');
    await expect(placeholder).toContainText('export function solve');
    await expect(editorGroup(page)).not.toHaveAttribute('data-editor-ready', 'true');
    const boxBefore = await editorBox(page).boundingBox();
    const runBefore = await page.getByRole('button', { name: 'Run', exact: true }).boundingBox();

    release();
    await waitForEditor(page);
    await expect(placeholder).toHaveCount(0);
    const boxAfter = await editorBox(page).boundingBox();
    const runAfter = await page.getByRole('button', { name: 'Run', exact: true }).boundingBox();
    expect(boxAfter).toEqual(boxBefore);
    expect(runAfter?.y).toBe(runBefore?.y);
    // Monaco shows the same code.
    await expect(page.locator('.monaco-editor .view-lines')).toContainText('export function makeInput');
    expect(errors).toEqual([]);
  });

  test('typing edits the code', async ({ page }) => {
    const errors = trackErrors(page);
    await page.goto('/playground');
    await waitForEditor(page);
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('const answer = 42;');
    await expect(page.locator('.monaco-editor .view-lines')).toContainText('const answer = 42;');
    expect(await page.evaluate(() => window.__hotpathEditor?.getValue())).toBe('const answer = 42;');
    expect(errors).toEqual([]);
  });

  test('a syntax error is underlined on its line', async ({ page }) => {
    await page.goto('/playground');
    await waitForEditor(page);
    await setCode(page, 'const a = 1;\nconst b = 2;\nconst c = ;\nconst d = 4;\n');
    const squiggle = page.locator('.monaco-editor .squiggly-error').first();
    await expect(squiggle).toBeVisible();
    const line3 = page.locator('.monaco-editor .view-line', { hasText: 'const c = ;' });
    const [s, l] = await Promise.all([squiggle.boundingBox(), line3.boundingBox()]);
    expect(s && l).toBeTruthy();
    // The squiggle sits within line 3's band (line height 21 px).
    expect(Math.abs(s!.y + s!.height / 2 - (l!.y + l!.height / 2))).toBeLessThan(l!.height / 2);
  });

  test('Ctrl/Cmd+Enter in the editor starts a run', async ({ page }) => {
    await page.goto('/playground');
    await waitForEditor(page);
    const status = page.getByTestId('run-status');
    const before = Number(await status.getAttribute('data-run'));
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(status).toHaveAttribute('data-run', String(before + 1));
  });

  test('follows the app theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/playground');
    await waitForEditor(page);
    const editor = page.locator('.monaco-editor').first();
    await expect(editor).toHaveClass(/\bvs\b/);
    await page.getByRole('button', { name: /dark theme/i }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(editor).toHaveClass(/\bvs-dark\b/);
    // The editor background is the app's dark --code-bg.
    const [bg, codeBg] = await page.evaluate(() => {
      const el = document.querySelector('.monaco-editor .monaco-editor-background');
      const probe = document.createElement('div');
      probe.style.background = 'var(--code-bg)';
      document.body.append(probe);
      const want = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return [el ? getComputedStyle(el).backgroundColor : '', want];
    });
    expect(bg).toBe(codeBg);
    await page.getByRole('button', { name: /light theme/i }).click();
    await expect(editor).toHaveClass(/\bvs\b/);
  });

  test('Esc then Tab moves focus out of the editor', async ({ page }) => {
    await page.goto('/playground');
    await waitForEditor(page);
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const inEditor = await page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'));
    expect(inEditor).toBe(false);
  });

  test('falls back to a labelled text box when Monaco cannot load', async ({ page }) => {
    await holdMonaco(page, 'fail');
    await page.goto('/playground');
    const box = page.getByRole('textbox', { name: 'Snippet to measure' });
    await expect(box).toBeVisible();
    await expect(page.getByText('The code editor could not load')).toBeVisible();
    await box.fill('const fallback = true;');
    expect(await page.evaluate(() => window.__hotpathEditor?.getValue())).toBe('const fallback = true;');
  });

  test('has no axe violations as a placeholder and as Monaco in either theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const release = await holdMonaco(page, 'hold');
    await page.goto('/playground');
    await expect(page.getByTestId('editor-placeholder')).toBeVisible();
    const early = await new AxeBuilder({ page }).include('[data-editor-state]').analyze();
    expect(
      early.violations.map((v) => `placeholder: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`),
    ).toEqual([]);
    release();
    await waitForEditor(page);
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      await expect(page.locator('.monaco-editor').first()).toHaveClass(
        theme === 'dark' ? /\bvs-dark\b/ : /\bvs\b/,
      );
      const result = await new AxeBuilder({ page }).include('[data-editor-state]').analyze();
      expect(
        result.violations.map((v) => `${theme}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`),
      ).toEqual([]);
    }
  });

  test('the chart appears after a run and keeps its element while points arrive', async ({ page }) => {
    await page.goto('/playground');
    await waitForEditor(page);
    await setCode(
      page,
      'export function makeInput(n: number) {\n  return Array.from({ length: n }, (_, i) => i);\n}\n' +
        'export function solve(xs: number[]) {\n  let s = 0;\n  for (const x of xs) s += x;\n  return s;\n}\n',
    );
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const chart = page.getByRole('img', { name: /log–log chart/i });
    await expect(chart).toBeVisible();
    await expect(chart.locator('canvas')).toHaveCount(1, { timeout: 30_000 });
    // Tag the uPlot root; if the chart were re-created for each new size, the tag would disappear.
    await chart.locator('.uplot').evaluate((el) => el.setAttribute('data-first', 'yes'));
    const status = page.getByTestId('run-status');
    await expect(status).toHaveAttribute('data-phase', /^(done|stopped)$/, { timeout: 30_000 });
    await expect(chart.locator('.uplot[data-first="yes"]')).toHaveCount(1);
    const box = await chart.boundingBox();
    expect(box?.height).toBe(302);
  });
});

// What the editor and the chart cost to download, read from the build that is being tested: Turbopack
// writes each `import()` as a list of chunk files; we find the lists that hold our lazy modules (by strings
// that survive minification) and gzip every file at level 9, like the first-load budget. Printed so that
// BENCHMARKS.md ("Editor and chart downloads") can be reproduced with `-g downloads`.
test.describe('editor and chart downloads', () => {
  const dir = path.join(process.env.NEXT_DIST_DIR ?? '.next', 'static/chunks');
  const gz = (f: string) => gzipSync(readFileSync(path.join(dir, f)), { level: 9 }).length;
  const raw = (f: string) => readFileSync(path.join(dir, f)).length;
  const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;

  function lazyLists() {
    const files = readdirSync(dir).filter((f) => /\.(js|css)$/.test(f));
    const text = new Map(files.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
    const lists: string[][] = [];
    for (const t of text.values()) {
      for (const m of t.matchAll(/Promise\.all\(\[((?:"static\/chunks\/[^"]+",?)+)\]/g)) {
        lists.push([...m[1]!.matchAll(/static\/chunks\/([^"]+)/g)].map((x) => x[1]!));
      }
    }
    const find = (needle: string) => lists.find((l) => l.some((c) => text.get(c)?.includes(needle))) ?? [];
    return { text, lists, find };
  }

  test('downloads: Monaco and uPlot stay out of first-load JS and within budget', async ({ page }) => {
    const { text, lists, find } = lazyLists();
    const editor = find('hotpath.run');
    const chart = find('input size n');
    expect(editor.length, 'chunk list of the lazy editor').toBeGreaterThan(0);
    expect(chart.length, 'chunk list of the lazy chart').toBeGreaterThan(0);
    const tokenizers = [
      ...new Set(
        lists
          .filter((l) => l.every((c) => /tokenPostfix/.test(text.get(c) ?? '')))
          .flat()
          .filter((c) => editor.some((e) => text.get(e)?.includes(c))),
      ),
    ];
    const sum = (fs: string[], f: (x: string) => number) => fs.reduce((a, x) => a + f(x), 0);
    const report = [
      `Monaco on first editor mount: ${editor.length} files, ${kib(sum(editor, raw))} raw, ${kib(sum(editor, gz))} gzip`,
      `JS/TS tokenizers: ${tokenizers.length} files, ${kib(sum(tokenizers, gz))} gzip`,
      `Chart (uPlot + module): ${chart.length} files, ${kib(sum(chart, raw))} raw, ${kib(sum(chart, gz))} gzip`,
    ];
    console.log(report.join('\n'));
    expect(sum(editor, gz)).toBeLessThanOrEqual(900 * 1024);
    expect(sum(chart, gz)).toBeLessThanOrEqual(32 * 1024);

    // First-load scripts of /playground contain neither, and no Monaco language-service worker starts.
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    const response = await page.goto('/playground');
    const html = (await response?.text()) ?? '';
    const firstLoad = [...html.matchAll(/<script[^>]*\ssrc="\/_next\/static\/chunks\/([^"]+)"/g)].map(
      (m) => m[1]!,
    );
    expect(firstLoad.length).toBeGreaterThan(0);
    for (const f of firstLoad) expect(editor.concat(chart), `${f} is first-load`).not.toContain(f);
    await waitForEditor(page);
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.type('// typing');
    await expect(page.locator('.monaco-editor .view-lines')).toContainText('// typing');
    expect(workers.filter((u) => /ts\.worker|typescript/i.test(u))).toEqual([]);
  });
});
