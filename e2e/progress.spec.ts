import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { watchPage } from './helpers';
import { answerAll, finish, KEY, LESSON_URL, QUIZ_URL } from './quiz-helpers';

async function stored(page: Page, key = KEY): Promise<string | null> {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

async function takeQuiz(page: Page, wrong: number): Promise<void> {
  await page.goto(QUIZ_URL);
  await expect(page.getByTestId('quiz-question')).toHaveCount(15);
  const ids = (
    await page
      .getByTestId('quiz-question')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id') ?? ''))
  ).slice(0, wrong);
  await answerAll(page, new Set(ids));
  await finish(page);
}

test('sections read and the quiz score survive a reload, and the home page offers to continue', async ({
  page,
}) => {
  const watch = watchPage(page);
  await page.goto(LESSON_URL);
  await expect(page.getByTestId('lesson-progress')).toContainText('0 of 9 sections read');
  // Scroll through the first sections as a reader would.
  for (const id of ['works-on-my-machine', 'six-patterns']) {
    await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView({ block: 'end', behavior: 'instant' }));
    await page.mouse.wheel(0, 200);
  }
  await expect
    .poll(
      async () =>
        JSON.parse((await stored(page)) ?? '{}').state?.lessons?.[LESSON_URL.split('/')[2]!]?.sectionsRead ??
        [],
    )
    .toEqual(expect.arrayContaining(['six-patterns', 'works-on-my-machine']));
  await takeQuiz(page, 2);
  await expect(page.getByTestId('quiz-score')).toHaveText('13 / 15');

  await page.reload();
  await expect(page.getByTestId('quiz-best')).toContainText('13 / 15 · 1 attempt');
  await page.goto('/');
  await expect(page.getByTestId('continue-link')).toContainText('Continue where you left off');
  await expect(page.getByTestId('lesson-progress')).toContainText('Quiz best 13 / 15');
  await page.goto('/progress');
  await expect(page.getByTestId('progress-quiz-best')).toContainText('Best score: 13 / 15');
  await expect(page.getByText(/Sections read: [2-9] of 9/)).toBeVisible();
  watch.expectClean();
});

test('corrupted storage: the app works, the data is backed up, and the learner is told', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/progress');
  await page.evaluate((k) => localStorage.setItem(k, '{"state": garbage'), KEY);
  await page.reload();
  const notice = page.getByTestId('storage-notice');
  await expect(notice).toContainText(
    `Saved progress could not be read; a backup was kept under “${KEY}.backup-`,
  );
  await expect(notice).toContainText('(it is not valid JSON)');
  const backupKey = await page.evaluate(
    (k) => Object.keys(localStorage).find((x) => x.startsWith(`${k}.backup-`)),
    KEY,
  );
  expect(backupKey).toBeTruthy();
  expect(await stored(page, backupKey!)).toBe('{"state": garbage');

  // The app still works and saves over the bad copy, while the backup stays.
  await takeQuiz(page, 0);
  await expect(page.getByTestId('quiz-score')).toHaveText('15 / 15');
  expect(JSON.parse((await stored(page))!).state.version).toBe(4);
  expect(await stored(page, backupKey!)).toBe('{"state": garbage');
  await page.goto('/progress');
  await page.getByRole('button', { name: 'Look for backups' }).click();
  await expect(page.getByTestId('backup-list')).toContainText(backupKey!);
  watch.expectClean();
});

test('a full storage quota is reported, never thrown', async ({ page }) => {
  const watch = watchPage(page);
  await page.addInitScript((key) => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      if (k === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.call(this, k, v);
    };
  }, KEY);
  await page.goto(QUIZ_URL);
  await expect(page.getByText('No attempts yet')).toBeVisible();
  await finish(page);
  await expect(page.getByTestId('storage-notice')).toContainText('Progress not saved: storage is full');
  await expect(page.getByTestId('quiz-score')).toHaveText('0 / 15');
  watch.expectClean();
});

test('two tabs working at once: both attempts are kept and the best wins', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  const watchA = watchPage(a);
  const watchB = watchPage(b);
  await a.goto(QUIZ_URL);
  await b.goto(QUIZ_URL);
  await expect(a.getByText('No attempts yet')).toBeVisible();
  await expect(b.getByText('No attempts yet')).toBeVisible();

  await finish(a); // 0 / 15 in tab A
  await expect(b.getByTestId('quiz-best')).toContainText('0 / 15 · 1 attempt'); // B hears about it
  await answerAll(b, new Set());
  await finish(b); // 15 / 15 in tab B
  await expect(b.getByTestId('quiz-best')).toContainText('15 / 15 · 2 attempts');
  await expect(a.getByTestId('quiz-best')).toContainText('15 / 15 · 2 attempts');

  await a.reload();
  await expect(a.getByTestId('quiz-best')).toContainText('15 / 15 · 2 attempts');
  watchA.expectClean();
  watchB.expectClean();
});

test('export, reset, import restores everything; a bad file changes nothing', async ({ page }) => {
  const watch = watchPage(page);
  await takeQuiz(page, 3);
  await expect(page.getByTestId('quiz-score')).toHaveText('12 / 15');
  await page.goto('/progress');
  await expect(page.getByTestId('progress-quiz-best')).toContainText('Best score: 12 / 15');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await (await download).path();
  const exported = readFileSync(file, 'utf8');
  expect(JSON.parse(exported).format).toBe('hotpath-progress');

  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Reset all progress?');
  await page.getByRole('button', { name: 'Yes, reset everything' }).click();
  await expect(page.getByText('Not taken yet.')).toBeVisible();

  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(page.getByTestId('progress-message')).toContainText(
    'Nothing imported. This file is not a Hotpath progress export',
  );
  await expect(page.getByText('Not taken yet.')).toBeVisible();

  await page.getByTestId('import-file').setInputFiles(file);
  await expect(page.getByTestId('progress-message')).toContainText('Imported');
  await expect(page.getByTestId('progress-quiz-best')).toContainText('Best score: 12 / 15');
  await page.reload();
  await expect(page.getByTestId('progress-quiz-best')).toContainText('Best score: 12 / 15');
  watch.expectClean();
});

test('progress saved by the old format (v1) is migrated, not lost', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/progress');
  const v1 = {
    state: {
      version: 1,
      lessons: {
        'performance-bugs-in-ai-generated-code': {
          read: ['memory', 'prompts'],
          labsPassed: ['n-plus-one'],
          quizBest: 11,
          code: {},
        },
      },
    },
    version: 1,
  };
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(v1)] as const);
  await page.reload();
  await expect(page.getByTestId('progress-quiz-best')).toContainText('Best score: 11 / 15');
  await expect(page.getByText('Sections read: 2 of 9')).toBeVisible();
  await expect(page.getByText('Labs passed: 1')).toBeVisible();
  expect(await stored(page, `${KEY}.v1-backup`)).toContain('"quizBest":11');
  watch.expectClean();
});
