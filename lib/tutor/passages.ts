/**
 * Cut a lesson into passages: section prose (per heading / paragraph group), section summaries, key
 * terms, pattern rows, quiz explanations and lab prose. Pure: the caller reads the files.
 */
import { BREAK, inlineToText, mdxToBlocks } from './mdx-text';
import type { Passage } from './types';

/**
 * What the tutor reads of a lesson: its structure and short texts. A lesson of lib/lesson/types.ts fits it;
 * it is spelt out here so that the engine depends on no lesson module.
 */
export interface LessonText {
  slug: string;
  title: string;
  /** The lesson's own summary: answers "what is this lesson about?". */
  summary?: string;
  /** The lesson's last word; it belongs to the closing section. */
  closingLine: string;
  sections: { id: string; title: string; file?: string; summary: string; labs?: string[] }[];
  /** The learning path: one short summary per step, each pointing at a section. */
  path?: { title: string; sectionId: string; summary: string }[];
  terms: { id: string; term: string; definition: string; sectionId: string }[];
  /** Rows of the lesson's pattern table (<PatternTable /> in one section's MDX). */
  patterns: { id: string; pattern: string; symptom: string; fix: string; cost: string; lab?: string }[];
}

/** The quiz and labs are read loosely: only the fields the tutor needs, any missing is skipped. */
export interface QuizExplanation {
  sectionId: string;
  prompt?: string;
  explanation: string;
}

export interface LabProse {
  id: string;
  title: string;
  /** Prose strings (markdown allowed): brief, goal, hints, notes... */
  texts: string[];
  /** Section the lab practises, when the lab itself says so. */
  sectionId?: string;
}

export interface LessonSources {
  lesson: LessonText;
  /** MDX source per section id (missing sections are skipped). */
  sectionMdx: Record<string, string | undefined>;
  quiz?: QuizExplanation[];
  labs?: LabProse[];
}

const endSentence = (s: string): string => {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
};

/** Blocks shorter than this are merged into the next block under the same heading. */
const MIN_BLOCK_CHARS = 90;

