import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { deck } from '../lessons/performance-bugs-in-ai-generated-code/slides';
import { watchPage } from './helpers';

const SLUG = 'performance-bugs-in-ai-generated-code';
const PRESENT = `/lessons/${SLUG}/present`;

test.use({ viewport: { width: 1280, height: 720 } });

async function counter(page: Page): Promise<{ at: number; of: number }> {
  const text = (await page.getByTestId('slide-counter').textContent()) ?? '';
  const m = /(\d+)\s*\/\s*(\d+)/.exec(text);
  if (!m) throw new Error(`no slide counter in "${text}"`);
  return { at: Number(m[1]), of: Number(m[2]) };
}

/** Every element of the slide lies inside the stage, and nothing in the slide body is clipped. */
async function overflowOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const stage = document.querySelector('[data-testid="stage"]');
    const body = document.querySelector('[data-slide-body]');
    if (!stage || !body) return ['no stage'];
    const problems: string[] = [];
    const sr = stage.getBoundingClientRect();
    if (body.scrollHeight > body.clientHeight + 1)
      problems.push(`body scrolls ${body.scrollHeight}>${body.clientHeight}`);
    if (body.scrollWidth > body.clientWidth + 1)
      problems.push(`body too wide ${body.scrollWidth}>${body.clientWidth}`);
    for (const el of Array.from(stage.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < sr.left - 1 || r.top < sr.top - 1 || r.right > sr.right + 1 || r.bottom > sr.bottom + 1) {
        problems.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').slice(0, 40)}" leaves the stage`,
        );
      }
    }
    return problems;
  });
}

test('the whole deck steps by keyboard at 1280×720 without overflowing', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(PRESENT);
  await expect(page.getByTestId('slide-counter')).toHaveText(/^1 \/ \d+$/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Performance Bugs in AI-Generated Code' }),
  ).toBeVisible();
  await expect(page.getByText('Lesson 334 of 2116')).toBeVisible();
  const { of } = await counter(page);
  expect(of).toBeGreaterThan(10);
  const stageBox = await page.getByTestId('stage').boundingBox();

  for (let i = 1; i <= of; i++) {
    await expect(page.getByTestId('slide-counter')).toHaveText(`${i} / ${of}`);
    if (i > 1) await expect(page).toHaveURL(new RegExp(`[?&]s=${i}(&|$)`));
    expect(await overflowOf(page), `slide ${i}`).toEqual([]);
    // A fixed stage: the same box on every slide.
    expect(await page.getByTestId('stage').boundingBox()).toEqual(stageBox);
    if (i < of) await page.keyboard.press(i % 3 === 0 ? 'Space' : i % 3 === 1 ? 'ArrowRight' : 'PageDown');
  }
  // The end stops; Home and End jump; Left and PageUp go back.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide-counter')).toHaveText(`${of} / ${of}`);
  await page.keyboard.press('Home');
  await expect(page.getByTestId('slide-counter')).toHaveText(`1 / ${of}`);
  await page.keyboard.press('End');
  await expect(page.getByTestId('slide-counter')).toHaveText(`${of} / ${of}`);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('slide-counter')).toHaveText(`${of - 2} / ${of}`);
  // The slide title is announced.
  await expect(
    page.locator('[aria-live="polite"]').filter({ hasText: `Slide ${of - 2} of ${of}` }),
  ).toHaveCount(1);
  watch.expectClean();
});

