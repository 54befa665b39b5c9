import { expect, test } from '@playwright/test';
import { openWithCode, runButton, runToEnd, runnerStats, setCode, trackErrors } from './fixtures/runner-page';

const BUDGET_S = 1; // the playground's per-size budget (components/runner/run-controller.ts)

const RUNAWAY = `export function makeInput(n: number): number {
  return n;
}
export function solve(n: number): number {
  while (true) {}
}
`;

const LINEAR = `export function makeInput(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i % 7);
}
export function solve(values: number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
`;

const DEEP = `export function makeInput(n: number): number {
  return n;
}
function depth(k: number): number {
  return depth(k + 1) + 1;
}
export function solve(n: number): number {
  return depth(n);
}
`;

const HUGE = `export function makeInput(n: number): number {
  return n;
}
export function solve(n: number): number {
  const big = new Array(1e9).fill(0);
  return big.length + n;
}
`;

const GROWS = `export function makeInput(n: number): number {
  return n;
}
export function solve(n: number): number {
  const keep: number[][] = [];
  for (;;) keep.push(new Array(1e6).fill(n));
}
`;

const THROWS = `export function makeInput(n: number): number {
  return n;
}
export function solve(n: number): number {
  if (n > 500) {
    throw new Error('too big: ' + n);
  }
  return n;
}
`;

test.describe('runner faults', () => {
  test('while(true) is stopped within the budget + 0.5 s, and the next run succeeds', async ({ page }) => {
    const errors = trackErrors(page);
    await openWithCode(page, RUNAWAY);
    const status = page.getByTestId('run-status');
    const started = Date.now();
    expect(await runToEnd(page)).toBe('stopped');
    const wallMs = Date.now() - started;
    await expect(status).toContainText('runaway code');
    const silent = Number(/no progress for ([\d.]+) s/.exec((await status.textContent()) ?? '')?.[1]);
    expect(silent).toBeGreaterThanOrEqual(BUDGET_S);
    expect(silent).toBeLessThanOrEqual(BUDGET_S + 0.5);
    console.log(`runaway: silent ${silent} s before the kill; click to stopped ${wallMs} ms`);
    await expect(runButton(page)).toBeEnabled();
    await setCode(page, LINEAR);
    expect(await runToEnd(page)).toBe('done');
    await expect(page.getByTestId('verdict')).toContainText('O(n)');
    expect(errors).toEqual([]);
  });

  test('20 runaway runs in a row leave one iframe and one worker', async ({ page }) => {
    test.setTimeout(180_000);
    await openWithCode(page, RUNAWAY);
    const status = page.getByTestId('run-status');
    const cancel = page.getByRole('button', { name: 'Cancel' });
    const first = await runnerStats(page);
    for (let i = 0; i < 20; i++) {
      await runButton(page).click();
      await expect(status).toHaveAttribute('data-run', String(i + 1));
      if (i % 10 === 9) {
        // every tenth run is left to the watchdog
        await expect(status).toHaveAttribute('data-phase', 'stopped', { timeout: 10_000 });
        await expect(status).toContainText('no progress');
      } else {
        await expect(status).toHaveAttribute('data-phase', 'running');
        await cancel.click();
        await expect(status).toHaveAttribute('data-phase', 'stopped');
        await expect(status).toContainText('cancelled');
      }
    }
    await expect(page.locator('iframe')).toHaveCount(1);
    await expect
      .poll(async () => (await runnerStats(page)).generation)
      .toBeGreaterThanOrEqual(first.generation + 20);
    const stats = await runnerStats(page);
    expect(stats.iframes).toBe(1);
    await expect.poll(() => page.workers().length, { timeout: 10_000 }).toBeLessThanOrEqual(1);
    console.log(
      `after 20 runaway runs: generation ${stats.generation}, last respawn ${stats.lastRespawnMs} ms`,
    );
    await setCode(page, LINEAR);
    expect(await runToEnd(page)).toBe('done');
  });

  test('deep recursion shows the RangeError at the learner’s line', async ({ page }) => {
    await openWithCode(page, DEEP);
    expect(await runToEnd(page)).toBe('error');
    const error = page.getByTestId('run-error');
    await expect(error).toContainText('RangeError');
    // V8 reports the overflow at the recursive function (line 4) or at its recursive call (line 5)
    await expect(error).toContainText(/line [45]\b/);
    await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeAttached({ timeout: 20_000 });
  });

  test('a thrown error shows with the learner’s line number', async ({ page }) => {
    await openWithCode(page, THROWS);
    expect(await runToEnd(page)).toBe('error');
    const error = page.getByTestId('run-error');
    await expect(error).toContainText('too big');
    await expect(error).toContainText(/line 6\b/);
  });

  test('a huge allocation ends with a clear message and the tab survives', async ({ page }) => {
    test.setTimeout(120_000);
    await openWithCode(page, HUGE);
    const phase = await runToEnd(page, 60_000);
    expect(['error', 'stopped']).toContain(phase);
    const text = (await page.getByTestId('run-status').textContent()) ?? '';
    console.log(`huge allocation: ${text}`);
    expect(text).toMatch(/memory|Invalid array length|allocation|no progress/i);
    expect(await page.evaluate(() => 6 * 7)).toBe(42);
    // Memory that grows by 8 MB a step (gigabytes within the budget) is stopped the same way.
    await setCode(page, GROWS);
    expect(['error', 'stopped']).toContain(await runToEnd(page, 60_000));
    await expect(page.getByTestId('run-status')).toContainText(/memory|allocation|no progress/i);
    expect(await page.evaluate(() => 6 * 7)).toBe(42);
    await setCode(page, LINEAR);
    expect(await runToEnd(page, 30_000)).toBe('done');
    await expect(page.locator('iframe')).toHaveCount(1);
  });

  test('a runtime that cannot load gives a clear error, and Run recovers once it can', async ({ page }) => {
    await page.route('**/runtime/measure-worker.js', (route) => route.fulfill({ status: 503, body: 'down' }));
    await openWithCode(page, LINEAR);
    expect(await runToEnd(page)).toBe('error');
    await expect(page.getByTestId('run-status')).toContainText('could not be loaded (503');
    await expect(page.locator('iframe')).toHaveCount(0);
    await page.unroute('**/runtime/measure-worker.js');
    expect(await runToEnd(page)).toBe('done');
    await expect(page.locator('iframe')).toHaveCount(1);
  });

  test('the watchdog in the sandbox is not held up by a busy page', async ({ page }) => {
    await openWithCode(page, RUNAWAY);
    const status = page.getByTestId('run-status');
    await runButton(page).click();
    await expect(status).toHaveAttribute('data-phase', 'running');
    // Keep the page's main thread busy for 3 s: the page's own timers cannot fire meanwhile.
    await page.evaluate(() => {
      const t = performance.now();
      while (performance.now() - t < 3000) {
        // busy
      }
    });
    await expect(status).toHaveAttribute('data-phase', 'stopped');
    const silent = Number(/no progress for ([\d.]+) s/.exec((await status.textContent()) ?? '')?.[1]);
    expect(silent).toBeLessThanOrEqual(BUDGET_S + 0.5);
  });
});
