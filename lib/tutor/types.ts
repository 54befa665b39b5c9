/** Shapes shared by the tutor's build step, retrieval, answer composer and UI. */
import type { RunExplainers } from './run-diagnosis';

export type PassageKind = 'overview' | 'summary' | 'section' | 'term' | 'pattern' | 'quiz' | 'lab';

/** One searchable piece of the lesson. Everything the tutor says is cut from a passage's `text`. */
export interface Passage {
  id: number;
  kind: PassageKind;
  /** Section this passage belongs to (used for ranking, citations and the quality benchmark). */
  sectionId: string;
  /** Element id the citation links to: a section id or `term-<id>`. */
  anchor: string;
  /** Section title (or term / lab name): indexed, and shown on the citation unless citeLabel is set. */
  label: string;
  /** Citation text when it should differ from `label` (e.g. "Pattern: No pagination"); not indexed. */
  citeLabel?: string;
  /** Sub-heading inside the section, when the passage sits under one. */
  heading?: string;
  /** Readable prose, in the lesson's own words. */
  text: string;
  /** Extra indexed words that are not shown (term names, quiz prompts). */
  keywords?: string;
  /** Code next to the prose (indexed with a low weight, never quoted). */
  code?: string;
  /** Plain-text examples next to the prose, such as prompts to paste (indexed, never quoted). */
  example?: string;
}

export interface SectionRef {
  id: string;
  title: string;
}

/**
 * How a lesson's learners word things, as data (lessons/<slug>/tutor/vocabulary.json). Every list is
 * space-separated words. It travels inside the built index, so the question is read as the index was.
 */
export interface LessonVocabulary {
  /** The lesson's word -> learner words folded onto it, on the index and the question side alike. */
  folds?: Record<string, string>;
  /** A learner word -> lesson words it usually means; question side only, weighted below the learner's. */
  expansions?: Record<string, string>;
  /** A phrase (a question that has all its words) -> lesson words added to the question. */
  phrases?: Record<string, string>;
  /** Words the lesson uses in one sense and learners in another, told apart by the question's context. */
  senses?: WordSense[];
}

/**
 * A word read in another sense by context: in a question that has a word of `when` and none of `unless`
 * (each a regular-expression alternation of whole words), `word` is read as `as`. For instance a word that
 * is both a term of the lesson and the name of a tool, in a question about tools.
 */
export interface WordSense {
  word: string;
  as: string;
  when: string;
  unless?: string;
}

/** A lesson's own tutor data (lessons/<slug>/tutor/), given to the index build. */
export interface LessonTutorData {
  vocabulary?: LessonVocabulary;
  /** Which section explains each finding a lab run can show (run-diagnosis.ts). */
  runExplainers?: RunExplainers;
}

/** What a lesson gives the tutor box on its pages (lessons/<slug>/tutor/index.ts, through the registry). */
export interface LessonTutorPage {
  /** Starter questions shown under the box. */
  suggestions: string[];
}

/** What `scripts/build-tutor-index.mjs` writes to `public/tutor/<slug>.json`. */
export interface TutorPayload {
  version: 1;
  slug: string;
  lessonTitle: string;
  sections: SectionRef[];
  passages: Passage[];
  /** Every normalised term in the index, for the coverage check. */
  vocab: string[];
  /** Document frequency of each vocab term (same order). */
  df: number[];
  /** Lesson words of 5+ letters as written (lower case), for one-typo matching of learner words. */
  surface: string[];
  /** Terms that occur only in lab notes (absent from older payloads). */
  labOnly?: string[];
  /** The lesson's vocabulary the index was built with; the question is read with the same. */
  vocabulary?: LessonVocabulary;
  /** The lesson's explainers for what a lab run shows (answer-from-run.ts). */
  runExplainers?: RunExplainers;
  /** MiniSearch's own serialised form (`toJSON()`), reloaded with `loadJS`. */
  index: unknown;
}

export interface Citation {
  label: string;
  /**
   * `#<sectionId>`, `#term-<id>` or `#pattern-<id>`; the UI prefixes the lesson path when shown off the
   * lesson page.
   */
  href: string;
  sectionId: string;
}

export type TutorAnswer =
  | {
      kind: 'answer';
      /** The sentences, joined: every word comes from the lesson's passages. */
      text: string;
      sentences: { text: string; passageId: number }[];
      citations: Citation[];
    }
  | {
      kind: 'refusal';
      text: string;
      /** Closest sections, when anything was close at all. */
      closest: Citation[];
    };
