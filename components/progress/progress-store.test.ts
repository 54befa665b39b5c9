import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeStorage } from '@/lib/progress/fake-storage.test-data';
import { PROGRESS_VERSION, type QuizAttemptRecord } from '@/lib/progress/schema';

type Listener = (e: { key: string | null; newValue: string | null; storageArea: unknown }) => void;

/** A stand-in `window` for one browser: shared storage, and each "tab" gets its storage listeners. */
function fakeBrowser() {
  const storage = new FakeStorage();
  const listeners: Listener[] = [];
  return {
    storage,
    listeners,
    window: {
      localStorage: storage,
      addEventListener: (type: string, fn: Listener) => {
        if (type === 'storage') listeners.push(fn);
      },
    },
  };
}

async function openTab() {
  vi.resetModules();
  const store = await import('./progress-store');
  const view = await import('./progress-view');
  await store.startProgress();
  return { ...store, view: view.useProgressView };
}

const L = 'performance-bugs-in-ai-generated-code';
const attempt = (id: string, score: number): QuizAttemptRecord => ({
  id,
  at: score,
  score,
  total: 15,
  mode: 'full',
  passed: score >= 12,
  missed: [],
});

let browser: ReturnType<typeof fakeBrowser>;
beforeEach(() => {
  browser = fakeBrowser();
  vi.stubGlobal('window', browser.window);
});
afterEach(() => vi.unstubAllGlobals());

describe('progress store', () => {
  it('persists only progress, under a versioned envelope, and reads it back after a reload', async () => {
    const tab = await openTab();
    tab.useProgressStore.getState().markSectionRead(L, 'memory');
    tab.useProgressStore.getState().recordQuizAttempt(L, attempt('a', 13));
    const saved = JSON.parse(browser.storage.getItem(tab.PROGRESS_KEY) ?? '{}');
    expect(saved.version).toBe(PROGRESS_VERSION);
    expect(Object.keys(saved.state).sort()).toEqual(['generation', 'lastLocation', 'lessons', 'version']);
    const reloaded = await openTab();
    expect(reloaded.view.getState().progress?.lessons[L]?.sectionsRead).toEqual(['memory']);
    expect(reloaded.view.getState().progress?.lessons[L]?.quiz.best).toBe(13);
  });

  it('merges another tab’s write instead of replacing this tab’s progress', async () => {
    const a = await openTab();
    const b = await openTab();
    a.useProgressStore.getState().recordQuizAttempt(L, attempt('from-a', 9));
    b.useProgressStore.getState().markSectionRead(L, 'prompts'); // b has not heard of a's attempt yet
    for (const fn of browser.listeners) {
      fn({
        key: a.PROGRESS_KEY,
        newValue: browser.storage.getItem(a.PROGRESS_KEY),
        storageArea: browser.storage,
      });
    }
    for (const tab of [a, b]) {
      const lesson = tab.useProgressStore.getState().progress.lessons[L];
      expect(lesson?.quiz.attempts.map((x) => x.id)).toEqual(['from-a']);
      expect(lesson?.sectionsRead).toEqual(['prompts']);
    }
  });

  it('a reset clears other tabs too, and an import brings everything back', async () => {
    const a = await openTab();
    a.useProgressStore.getState().recordQuizAttempt(L, attempt('x', 14));
    const file = a.useProgressStore.getState().exportJson();
    const b = await openTab();
    b.useProgressStore.getState().reset();
    for (const fn of browser.listeners) {
      fn({
        key: b.PROGRESS_KEY,
        newValue: browser.storage.getItem(b.PROGRESS_KEY),
        storageArea: browser.storage,
      });
    }
    expect(a.useProgressStore.getState().progress.lessons).toEqual({});
    expect(b.useProgressStore.getState().importJson('not json')).toMatchObject({ ok: false });
    expect(b.useProgressStore.getState().progress.lessons).toEqual({});
    expect(b.useProgressStore.getState().importJson(file)).toEqual({
      ok: true,
      changed: true,
      fromVersion: PROGRESS_VERSION,
    });
    expect(b.useProgressStore.getState().progress.lessons[L]?.quiz.best).toBe(14);
  });

  it('reports a full quota as a notice, not an exception', async () => {
    const tab = await openTab();
    const status = await import('./storage-status');
    browser.storage.quota = 10;
    expect(() => tab.useProgressStore.getState().markSectionRead(L, 'memory')).not.toThrow();
    expect(status.useStorageStatus.getState().quota).toBe(true);
    expect(tab.useProgressStore.getState().progress.lessons[L]?.sectionsRead).toEqual(['memory']);
  });
});