export function buildPassages(src: LessonSources): Passage[] {
  const { lesson } = src;
  const out: Passage[] = [];
  const seen = new Set<string>();
  const add = (p: Omit<Passage, 'id'>) => {
    const key = `${p.sectionId}\u0000${p.text.trim()}`;
    if (p.text.trim().length === 0 || seen.has(key)) return; // lab prose may repeat its own summary
    seen.add(key);
    out.push({ id: out.length, ...p });
  };
  const titleOf = new Map(lesson.sections.map((s) => [s.id, s.title]));
  const known = (id: string | undefined): id is string => !!id && titleOf.has(id);
  const fallbackSection = lesson.sections[0]?.id ?? '';
  // Pattern rows belong to the section whose MDX holds the pattern table.
  let patternSection: string | undefined;

  for (const section of lesson.sections) {
    const label = section.title;
    add({ kind: 'summary', sectionId: section.id, anchor: section.id, label, text: section.summary });
    const mdx = src.sectionMdx[section.id];
    if (!mdx) continue;
    if (!patternSection && /<PatternTable\b/.test(mdx)) patternSection = section.id;
    type Pending = { heading: string | null; text: string; code: string; example: string };
    let pending: Pending | null = null;
    const emit = (b: Pending) => {
      const heading = b.heading && b.heading !== section.title ? b.heading : undefined;
      const last = out[out.length - 1];
      // A code block with no prose of its own (after a paragraph long enough to stand alone) belongs to
      // the passage just before it under the same heading; on its own it would be dropped as empty.
      if (
        !b.text.trim() &&
        last?.kind === 'section' &&
        last.sectionId === section.id &&
        last.heading === heading
      ) {
        last.code = [last.code, b.code].filter(Boolean).join('\n') || undefined;
        last.example = [last.example, b.example].filter(Boolean).join('\n') || undefined;
        return;
      }
      add({
        kind: 'section',
        sectionId: section.id,
        anchor: section.id,
        label,
        heading,
        text: b.text,
        code: b.code || undefined,
        example: b.example || undefined,
      });
    };
    for (const block of mdxToBlocks(mdx)) {
      if (pending && pending.heading === block.heading) {
        pending = {
          heading: block.heading,
          text: [pending.text, block.text].filter(Boolean).join(BREAK),
          code: [pending.code, block.code].filter(Boolean).join('\n'),
          example: [pending.example, block.example].filter(Boolean).join('\n'),
        };
      } else {
        if (pending) emit(pending);
        pending = { heading: block.heading, text: block.text, code: block.code, example: block.example };
      }
      if (pending.text.length >= MIN_BLOCK_CHARS) {
        emit(pending);
        pending = null;
      }
    }
    if (pending) {
      const last = out[out.length - 1];
      // Trailing code or a short tail joins the passage before it when they share a heading.
      if (last && last.sectionId === section.id && last.kind === 'section' && pending.text.length < 40) {
        last.text = [last.text, pending.text].filter(Boolean).join(BREAK);
        last.code = [last.code, pending.code].filter(Boolean).join('\n') || undefined;
        last.example = [last.example, pending.example].filter(Boolean).join('\n') || undefined;
      } else emit(pending);
    }
  }

  // The lesson's own summary answers "what is this lesson about?" (OVERVIEW_TERM, question-analysis.ts).
  if (lesson.summary && fallbackSection) {
    add({
      kind: 'overview',
      sectionId: fallbackSection,
      anchor: fallbackSection,
      label: 'Lesson overview',
      citeLabel: titleOf.get(fallbackSection),
      text: lesson.summary,
      keywords: 'overview',
    });
  }

  for (const step of lesson.path ?? []) {
    if (!known(step.sectionId)) continue;
    add({
      kind: 'summary',
      sectionId: step.sectionId,
      anchor: step.sectionId,
      label: titleOf.get(step.sectionId) ?? step.title,
      heading: step.title,
      text: endSentence(step.summary),
    });
  }

  for (const term of lesson.terms) {
    add({
      kind: 'term',
      sectionId: known(term.sectionId) ? term.sectionId : fallbackSection,
      anchor: `term-${term.id}`,
      label: `Key term: ${term.term}`,
      text: `${term.term}: ${inlineToText(term.definition)}`,
    });
  }

  const pSection = patternSection ?? fallbackSection;
  for (const row of lesson.patterns) {
    // A row whose id names a section (the N+1 row and the N+1 section) belongs to that section.
    const home = known(row.id) ? row.id : pSection;
    add({
      kind: 'pattern',
      sectionId: home,
      // Rows in the pattern table carry `pattern-<id>` anchors; a row that has its own section links there.
      anchor: home === pSection ? `pattern-${row.id}` : home,
      label: titleOf.get(home) ?? row.pattern,
      citeLabel: home === pSection ? `Pattern: ${row.pattern}` : undefined,
      heading: row.pattern,
      text: [row.pattern, `Symptom: ${row.symptom}`, `Fix: ${row.fix}`, `Typical cost: ${row.cost}`]
        .map((s) => endSentence(inlineToText(s)))
        .join(' '),
      keywords: row.id.replace(/-/g, ' '),
    });
  }

  const lastSection = lesson.sections.at(-1)?.id;
  const closingShown = out.some((p) => p.text.includes(lesson.closingLine));
  if (lesson.closingLine && lastSection && !closingShown) {
    add({
      kind: 'summary',
      sectionId: lastSection,
      anchor: lastSection,
      label: titleOf.get(lastSection) ?? '',
      text: lesson.closingLine,
    });
  }

  for (const q of src.quiz ?? []) {
    if (!known(q.sectionId) || !q.explanation) continue;
    add({
      kind: 'quiz',
      sectionId: q.sectionId,
      anchor: q.sectionId,
      label: titleOf.get(q.sectionId) ?? '',
      text: q.explanation,
      keywords: q.prompt,
    });
  }

  for (const lab of src.labs ?? []) {
    const viaSection = lesson.sections.find((s) => s.labs?.includes(lab.id))?.id;
    const viaPattern = lesson.patterns.some((p) => p.lab === lab.id) ? pSection : undefined;
    const sectionId = [lab.sectionId, viaSection, viaPattern].find(known) ?? fallbackSection;
    for (const raw of lab.texts) {
      for (const block of mdxToBlocks(raw)) {
        add({
          kind: 'lab',
          sectionId,
          anchor: sectionId,
          label: titleOf.get(sectionId) ?? lab.title,
          heading: block.heading ? `Lab: ${lab.title} — ${block.heading}` : `Lab: ${lab.title}`,
          text: block.text,
          code: block.code || undefined,
          example: block.example || undefined,
        });
      }
    }
  }
  return out;
}
