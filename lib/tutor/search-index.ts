/**
 * The MiniSearch (BM25+) index over passages. The same options are used to build the index at build
 * time and to reload it in the browser; both go through the lesson's lexicon (tokenize, fold, stem).
 */
import MiniSearch, { type Options } from 'minisearch';
import { createLexicon, type Lexicon } from './lexicon';
import type { LessonTutorData, Passage, SectionRef, TutorPayload } from './types';
import { tokenize } from './tokenize';

export const FIELDS = ['label', 'heading', 'text', 'keywords', 'example', 'code'] as const;

/** Field weights used at query time. */
export const FIELD_BOOST: Record<(typeof FIELDS)[number], number> = {
  label: 1.0,
  heading: 1.4,
  text: 1,
  keywords: 1.2,
  example: 0.7,
  code: 0.35,
};

/** Passage kinds: prose and definitions lead; quiz explanations and lab notes support. */
export const KIND_WEIGHT: Record<Passage['kind'], number> = {
  // The lesson's summary speaks in general words; it should win only "what is this lesson about?".
  overview: 0.25,
  summary: 1.05,
  section: 1,
  term: 1.1,
  pattern: 0.95,
  quiz: 0.8,
  // Lab notes talk about the lab's own screen (counters, checklist); the lesson's prose comes first.
  lab: 0.65,
};

/** MiniSearch options for a lesson's lexicon (the same when the index is built and when it is loaded). */
export const indexOptions = (lexicon: Lexicon): Options<Passage> => ({
  idField: 'id',
  fields: [...FIELDS],
  storeFields: [],
  // The whole pipeline runs in `tokenize`; terms arrive already normalised.
  tokenize: (text: string) => lexicon.analyze(text),
  processTerm: (term: string) => term,
  extractField: (doc, field) => {
    const v = (doc as unknown as Record<string, unknown>)[field];
    if (field === 'id') return v as string; // MiniSearch reads the id through here too
    return typeof v === 'string' ? v : '';
  },
});

export interface TutorIndex {
  mini: MiniSearch<Passage>;
  passages: Passage[];
  byId: Map<number, Passage>;
  vocab: Set<string>;
  /** Passages containing each term (document frequency), for IDF. */
  df: Map<string, number>;
  /** Terms that name a topic: they occur in a section title, heading, key term or pattern name. */
  topics: Set<string>;
  /** Surface words of the lesson (lower case) -> their normalised term, for typo matching. */
  surface: Map<string, string>;
  /**
   * Terms only lab notes use. A word only a lab note has (a variable name in a hint, a button label)
   * does not show that the lesson covers a question about it.
   */
  labOnly: Set<string>;
  /** Adjacent normalised term pairs in a passage's prose ("self time", "heap snapshot"), for phrase matches. */
  pairsOf: (passageId: number) => ReadonlySet<string>;
  /** Whether the lesson has these two terms side by side anywhere ("DevTools" -> "dev tool"). */
  hasPair: (a: string, b: string) => boolean;
  sections: SectionRef[];
  /** How this lesson reads words: the question must be read as the index was built. */
  lexicon: Lexicon;
}

/** Key of an adjacent term pair. */
export const bigramKey = (a: string, b: string): string => `${a} ${b}`;

/** Fields read for phrase pairs: prose, not code or example prompts (long, and never quoted). */
const PAIR_FIELDS = ['label', 'heading', 'text', 'keywords'] as const;

/** Adjacent pairs of a passage's terms, field by field (a pair never spans two fields). */
export function pairsIn(
  p: Passage,
  lexicon: Lexicon,
  fields: readonly (typeof FIELDS)[number][] = PAIR_FIELDS,
): Set<string> {
  const out = new Set<string>();
  for (const f of fields) {
    const terms = lexicon.analyze(p[f] ?? '');
    for (let i = 1; i < terms.length; i++) {
      const [a, b] = [terms[i - 1], terms[i]];
      if (a && b && a !== b) out.add(bigramKey(a, b));
    }
  }
  return out;
}