test('a reload or shared link lands on the slide, buttons move, and the way back leads to its section', async ({
  page,
}) => {
  const watch = watchPage(page);
  await page.goto(`${PRESENT}?s=5`);
  const { of } = await counter(page);
  await expect(page.getByTestId('slide-counter')).toHaveText(`5 / ${of}`);
  await page.getByRole('button', { name: 'Next slide' }).click();
  await expect(page.getByTestId('slide-counter')).toHaveText(`6 / ${of}`);
  await page.reload();
  await expect(page.getByTestId('slide-counter')).toHaveText(`6 / ${of}`);
  await page.getByRole('button', { name: 'Previous slide' }).click();
  await expect(page.getByTestId('slide-counter')).toHaveText(`5 / ${of}`);
  const back = page.getByRole('link', { name: 'Back to the lesson' });
  await expect(back).toHaveAttribute('href', `/lessons/${SLUG}#works-on-my-machine`);
  await back.click();
  await expect(page).toHaveURL(new RegExp(`/lessons/${SLUG}#works-on-my-machine$`));
  // And from the lesson page, the Present link opens the deck.
  await page.getByRole('link', { name: /Present this lesson/ }).click();
  await expect(page).toHaveURL(new RegExp(`${PRESENT}`));
  await expect(page.getByTestId('slide-counter')).toHaveText(`1 / ${of}`);
  watch.expectClean();
});

test('the presenter window and the audience window move together', async ({ page, context }) => {
  const watch = watchPage(page);
  await page.goto(`${PRESENT}?s=3`);
  const { of } = await counter(page);
  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Presenter view' }).click(),
  ]);
  const watchP = watchPage(presenter);
  await presenter.waitForLoadState();
  await expect(presenter.getByTestId('presenter-counter')).toHaveText(`3 / ${of}`);
  await expect(presenter.getByTestId('speaker-notes')).not.toBeEmpty();
  await expect(presenter.getByTestId('elapsed')).toHaveText(/^\d\d:\d\d$/);
  await expect(presenter.getByText(/^Next: /)).toBeVisible();

  // The presenter drives.
  await presenter.getByRole('button', { name: 'Next →' }).click();
  await expect(presenter.getByTestId('presenter-counter')).toHaveText(`4 / ${of}`);
  await expect(page.getByTestId('slide-counter')).toHaveText(`4 / ${of}`);
  await presenter.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide-counter')).toHaveText(`5 / ${of}`);

  // The audience drives.
  await page.bringToFront();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('slide-counter')).toHaveText(`3 / ${of}`);
  await expect(presenter.getByTestId('presenter-counter')).toHaveText(`3 / ${of}`);
  await expect(presenter).toHaveURL(/[?&]s=3(&|$)/);

  await presenter.getByRole('button', { name: 'Reset timer' }).click();
  await expect(presenter.getByTestId('elapsed')).toHaveText(/^00:0\d$/);
  watch.expectClean();
  watchP.expectClean();
});

/** Steps to the slide with this id by keyboard, as a presenter would. */
async function stepTo(page: Page, slideId: string): Promise<void> {
  const { of } = await counter(page);
  for (let i = 1; i <= of; i++) {
    if (await page.locator(`[data-slide-id="${slideId}"]`).isVisible()) return;
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('slide-counter')).toHaveText(new RegExp(`^${Math.min(i + 1, of)} /`));
  }
  throw new Error(`no slide ${slideId}`);
}

/**
 * The figure each counted race ends on, on every machine: fixed sizes, seeded inputs, exact counters
 * (the same table as lessons/performance-bugs-in-ai-generated-code/races.test.ts).
 */
const COUNTED: Record<string, { big: string; caption: string }> = {
  'race-n-plus-one': {
    big: '1,001 queries vs 1',
    caption: 'Queries, counted at n = 1,000 users: starter vs fix',
  },
  'race-blocking-in-async': {
    big: '100 calls vs 0',
    caption: 'Blocking calls, counted at n = 100 queued requests: starter vs fix',
  },
  'race-filter-at-source': {
    big: '10,000 rows vs 40',
    caption: 'Rows fetched, counted at n = 10,000 orders in the table: starter vs fix',
  },
  'race-pagination': {
    big: '30,000 rows vs 50',
    caption: 'Rows returned, counted at n = 30,000 products in the catalogue: starter vs fix',
  },
  'race-hot-loop-allocation': {
    big: '1,000 formatters vs 0',
    caption: 'Formatters built per call, counted at n = 1,000 prices: starter vs fix',
  },
  'race-unbounded-cache': {
    big: '20,113 entries vs 500',
    caption: 'Entries retained, counted at n = 100,000 requests served: starter vs fix',
  },
};

