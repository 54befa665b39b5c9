/** The scope model: its weights match its signals, and more evidence never lowers its probability. */
import { describe, expect, it } from 'vitest';
import { fixtureIndex } from './fixture-lesson';
import { retrieve, type Retrieval } from './retrieve';
import { FEATURE_NAMES, scopeFeatures, scopeProbability, topicEvidence } from './scope-model';
import SCOPE_MODEL from './scope-model-weights.json';

const index = fixtureIndex();

describe('scope model', () => {
  it('was fitted on the signals scopeFeatures computes, in that order', () => {
    expect(SCOPE_MODEL.names).toEqual([...FEATURE_NAMES]);
    for (const list of [SCOPE_MODEL.mean, SCOPE_MODEL.sd, SCOPE_MODEL.weights]) {
      expect(list).toHaveLength(FEATURE_NAMES.length);
    }
    expect(scopeFeatures(retrieve(index, 'why is my loop slow'))).toHaveLength(FEATURE_NAMES.length);
  });

  it('gives more probability to more coverage, focus and a higher section score', () => {
    const r = retrieve(index, 'why does memory grow when the cache is never evicted');
    const p = scopeProbability(r);
    const more = (patch: Partial<Retrieval>) => scopeProbability({ ...r, ...patch });
    expect(more({ coverage: Math.min(1, r.coverage + 0.3) })).toBeGreaterThanOrEqual(p);
    expect(more({ focus: Math.min(1, r.focus + 0.3) })).toBeGreaterThanOrEqual(p);
    expect(more({ programmingUnknown: r.programmingUnknown + 2 })).toBeLessThan(p);
    const top = r.sections[0];
    if (top)
      expect(more({ sections: [{ ...top, score: top.score * 4 }, ...r.sections.slice(1)] })).toBeGreaterThan(
        p,
      );
  });

  it('counts distinct topic words, those programming prose seldom uses twice', () => {
    expect(topicEvidence({ topicTerms: [] })).toBe(0);
    expect(topicEvidence({ topicTerms: ['memori', 'memori'] })).toBe(1);
  });
});
