/** Labs per lesson slug (only lessons that have labs appear). Server-side data; no UI. */
import { labs as performanceBugsLabs } from '@/lessons/performance-bugs-in-ai-generated-code/labs/index';
import type { Lab } from '@/lib/labs/types';

export const LAB_SETS: Readonly<Record<string, readonly Lab[]>> = {
  'performance-bugs-in-ai-generated-code': performanceBugsLabs,
};

export function labsOf(slug: string): readonly Lab[] {
  return LAB_SETS[slug] ?? [];
}
