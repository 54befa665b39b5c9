import { describe, expect, it } from 'vitest';
import { FakeStorage } from './fake-storage.test-data';
import { createProgressStorage, isQuotaError, readIncoming, type StorageNotice } from './persist-storage';
import { PROGRESS_VERSION, emptyProgress, type ProgressState } from './schema';
import { markSectionRead } from './updates';

const KEY = 'hotpath-progress';

function setup(fake = new FakeStorage()) {
  const notices: StorageNotice[] = [];
  const merged: ProgressState[] = [];
  let clock = Date.UTC(2026, 10, 27, 8, 0, 0);
  const storage = createProgressStorage({
    key: KEY,
    getStorage: () => fake,
    now: () => clock++,
    onNotice: (n) => notices.push(n),
    onMerged: (s) => merged.push(s),
  });
  return { fake, notices, merged, storage };
}

const withSection = (id: string) => markSectionRead(emptyProgress(), 'l', id);
const envelope = (state: ProgressState) => ({ state, version: PROGRESS_VERSION });

describe('progress storage wrapper', () => {
  it('writes and reads back', () => {
    const { storage } = setup();
    storage.setItem(KEY, envelope(withSection('a')));
    expect(storage.getItem(KEY)).toEqual(envelope(withSection('a')));
  });

  it('backs up unreadable JSON before anything overwrites it, and says where', () => {
    const { fake, storage, notices } = setup();
    fake.setItem(KEY, '{not json at all');
    expect(storage.getItem(KEY)).toBeNull();
    const backupKey = [...fake.data.keys()].find((k) => k.startsWith(`${KEY}.backup-`));
    expect(backupKey).toBeDefined();
    expect(fake.getItem(backupKey as string)).toBe('{not json at all');
    expect(notices[0]).toMatchObject({ kind: 'backup', backupKey, reason: 'it is not valid JSON' });
    storage.setItem(KEY, envelope(withSection('b')));
    expect(fake.getItem(backupKey as string)).toBe('{not json at all');
    expect(readIncoming(fake.getItem(KEY))?.lessons.l?.sectionsRead).toEqual(['b']);
  });

  it('backs up data of the wrong shape too, once', () => {
    const { fake, storage, notices } = setup();
    fake.setItem(KEY, JSON.stringify({ state: { version: 2, lessons: 'nope' }, version: 2 }));
    storage.getItem(KEY);
    storage.setItem(KEY, envelope(withSection('x')));
    expect(notices.filter((n) => n.kind === 'backup')).toHaveLength(1);
  });

  it('keeps at most three backups', () => {
    const { fake, storage } = setup();
    for (let i = 0; i < 5; i++) {
      fake.setItem(KEY, `garbage ${i}`);
      storage.setItem(KEY, envelope(withSection('x')));
    }
    const backups = [...fake.data.keys()].filter((k) => k.includes('.backup-'));
    expect(backups).toHaveLength(3);
    expect(backups.map((k) => fake.getItem(k))).toEqual(['garbage 2', 'garbage 3', 'garbage 4']);
  });

  it('writes nothing when the unreadable data cannot be backed up', () => {
    const fake = new FakeStorage();
    fake.setItem(KEY, 'x'.repeat(50));
    fake.quota = 60;
    const { storage, notices } = setup(fake);
    storage.setItem(KEY, envelope(withSection('a')));
    expect(fake.getItem(KEY)).toBe('x'.repeat(50));
    expect(notices).toContainEqual({ kind: 'backup-failed', reason: 'storage is full' });
  });

  it('catches a full quota and reports it, then reports when saving works again', () => {
    const fake = new FakeStorage();
    fake.quota = 10;
    const { storage, notices } = setup(fake);
    expect(() => storage.setItem(KEY, envelope(withSection('a')))).not.toThrow();
    expect(notices).toEqual([{ kind: 'quota' }]);
    fake.quota = Infinity;
    storage.setItem(KEY, envelope(withSection('a')));
    expect(notices).toEqual([{ kind: 'quota' }, { kind: 'saved' }]);
  });

  it('merges with what another tab stored instead of overwriting it', () => {
    const { fake, storage, merged } = setup();
    storage.setItem(KEY, envelope(withSection('from-other-tab')));
    storage.setItem(KEY, envelope(withSection('mine')));
    expect(readIncoming(fake.getItem(KEY))?.lessons.l?.sectionsRead).toEqual(['from-other-tab', 'mine']);
    expect(merged.at(-1)?.lessons.l?.sectionsRead).toEqual(['from-other-tab', 'mine']);
  });

  it('skips writes that change nothing', () => {
    const { fake, storage } = setup();
    storage.setItem(KEY, envelope(withSection('a')));
    const writes = fake.writes;
    storage.setItem(KEY, envelope(withSection('a')));
    expect(fake.writes).toBe(writes);
  });

  it('keeps a copy of v1 data when migrating it', () => {
    const { fake, storage } = setup();
    const v1 = { version: 1, lessons: { l: { read: ['a'], labsPassed: [], quizBest: 3, code: {} } } };
    fake.setItem(KEY, JSON.stringify({ state: v1, version: 1 }));
    const got = storage.getItem(KEY) as { state: ProgressState; version: number };
    expect(got.version).toBe(PROGRESS_VERSION);
    expect(got.state.lessons.l?.quiz.best).toBe(3);
    expect(fake.getItem(`${KEY}.v1-backup`)).toContain('"quizBest":3');
  });

  it('treats storage that throws on access as unavailable', () => {
    const notices: StorageNotice[] = [];
    const storage = createProgressStorage({
      key: KEY,
      getStorage: () => {
        throw Object.assign(new Error('denied'), { name: 'SecurityError' });
      },
      now: () => 0,
      onNotice: (n) => notices.push(n),
    });
    expect(storage.getItem(KEY)).toBeNull();
    expect(() => storage.setItem(KEY, envelope(emptyProgress()))).not.toThrow();
    expect(notices[0]).toEqual({ kind: 'unavailable', detail: 'SecurityError' });
  });

  it('recognises quota errors by name or legacy code', () => {
    expect(isQuotaError({ name: 'QuotaExceededError' })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError(new Error('x'))).toBe(false);
  });
});
