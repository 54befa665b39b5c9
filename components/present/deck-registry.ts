/** Slide decks per lesson slug (only lessons that have one appear), from the one registry (lessons/registry.ts). */
import { loadParts } from '@/lessons/registry';
import type { Deck } from '@/lib/present/slide-types';

export const DECKS: Readonly<Record<string, Deck>> = await loadParts('deck');

export function deckOf(slug: string): Deck | undefined {
  return Object.hasOwn(DECKS, slug) ? DECKS[slug] : undefined;
}
