/**
 * Labs per lesson slug (only lessons that have labs appear), from the one registry (lessons/registry.ts).
 * Only the labs' loaders run here, so a bundle importing this (a race slide) holds labs and nothing else.
 */
import { loadParts } from '@/lessons/registry';
import type { Lab } from '@/lib/labs/types';

export const LAB_SETS: Readonly<Record<string, readonly Lab[]>> = await loadParts('labs');

export function labsOf(slug: string): readonly Lab[] {
  return LAB_SETS[slug] ?? [];
}
