/** The slide deck model: plain data, one idea per slide, each with speaker notes. */

interface SlideBase {
  /** Stable id, unique in the deck. */
  id: string;
  /** Shown as the slide's heading and announced when the slide changes. */
  title: string;
  /** Lesson section the slide belongs to ("Back to the lesson" lands there). */
  sectionId: string;
  /** What the presenter says; shown only in the presenter view. */
  notes: string;
}

export interface TitleSlide extends SlideBase {
  kind: 'title';
  eyebrow: string;
  subtitle: string;
}

export interface PointsSlide extends SlideBase {
  kind: 'points';
  /** 2–4 short points. */
  points: string[];
}

export interface CodeSlide extends SlideBase {
  kind: 'code';
  /** A short excerpt, at most ~12 lines. */
  code: string;
  caption: string;
}

export interface PathSlide extends SlideBase {
  kind: 'path';
  steps: { title: string; summary: string }[];
}

/**
 * How a race is run, fixed so the demonstration is the same every time: both series measure exactly these
 * sizes (inputs seeded per size by the worker), so the counted figures are identical on every machine.
 */
export interface RacePlan {
  /**
   * Input sizes, ascending. Small enough that the starter finishes every one well inside the per-size
   * time budget on a slow machine (measured: `node scripts/bench/races.mjs`, BENCHMARKS.md), so no size
   * is cut off and the largest size is the same on every machine.
   */
  sizes: number[];
  /**
   * The lab counter whose values at the largest size are the big figure ("10,001 queries vs 1"). Absent:
   * the big figure is the two measured growth classes ("O(n²) vs O(n)").
   */
  counter?: string;
  /** A production-scale size at which both times are predicted from the fitted curves (labelled so). */
  predictAt: number;
}

export interface RaceSlide extends SlideBase {
  kind: 'race';
  lab: string;
  /** One line under the title: what the two lines are. */
  lede: string;
  race: RacePlan;
}

export interface QuoteSlide extends SlideBase {
  kind: 'quote';
  quote: string;
}

export type Slide = TitleSlide | PointsSlide | CodeSlide | PathSlide | RaceSlide | QuoteSlide;

export interface Deck {
  lessonSlug: string;
  lessonTitle: string;
  slides: Slide[];
}
