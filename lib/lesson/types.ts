/** The typed content model of a lesson. Lessons are data under lessons/; no UI code lives there. */

export interface KeyTerm {
  /** Stable id, used in anchors (#term-<id>) and by the tutor. */
  id: string;
  term: string;
  /** One or two plain sentences, in our own words. */
  definition: string;
  /** Section where the term is taught. */
  sectionId: string;
}

export interface PathStep {
  /** The move's short name as shown on the learning path. */
  title: string;
  /** The section the move links to. */
  sectionId: string;
  /** One line on what the learner does at this step. */
  summary: string;
}

export interface SectionMeta {
  /** Anchor id on the lesson page. */
  id: string;
  title: string;
  /** MDX file name under lessons/<slug>/sections/. */
  file: string;
  /** One line for the lesson map. */
  summary: string;
  /** Lab ids (under lessons/<slug>/labs) that practise this section, once they exist. */
  labs?: string[];
}

export interface RelatedLesson {
  title: string;
  track: string;
  minutes: number;
  summary: string;
}

export interface PatternRow {
  id: string;
  pattern: string;
  symptom: string;
  fix: string;
  /** Typical complexity or cost before and after, e.g. "O(n·m) → O(n+m)". */
  cost: string;
  /** Lab id, once the lab exists. */
  lab?: string;
}

export interface Lesson {
  slug: string;
  /** Place in the course: number of total. */
  number: number;
  total: number;
  track: string;
  title: string;
  summary: string;
  readingMinutes: number;
  /** "What this lesson covers": short outcomes. */
  covers: string[];
  path: PathStep[];
  terms: KeyTerm[];
  sections: SectionMeta[];
  patterns: PatternRow[];
  /** The closing line, in our own words. */
  closingLine: string;
  related: RelatedLesson[];
  /**
   * The lab whose starter the profiler profiles at build time for the `<ProfileExample />` in the lesson's
   * prose (scripts/build-lesson-profiles.mjs): real output of this app's profiler, never typed by hand.
   */
  profileExampleLab?: string;
}

/** What scripts/build-lesson-profiles.mjs writes for `<ProfileExample />` (lessons/<slug>/generated/). */
export interface ProfileExampleData {
  lab: { id: string; title: string };
  /** The input size profiled, and what n counts. */
  n: number;
  unit: string;
  fnName: string;
  /** Plain time per call at n, ns, and how much slower the instrumented calls ran. */
  plainNsPerCall: number;
  overhead: number;
  calls: number;
  method: string;
  hotSpots: { line: number; share: number; hitsPerCall: number; code: string; fnName?: string }[];
  /** The prompt the lab's Profile view builds from this profile. */
  prompt: string;
  /** When and where it was measured. */
  measuredOn: string;
}
