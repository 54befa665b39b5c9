// Part of `npm run bench`: main-thread long tasks (> 50 ms) on the real app pages while code runs.
// Opens /playground and a lab in headless Chromium, waits until the editor is live (loading Monaco is not
// "while code runs"), then observes `longtask` entries from the click on Run until the run ends.
import { chromium } from '@playwright/test';
import lz from 'lz-string';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';
import { LINEAR, QUADRATIC } from '../../e2e/fixtures/snippets.mjs';
import { startServer } from '../lib/serve.mjs';

const cases = [
  ['playground O(n)', '/playground#code=' + lz.compressToEncodedURIComponent(LINEAR)],
  ['playground O(n²)', '/playground#code=' + lz.compressToEncodedURIComponent(QUADRATIC)],
  ['lab n-plus-one (3 series)', '/lessons/performance-bugs-in-ai-generated-code/labs/n-plus-one'],
  ['lab quadratic-lookup (3 series)', '/lessons/performance-bugs-in-ai-generated-code/labs/quadratic-lookup'],
];
const REPEATS = 3;

const server = await startServer(3197);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  console.log('page'.padEnd(34), 'runs', ' long tasks', ' longest ms', '  total ms');
  for (const [name, path] of cases) {
    const durations = [];
    for (let r = 0; r < REPEATS; r++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(server.base + path);
      await page.locator('[data-editor-ready="true"]').first().waitFor({ timeout: 60_000 });
      await page.waitForTimeout(1000); // let post-load work settle
      await page.evaluate(() => {
        window.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longTasks.push(e.duration);
        }).observe({ type: 'longtask' });
      });
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await page.waitForFunction(
        () => {
          const s = document.querySelector('[data-testid="run-status"]');
          const phase = s?.getAttribute('data-phase');
          return phase && phase !== 'running' && phase !== 'idle';
        },
        null,
        { timeout: 120_000 },
      );
      await page.waitForTimeout(300);
      durations.push(...(await page.evaluate(() => window.__longTasks)));
      await page.close();
    }
    const longest = durations.length ? Math.max(...durations) : 0;
    const total = durations.reduce((a, b) => a + b, 0);
    console.log(
      name.padEnd(34),
      String(REPEATS).padStart(4),
      String(durations.length).padStart(11),
      longest.toFixed(0).padStart(11),
      total.toFixed(0).padStart(10),
    );
  }
  console.log(
    'method: PerformanceObserver longtask from the click on Run to the end of the run, editor already live',
  );
} finally {
  await browser.close();
  server.stop();
}
