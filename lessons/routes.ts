/**
 * Every page a learner can open, derived from the lesson registry: the fixed pages, then for each lesson
 * its page, quiz, slides (when it has a deck) and every lab. The first-load budget, axe and Lighthouse
 * checks visit exactly these (scripts/build-routes.mjs writes them out at build time).
 */
import { LESSON_ENTRIES } from './registry';

export const FIXED_ROUTES = ['/', '/progress', '/playground'] as const;

export async function allRoutes(): Promise<string[]> {
  const routes: string[] = [...FIXED_ROUTES];
  for (const e of LESSON_ENTRIES) {
    const base = `/lessons/${e.slug}`;
    routes.push(base, `${base}/quiz`);
    if (e.deck) routes.push(`${base}/present`);
    for (const lab of e.labs ? await e.labs() : []) routes.push(`${base}/labs/${lab.id}`);
  }
  return routes;
}
