/** The shape of an independent blind question set, and its split into in-scope and out-of-scope lists. */
import type { InScopeQuestion } from './questions';

/** One question as its writer labelled it: `section` is the section id that answers it, null if none. */
export interface BlindQuestion {
  q: string;
  section: string | null;
}

export const inScope = (set: BlindQuestion[]): InScopeQuestion[] =>
  set.flatMap((x) => (x.section ? [{ q: x.q, sectionId: x.section }] : []));

export const outOfScope = (set: BlindQuestion[]): string[] => set.filter((x) => !x.section).map((x) => x.q);
