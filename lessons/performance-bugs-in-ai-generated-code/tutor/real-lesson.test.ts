/**
 * The tutor against this lesson (its MDX, terms, patterns, quiz and vocabulary), for the phrasings the
 * tutor promises to handle. Fails when the lesson's prose changes so much that these stop working.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessons } from '@/lessons/index';
import { getQuiz } from '@/lessons/quizzes';
import { ask } from '@/lib/tutor/ask';
import { buildPassages } from '@/lib/tutor/passages';
import { buildPayload, loadPayload } from '@/lib/tutor/search-index';
import { tutor } from './index';
import vocabulary from './vocabulary.json';

const lesson = lessons.find((l) => l.slug === 'performance-bugs-in-ai-generated-code');
if (!lesson) throw new Error('lesson missing');
const dir = join(process.cwd(), 'lessons', lesson.slug, 'sections');
const sectionMdx = Object.fromEntries(
  lesson.sections.map((s) => [s.id, readFileSync(join(dir, s.file), 'utf8')]),
);
const quiz = (getQuiz(lesson.slug)?.questions ?? []).map((q) => ({
  sectionId: q.sectionId,
  prompt: q.prompt,
  explanation: q.explanation,
}));
const passages = buildPassages({ lesson, sectionMdx, quiz });

const sections = lesson.sections.map((s) => ({ id: s.id, title: s.title }));
const index = loadPayload(
  JSON.parse(JSON.stringify(buildPayload(lesson.slug, lesson.title, sections, passages, { vocabulary }))),
);

describe('tutor on the real lesson', () => {
  it.each([
    ['why is my loop slow', 'six-patterns'],
    ["what's N+1", 'n-plus-one'],
    ['how do I stop the memory growing', 'memory'],
    ['db queries inside a loop', 'n-plus-one'],
    ['what is paging', 'six-patterns'],
    ['what does big o mean', 'six-patterns'],
  ])('%s -> cites %s', (q, sectionId) => {
    const { answer } = ask(index, q);
    expect(answer.kind).toBe('answer');
    if (answer.kind === 'answer') expect(answer.citations.map((c) => c.sectionId)).toContain(sectionId);
  });

  it('answers every suggested question', () => {
    for (const q of tutor.suggestions) expect(ask(index, q).answer.kind, q).toBe('answer');
  });

  it.each([
    'What is the capital of France?',
    'how do I center a div',
    'How do I set up Kubernetes autoscaling?',
  ])('refuses %s', (q) => {
    expect(ask(index, q).answer.kind).toBe('refusal');
  });
});

describe('questions about the lesson as a whole', () => {
  it.each(['What is this lesson about?', 'What will I learn here?', 'summarize the lesson'])('%s', (q) => {
    const { answer } = ask(index, q);
    expect(answer.kind).toBe('answer');
    if (answer.kind === 'answer') expect(answer.text).toContain(lesson.summary.split('. ')[0] ?? '');
  });
});

describe('everyday wording on the real lesson', () => {
  it.each([
    ['my node service keeps crashing with out of memory after a few days', 'memory'],
    ['server freezes for everyone while one request reads a big file synchronously', 'six-patterns'],
    ['how do I launch node with the cpu profiler', 'profile-then-fix'],
    ['self time vs total time', 'profile-then-fix'],
    ['is an inner loop over an array slow with a million items', 'six-patterns'],
  ])('%s -> %s', (q, sectionId) => {
    const { answer, retrieval } = ask(index, q);
    expect(answer.kind).toBe('answer');
    expect(retrieval?.sections[0]?.sectionId).toBe(sectionId);
  });

  it.each(['explain the useEffect dependency array', 'How to make money with AI?'])('refuses %s', (q) => {
    expect(ask(index, q).answer.kind).toBe('refusal');
  });
});