/** Every normalised term, and every surface word of 5+ letters, that occurs in any indexed field. */
export function vocabularyOf(
  passages: Passage[],
  lexicon: Lexicon,
): {
  vocab: string[];
  df: number[];
  surface: string[];
  labOnly: string[];
} {
  const df = new Map<string, number>();
  const surface = new Set<string>();
  const outsideLabs = new Set<string>();
  for (const p of passages) {
    const inPassage = new Set<string>();
    for (const f of FIELDS) {
      for (const t of lexicon.analyze(p[f] ?? '')) inPassage.add(t);
      for (const w of tokenize(p[f] ?? '')) if (w.length >= 5 && !/\d/.test(w)) surface.add(w);
    }
    for (const t of inPassage) {
      df.set(t, (df.get(t) ?? 0) + 1);
      if (p.kind !== 'lab') outsideLabs.add(t);
    }
  }
  const vocab = [...df.keys()].sort();
  return {
    vocab,
    df: vocab.map((t) => df.get(t) ?? 0),
    surface: [...surface].sort(),
    labOnly: vocab.filter((t) => !outsideLabs.has(t)),
  };
}

/**
 * The index of a lesson's passages, read with the lesson's vocabulary (none: the generic language data
 * alone), with the lesson's run explainers alongside.
 */
export function buildPayload(
  slug: string,
  lessonTitle: string,
  sections: SectionRef[],
  passages: Passage[],
  { vocabulary, runExplainers }: LessonTutorData = {},
): TutorPayload {
  const lexicon = createLexicon(vocabulary);
  const mini = new MiniSearch<Passage>(indexOptions(lexicon));
  mini.addAll(passages);
  return {
    version: 1,
    slug,
    lessonTitle,
    sections,
    passages,
    ...vocabularyOf(passages, lexicon),
    ...(vocabulary ? { vocabulary } : {}),
    ...(runExplainers ? { runExplainers } : {}),
    index: mini.toJSON(),
  };
}

/** Rebuild the searchable index from a payload (browser or node). Throws on a malformed payload. */
export function loadPayload(payload: TutorPayload): TutorIndex {
  if (payload?.version !== 1 || !Array.isArray(payload.passages)) {
    throw new Error('The tutor index is missing or from an older build.');
  }
  const lexicon = createLexicon(payload.vocabulary);
  // Phrase pairs are worked out only when a question needs them, then kept.
  const pairCache = new Map<number, Set<string>>();
  const byId = new Map(payload.passages.map((p) => [p.id, p]));
  const pairsOf = (id: number): ReadonlySet<string> => {
    let pairs = pairCache.get(id);
    if (!pairs) {
      const p = byId.get(id);
      pairs = p ? pairsIn(p, lexicon) : new Set();
      pairCache.set(id, pairs);
    }
    return pairs;
  };
  // Only passages that hold both terms can hold them side by side: ask the index for those first, then
  // read them whole (code too: "setInterval" is only written in code).
  const hasPair = (a: string, b: string): boolean =>
    mini
      .search(`${a} ${b}`, { combineWith: 'AND', tokenize: (q) => q.split(' '), processTerm: (t) => t })
      .some((hit) => {
        const p = byId.get(hit.id as number);
        return !!p && pairsIn(p, lexicon, FIELDS).has(bigramKey(a, b));
      });
  const mini = MiniSearch.loadJS<Passage>(
    payload.index as Parameters<typeof MiniSearch.loadJS>[0],
    indexOptions(lexicon),
  );
  return {
    mini,
    passages: payload.passages,
    byId,
    vocab: new Set(payload.vocab),
    df: new Map(payload.vocab.map((t, i) => [t, payload.df[i] ?? 1])),
    topics: new Set(
      // Quiz prompts are questions, not topic names: their keywords do not count.
      payload.passages.flatMap((p) =>
        lexicon.analyze(`${p.label} ${p.heading ?? ''} ${p.kind === 'quiz' ? '' : (p.keywords ?? '')}`),
      ),
    ),
    surface: new Map(
      (payload.surface ?? []).flatMap((w) => {
        const n = lexicon.normalizeTerm(w);
        return n ? [[w, n] as const] : [];
      }),
    ),
    labOnly: new Set(payload.labOnly ?? []),
    pairsOf,
    hasPair,
    sections: payload.sections,
    lexicon,
  };
}

/** Convenience for tests and the benchmark: passages -> ready index, no serialisation round trip. */
export function indexFromPassages(
  passages: Passage[],
  sections: SectionRef[],
  data?: LessonTutorData,
): TutorIndex {
  return loadPayload(buildPayload('test', 'test', sections, passages, data));
}