test('a race runs starter against fix to the end and shows its exact headline figure', async ({ page }) => {
  test.setTimeout(120_000);
  const watch = watchPage(page);
  await page.goto(PRESENT);
  await stepTo(page, 'race-n-plus-one');
  await expect(page.getByRole('heading', { level: 2, name: 'Race: N+1 vs one query' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Ready\. / })).toHaveText(
    'Ready. Starter vs reference fix on 5 fixed sizes, 10 to 1,000 users, the same inputs for both.',
  );
  const start = page.getByRole('button', { name: 'Start', exact: true });
  await expect(start).toBeEnabled();
  await start.click();
  // The slides stay responsive while the worker measures.
  await expect(page.locator('[data-race-phase]')).toHaveAttribute('data-race-phase', /running|done/, {
    timeout: 30_000,
  });
  await expect(page.locator('[data-race-phase="done"]')).toBeVisible({ timeout: 100_000 });
  // Both series measured every planned size, and the figure is the exact count at the largest one.
  await expect(page.locator('[data-race-phase="done"]')).toHaveAttribute('data-race-complete', 'true');
  const headline = page.getByTestId('race-headline');
  await expect(headline.getByTestId('race-big')).toHaveText('1,001 queries vs 1');
  await expect(headline.locator('p').nth(1)).toHaveText(COUNTED['race-n-plus-one']!.caption);
  await expect(
    headline.getByText(/^Measured here at n = 1,000 users: .+ per call \(medians\)/),
  ).toBeVisible();
  expect(await overflowOf(page)).toEqual([]);

  // Start again, then Stop: the run ends cleanly and the deck still moves.
  await page.getByRole('button', { name: 'Start again' }).click();
  const stop = page.getByRole('button', { name: 'Stop' });
  if (await stop.isEnabled()) await stop.click().catch(() => undefined);
  await expect(page.locator('[data-race-phase]')).toHaveAttribute('data-race-phase', /stopped|done/);
  const at = (await counter(page)).at;
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide-counter')).toHaveText(new RegExp(`^${at + 1} /`));
  watch.expectClean();
});

test('the presenter window starts and stops the race in the audience window and sees its result', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const watch = watchPage(page);
  await page.goto(PRESENT);
  await stepTo(page, 'race-hot-loop-allocation');
  // One slide back: the presenter's "next" preview says what the race will run and show.
  await page.keyboard.press('ArrowLeft');
  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Presenter view' }).click(),
  ]);
  const watchP = watchPage(presenter);
  await presenter.waitForLoadState();
  const next = presenter.getByRole('region', { name: 'Next slide' });
  await expect(next.getByText('Next: Race: a formatter per item vs one formatter')).toBeVisible();
  await expect(next.getByTestId('next-race-preview')).toHaveText(
    'Live race. Starter vs reference fix on 5 fixed sizes, 10 to 1,000 prices, the same inputs for both.' +
      'Big figure: formatters built per call counted at 1,000 prices, starter vs fix (the same on every machine).',
  );

  // The presenter moves on to the race and starts it; the audience window runs it.
  await presenter.getByRole('button', { name: 'Next →' }).click();
  await expect(page.locator('[data-slide-id="race-hot-loop-allocation"]')).toBeVisible();
  const remote = presenter.getByRole('region', { name: 'Race in the audience window' });
  await expect(remote.getByTestId('presenter-race-status')).toHaveText(
    /^Ready\. Starter vs reference fix on 5 fixed sizes/,
  );
  await remote.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.locator('[data-race-phase]')).toHaveAttribute('data-race-phase', /running|done/, {
    timeout: 30_000,
  });
  await expect(remote.getByTestId('presenter-race-status')).toHaveAttribute(
    'data-race-phase',
    /running|done/,
  );
  await expect(page.locator('[data-race-phase="done"]')).toBeVisible({ timeout: 100_000 });
  await expect(page.getByTestId('race-big')).toHaveText('1,000 formatters vs 0');
  // The presenter sees the same result.
  await expect(remote.getByTestId('presenter-race-status')).toHaveText(
    /^Finished in [\d.]+ s: both measured all 5 sizes\.$/,
  );
  await expect(remote.getByTestId('presenter-race-big')).toHaveText('1,000 formatters vs 0');
  await expect(remote.getByText(COUNTED['race-hot-loop-allocation']!.caption)).toBeVisible();

  // Start again from the presenter, then Stop from there too.
  await remote.getByRole('button', { name: 'Start again' }).click();
  await expect(remote.getByTestId('presenter-race-status')).toHaveAttribute(
    'data-race-phase',
    /starting|running|done/,
  );
  const stop = remote.getByRole('button', { name: 'Stop' });
  if (await stop.isEnabled()) await stop.click().catch(() => undefined);
  await expect(page.locator('[data-race-phase]')).toHaveAttribute('data-race-phase', /stopped|done/);
  await expect(remote.getByTestId('presenter-race-status')).toHaveAttribute(
    'data-race-phase',
    /stopped|done/,
  );
  watch.expectClean();
  watchP.expectClean();
});

