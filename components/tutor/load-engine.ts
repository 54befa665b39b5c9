/**
 * Fetch a lesson's tutor index (/tutor/<slug>.json, built by scripts/build-tutor-index.mjs) and the
 * engine code on first use, once per lesson per page load. A failed load is forgotten so it can be retried.
 */
import type { TutorEngine } from './tutor-engine';

const engines = new Map<string, Promise<TutorEngine>>();

async function load(slug: string): Promise<TutorEngine> {
  const [mod, res] = await Promise.all([
    import('./tutor-engine'),
    fetch(`/tutor/${encodeURIComponent(slug)}.json`),
  ]);
  if (!res.ok) throw new Error(`tutor index for "${slug}" answered HTTP ${res.status}`);
  return mod.createEngine(await res.json());
}

export function loadEngine(slug: string): Promise<TutorEngine> {
  let p = engines.get(slug);
  if (!p) {
    p = load(slug);
    engines.set(slug, p);
    p.catch(() => engines.delete(slug));
  }
  return p;
}
