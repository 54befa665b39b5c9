// Part of `npm run bench` (needs the production build): the profiler as a learner meets it. Every labelled
// snippet of eval/profile/snippets.ts is opened in the real app (/playground#code=…, headless Chromium),
// run, then profiled at the size the Profile button offers; the bench reads the first hot spot on screen
// (data-testid="hot-spot", data-line) and times from the Profile click to the hot lines being drawn.
// Reports, for the 24 snippets the profiler was developed against and the 8 held out, the share of runs
// whose first hot spot is the known line (goal ≥ 95%), the share whose top three contain it (goal 100%),
// and the click-to-hot-lines time (goal ≤ 2 s). `node scripts/bench/profile-app.mjs [--reps 2] [id ...]`
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import lz from 'lz-string';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';
import { importTs } from '../build-tutor-index.mjs';
import { startServer } from '../lib/serve.mjs';

const argv = process.argv.slice(2);
const repsAt = argv.indexOf('--reps');
const reps = repsAt >= 0 ? Number(argv[repsAt + 1]) : 2;
const only = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--reps');
const { profileSnippets } = await importTs(
  `export { profileSnippets } from '@/eval/profile/snippets';`,
  'pa',
);
const snippets = profileSnippets.filter((s) => only.length === 0 || only.includes(s.id));
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};
const ended = () =>
  /^(done|stopped|error)$/.test(
    document.querySelector('[data-testid="run-status"]')?.getAttribute('data-phase') ?? '',
  );
const profiled = (run) => {
  const p = document.querySelector('[data-testid="profile-panel"]');
  return p?.getAttribute('data-phase') === 'done' && Number(p.getAttribute('data-runs')) === run;
};

const server = await startServer(3196);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const tally = { dev: { runs: 0, first: 0, top3: 0 }, held: { runs: 0, first: 0, top3: 0 } };
const times = [];
console.log(
  `Chromium, ${new Date().toISOString()}, load average before: ${loadavg()}; ${reps} profiles per snippet.`,
);
console.log(
  '| Snippet | Set | Known line | n profiled | First hot spot (each profile) | Click → hot lines, ms |',
);
console.log('| --- | --- | ---: | ---: | --- | ---: |');
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  for (const s of snippets) {
    await page.goto('about:blank');
    await page.goto(`${server.base}/playground#code=${lz.compressToEncodedURIComponent(s.source)}`);
    await page.locator('[data-editor-ready="true"]').first().waitFor({ timeout: 60_000 });
    if (s.language === 'js')
      await page.getByRole('combobox', { name: /^Language/ }).selectOption('javascript');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForFunction(ended, null, { timeout: 120_000 });
    const n = await page.getByLabel('Input size to profile at').inputValue();
    const firsts = [];
    const walls = [];
    for (let r = 0; r < reps; r++) {
      const t0 = Date.now();
      await page.getByRole('button', { name: /^Profile/ }).click();
      await page.waitForFunction(profiled, r + 1, { timeout: 120_000 });
      await page.locator('.hp-heat').first().waitFor({ timeout: 10_000 });
      walls.push(Date.now() - t0);
      const lines = await page
        .getByTestId('hot-spot')
        .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-line'))));
      firsts.push(lines[0] ?? '—');
      const b = s.heldOut ? tally.held : tally.dev;
      b.runs++;
      if (lines[0] === s.hotLine) b.first++;
      if (lines.slice(0, 3).includes(s.hotLine)) b.top3++;
    }
    times.push(...walls);
    console.log(
      `| ${s.id} | ${s.heldOut ? 'held out' : 'dev'} | ${s.hotLine} | ${Number(n).toLocaleString('en-US')} | ` +
        `${firsts.join(' ')} | ${walls.join(', ')} |`,
    );
  }
} finally {
  await browser.close();
  server.stop();
}
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');
for (const [name, b] of [
  ['Developed against', tally.dev],
  ['Held out', tally.held],
]) {
  if (b.runs) {
    console.log(
      `${name}: ${b.runs} profiles; first hot spot is the known line in ${pct(b.first, b.runs)} (goal ≥ 95%); ` +
        `top three contain it in ${pct(b.top3, b.runs)} (goal 100%).`,
    );
  }
}
console.log(
  `Click → hot lines on screen: median ${median(times).toFixed(0)} ms, max ${Math.max(...times)} ms ` +
    `(goal ≤ 2,000 ms); load average after: ${loadavg()}.`,
);
