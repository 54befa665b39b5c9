// Labs in Python, end to end on the production build, on one page shared by serial tests (one sandbox,
// one worker, one Pyodide load: the page moves between labs by its own links, so the worker lives on).
// The memory lab (Python only): the starter reads the whole file and gets Not yet on peak memory, O(n)
// against the reference's O(1); a streaming fix passes. The invite lab: switch to Python, the starter gets
// Not yet for its growth, a set fix passes; after a reload Python is still chosen and the code kept, and
// the TypeScript code is untouched. A #lang=python link selects Python.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { runToEnd, runnerStats, serveRuntime, setCode, trackErrors } from './fixtures/runner-page';

const SLUG = 'performance-bugs-in-ai-generated-code';
const labUrl = (id: string) => `/lessons/${SLUG}/labs/${id}`;

// Written for this test, not taken from the labs' own solutions or fixes.
const STREAMING = `def totals_by_country(path):
    sums = {}
    with open(path) as handle:
        handle.readline()
        for row in handle:
            parts = row.rstrip("\\n").split(",")
            sums[parts[1]] = sums.get(parts[1], 0) + int(parts[2])
    return sums
`;

const SET_FIX = `def pending_invites(invited, users):
    known = set()
    for user in users:
        known.add(user["email"].lower())
    return [address for address in invited if address.lower() not in known]
`;

let page: Page;
let errors: string[] = [];

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

test.beforeAll(async ({ browser }) => {
  // AxeBuilder needs a page from a context made here.
  page = await (await browser.newContext()).newPage();
  errors = trackErrors(page);
  await serveRuntime(page);
});

test.afterAll(async () => {
  await page.context().close();
});

const result = () => page.getByTestId('lab-result');
const check = (id: string) => page.locator(`[data-check="${id}"]`);
const checklistText = () =>
  page
    .locator('[data-check]')
    .allInnerTexts()
    .then((t) => t.join('\n'));
const editorValue = () => page.evaluate(() => window.__hotpathEditor?.getValue() ?? '');
const languageSwitch = () => page.getByRole('group', { name: 'Language' });

/**
 * Runs until `settled` holds, at most three times: a run on a machine busy with other work can end
 * inconclusive (a stalled size stops a pass early), and the page then says "Run again", as a learner would.
 */
async function runUntil(settled: () => Promise<boolean>, timeout: number): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await runToEnd(page, timeout);
    // The checklist is judged just after the run ends (the judge loads with the run controller).
    await expect(check('runs')).toBeVisible();
    await page.waitForTimeout(500);
    if (await settled()) return;
  }
}
const memoryClass = () => page.getByTestId('memory-verdict').getAttribute('data-memory-class');
const memoryNamed = async () => !['inconclusive', null].includes(await memoryClass());

test('the memory lab: Python only; the starter gets Not yet on peak memory, O(n) against O(1)', async () => {
  await page.goto(labUrl('stream-not-slurp'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Orders per country');
  // Python only: no switch, and the editor holds the Python starter.
  await expect(languageSwitch()).toHaveCount(0);
  await expect(page.locator('[data-editor-ready="true"]')).toBeVisible({ timeout: 60_000 });
  expect(await editorValue()).toContain('def totals_by_country(path):');
  await expect(page.getByText(/Peak memory per call growing no faster than O\(1\)/)).toBeVisible();

  await runUntil(memoryNamed, 200_000);
  await expect(result(), await checklistText()).toContainText('Not yet');
  await expect(check('memory')).toHaveAttribute('data-pass', 'false');
  await expect(check('memory')).toContainText(/grows as O\(n/);
  await expect(check('correct')).toHaveAttribute('data-pass', 'true');
  // The learner's code is the starter here; the starter and the reference have their own verdicts.
  await expect(page.getByTestId('memory-verdict')).toHaveAttribute('data-memory-class', /^O\(n/);
  await expect(page.getByTestId('memory-verdict')).toContainText('O(n');
  await expect(page.getByTestId('memory-verdict-starter')).toBeVisible();
  await expect(page.getByTestId('memory-verdict-reference')).toBeVisible();
  await expect(page.getByTestId('memory-chart')).toBeVisible();
});

test('the memory lab: a streaming fix passes, its peak memory O(1)', async () => {
  await setCode(page, STREAMING);
  await runUntil(memoryNamed, 120_000);
  await expect(result(), await checklistText()).toContainText('Passed');
  await expect(check('memory')).toHaveAttribute('data-pass', 'true');
  await expect(page.getByTestId('memory-verdict')).toHaveAttribute('data-memory-class', 'O(1)');
  await expect(page.getByTestId('memory-verdict')).toContainText('O(1)');
  const bad = (await new AxeBuilder({ page }).analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the invite lab: TypeScript by default; the switch to Python puts the Python starter in', async () => {
  // By the page's own links, so the worker (and Python in it) lives on.
  await page.getByRole('link', { name: /Back to the lesson/ }).click();
  await page
    .locator(`a[href="${labUrl('quadratic-lookup')}"]`)
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`${labUrl('quadratic-lookup')}$`));
  await expect(page.getByRole('radio', { name: 'TypeScript' })).toBeChecked();
  await expect(page.locator('[data-editor-ready="true"]')).toBeVisible({ timeout: 60_000 });
  expect(await editorValue()).toContain('export function pendingInvites');

  await page.getByRole('radio', { name: 'Python' }).check();
  await expect(page.getByRole('radio', { name: 'Python' })).toBeChecked();
  await expect(page.locator('[data-editor-ready="true"]')).toBeVisible({ timeout: 60_000 });
  expect(await editorValue()).toContain('def pending_invites(invited, users):');
  // The contract is the Python one.
  await expect(page.getByText(/Define `?pending_invites/).first()).toBeVisible();
});

test('the invite lab in Python: the starter gets Not yet on its growth; a set fix passes', async () => {
  const failsOnGrowth = async () => /worse than|Too slow/.test(await check('class').innerText());
  await runUntil(failsOnGrowth, 200_000);
  await expect(result(), await checklistText()).toContainText('Not yet');
  await expect(check('class')).toHaveAttribute('data-pass', 'false');
  // Its class (O(n²), or steeper on a busy machine) is worse than the budget's, or it ran out of time.
  await expect(check('class')).toContainText(/worse than|Too slow/);

  await setCode(page, SET_FIX);
  await runUntil(async () => (await result().getAttribute('data-passed')) === 'true', 120_000);
  await expect(result(), await checklistText()).toContainText('Passed');
  // One Python load for the whole file.
  expect((await runnerStats(page)).pythonLoads).toBe(1);
});

test('after a reload Python is still chosen and the fix kept; the TypeScript code is untouched', async () => {
  // The code is saved half a second after an edit.
  await page.waitForTimeout(1000);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Python' })).toBeChecked();
  await expect.poll(editorValue, { timeout: 30_000 }).toBe(SET_FIX);

  await page.getByRole('radio', { name: 'TypeScript' }).check();
  await expect.poll(editorValue, { timeout: 30_000 }).toContain('export function pendingInvites');
  expect(await editorValue()).not.toContain('def ');
  const saved = await page.evaluate(() => JSON.stringify(localStorage));
  expect(saved).toContain('quadratic-lookup.py');
});

test('#lang=python in the address selects Python', async () => {
  await page.goto(`${labUrl('quadratic-lookup')}#lang=python`);
  await expect(page.getByRole('radio', { name: 'Python' })).toBeChecked();
  await expect.poll(editorValue, { timeout: 30_000 }).toContain('def pending_invites');
  expect(errors).toEqual([]);
});
