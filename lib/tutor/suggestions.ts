/** Starter questions shown under the tutor box, per lesson (none for a lesson without a list). */
const BY_LESSON: Record<string, string[]> = {
  'performance-bugs-in-ai-generated-code': [
    "What's an N+1 query?",
    'Why is my loop slow?',
    'How do I stop the memory growing?',
    'What should a prompt say about scale?',
  ],
};

export function suggestionsFor(slug: string): string[] {
  return BY_LESSON[slug] ?? [];
}