test('a slide has no serious or critical accessibility violations', async ({ page }) => {
  for (const s of [1, 3, 11]) {
    await page.goto(`${PRESENT}?s=${s}`);
    await expect(page.getByTestId('slide-counter')).toHaveText(new RegExp(`^${s} /`));
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  // The presenter view: an ordinary slide, one before a race (its preview), and a race (its controls).
  for (const s of [2, 10, 11]) {
    await page.goto(`${PRESENT}?view=presenter&s=${s}`);
    await expect(page.getByTestId('presenter-counter')).toHaveText(new RegExp(`^${s} /`));
    if (s === 10) await expect(page.getByTestId('next-race-preview')).toBeVisible();
    if (s === 11)
      await expect(page.getByRole('region', { name: 'Race in the audience window' })).toBeVisible();
    const presenter = await new AxeBuilder({ page }).analyze();
    const badP = presenter.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(badP.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('every race slide ends with its headline figure and nothing overflows', async ({ page }) => {
  test.setTimeout(300_000);
  const watch = watchPage(page);
  await page.goto(PRESENT);
  const { of } = await counter(page);
  let races = 0;
  for (let i = 1; i <= of; i++) {
    await expect(page.getByTestId('slide-counter')).toHaveText(`${i} / ${of}`);
    const start = page.getByRole('button', { name: 'Start', exact: true });
    if (await page.getByRole('heading', { level: 2, name: /^Race:/ }).count()) {
      races++;
      await start.click();
      await expect(page.locator('[data-race-phase="done"]')).toBeVisible({ timeout: 120_000 });
      const id = (await page.locator('[data-slide-id]').getAttribute('data-slide-id')) ?? '';
      const counted = COUNTED[id];
      if (counted) {
        await expect(page.getByTestId('race-big'), id).toHaveText(counted.big);
        await expect(page.getByTestId('race-headline').locator('p').nth(1), id).toHaveText(counted.caption);
      } else {
        // Growth races: the two measured classes (each may be "inconclusive" on a noisy machine), and the
        // prediction at the race's own size.
        await expect(page.getByTestId('race-big'), id).toHaveText(
          /^(Inconclusive|(O\([^)]+\)|inconclusive) vs (O\([^)]+\)|inconclusive))$/,
        );
        await expect(page.getByTestId('race-headline').locator('p').nth(1), id).toHaveText(
          /^Growth measured, starter vs fix · (predicted .+ per call at n = [\d.,]+[kM]?, from the fitted curves \(not measured\)|no prediction at n = [\d.,]+[kM]?: a class was inconclusive in this run)$/,
        );
      }
      expect(await overflowOf(page), `race on slide ${i}`).toEqual([]);
    }
    if (i < of) await page.keyboard.press('ArrowRight');
  }
  // Every race slide of the deck was met and run.
  expect(races).toBe(deck.slides.filter((s) => 'race' in s && s.race).length);
  watch.expectClean();
});
