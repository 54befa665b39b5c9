import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureRunExplainers, fixtureSources, fixtureVocabulary } from '@/lib/tutor/fixture-lesson';
import { buildPassages } from '@/lib/tutor/passages';
import { buildPayload } from '@/lib/tutor/search-index';
import { loadEngine } from './load-engine';

const sections = fixtureSources.lesson.sections.map((s) => ({ id: s.id, title: s.title }));
const data = { vocabulary: fixtureVocabulary, runExplainers: fixtureRunExplainers };
const payload = JSON.parse(
  JSON.stringify(buildPayload('fixture', 'Fixture', sections, buildPassages(fixtureSources), data)),
);

afterEach(() => vi.unstubAllGlobals());

describe('loadEngine', () => {
  it('fetches the index once per lesson and answers from it', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(payload), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const [a, b] = await Promise.all([loadEngine('fixture-a'), loadEngine('fixture-a')]);
    expect(a).toBe(b);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledWith('/tutor/fixture-a.json');
    expect(a.ask("what's N+1?").kind).toBe('answer');
    // The lesson's run explainers come with the index.
    expect(a.fromRun({ verdict: 'O(n²)' })?.kind).toBe('answer');
    expect(a.fromRun({ verdict: 'O(n)' })).toBeNull();
  });

  it('reports a missing index and tries again on the next call', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('not found', { status: 404 })),
    );
    await expect(loadEngine('fixture-b')).rejects.toThrow(/HTTP 404/);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(payload), { status: 200 })),
    );
    await expect(loadEngine('fixture-b')).resolves.toBeTruthy();
  });

  it('rejects a payload from another build format', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ version: 9 }), { status: 200 })),
    );
    await expect(loadEngine('fixture-c')).rejects.toThrow(/older build|missing/);
  });
});
