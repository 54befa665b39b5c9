/** Slide decks per lesson slug (only lessons that have one appear). Server-side data; no UI. */
import { deck as performanceBugsDeck } from '@/lessons/performance-bugs-in-ai-generated-code/slides';
import type { Deck } from '@/lib/present/slide-types';

export const DECKS: Readonly<Record<string, Deck>> = {
  'performance-bugs-in-ai-generated-code': performanceBugsDeck,
};

export function deckOf(slug: string): Deck | undefined {
  return DECKS[slug];
}
