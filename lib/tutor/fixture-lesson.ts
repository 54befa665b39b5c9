/**
 * A small lesson used by the tutor's unit tests (independent of any real lesson's prose, ids and
 * vocabulary), with a small vocabulary of its own in the shape lessons give theirs.
 */
import { buildPassages, type LessonSources } from './passages';
import { buildPayload, loadPayload, type TutorIndex } from './search-index';
import type { RunExplainers } from './run-diagnosis';
import type { LessonTutorData, LessonVocabulary } from './types';

export const fixtureSources: LessonSources = {
  lesson: {
    slug: 'fixture',
    title: 'Fixture lesson',
    closingLine: 'Code meets the inputs you never tried in production.',
    sections: [
      {
        id: 'intro',
        title: 'Fine on a laptop, slow in production',
        file: 'intro.mdx',
        summary: 'Why tiny test inputs hide slow code.',
      },
      {
        id: 'slow-shapes',
        title: 'Six slow patterns',
        file: 'six.mdx',
        summary: 'The recurring shapes of slow generated code.',
      },
      {
        id: 'per-row-queries',
        title: 'The N+1 trap',
        file: 'n1.mdx',
        summary: 'One query per row instead of one query in total.',
      },
      {
        id: 'growing-memory',
        title: 'Memory that only grows',
        file: 'memory.mdx',
        summary: 'Leaks that show up after hours, not seconds.',
      },
      {
        id: 'closing',
        title: 'The big idea',
        file: 'big.mdx',
        summary: 'Give the model a measured signal.',
      },
    ],
    terms: [
      {
        id: 'n1-query',
        term: 'N+1 query',
        definition: 'Fetching a list with one query and then issuing one more query for every item in it.',
        sectionId: 'per-row-queries',
      },
      {
        id: 'paging',
        term: 'Pagination',
        definition: 'Returning a large result in pages, each request asking for the next slice.',
        sectionId: 'slow-shapes',
      },
    ],
    patterns: [
      {
        id: 'quadratic',
        pattern: 'Nested scan of a list',
        symptom: 'Membership test against an array inside a loop',
        fix: 'Build a Set once, then look up in it',
        cost: 'O(n·m) → O(n+m)',
      },
      {
        id: 'no-pagination',
        pattern: 'No pagination',
        symptom: 'An endpoint sends every record at once',
        fix: 'Cursor or offset pages',
        cost: 'O(total) per request → O(page)',
      },
    ],
  },
  sectionMdx: {
    intro: `import { Term } from './term';

Generated code is usually checked on three or four tiny inputs, so a slow loop never shows up on a laptop.
Production feeds it a hundred thousand rows and the same loop takes minutes.
`,
    'slow-shapes': `The same few slow shapes keep appearing in assistant-written code.

<PatternTable />

<Callout kind="tip">
Checking whether an item is in a **list** inside a loop makes the loop quadratic; a \`Set\` lookup keeps it linear.
</Callout>
`,
    'per-row-queries': `## Why it happens

An ORM makes a related field look like a plain property, so reading it inside a loop quietly sends one <Term id="n1-query">query per row</Term>.
With 10,000 users that is 10,001 round trips to the database instead of one.

## The fix

Ask the ORM to join or prefetch the related table, or collect the ids and fetch them with one \`IN\` query.

\`\`\`ts
// before: one query per user
for (const u of users) await db.team(u.teamId);
\`\`\`
`,
    'growing-memory': `- A cache with no eviction keeps every entry forever, so the process grows until it runs out of memory.
- Reading a whole multi-gigabyte file into memory instead of streaming it.
- Closures that keep a large object alive long after it is needed.
`,
    closing: `Performance is invisible to the model unless you hand it a measured signal: the input scale, a benchmark, a profile.`,
  },
  quiz: [
    {
      sectionId: 'growing-memory',
      prompt: 'Why does the worker grow?',
      explanation: 'An unbounded cache never drops entries, so memory climbs with every new key.',
    },
  ],
};

/** The fixture lesson's vocabulary: a few folds, expansions and one phrase, as a real lesson has them. */
export const fixtureVocabulary: LessonVocabulary = {
  folds: {
    database: 'db dbs',
    performance: 'perf',
    pagination: 'paging paginate',
    memory: 'ram heap',
    slow: 'slower sluggish',
    leak: 'leaks leaking leaky',
    duplicate: 'dedupe',
    run: 'launch',
    cache: 'memoize cached',
    ai: 'llm model chatgpt',
  },
  expansions: {
    leak: 'memory grow evict',
    pagination: 'page cursor offset',
    inner: 'loop nested quadratic',
    nested: 'quadratic loop',
    freeze: 'block stall wait',
    crash: 'memory killed',
    bottleneck: 'hot spot profile',
    grow: 'memory',
  },
  phrases: { 'loop slow': 'quadratic nested' },
  senses: [{ word: 'mocha', as: 'coffee', when: 'drink|cups?|caf\\w*', unless: 'tests?|specs?' }],
};

/** Which fixture section explains each finding a run can show (one finding left unexplained). */
export const fixtureRunExplainers: RunExplainers = {
  'query-per-item': { sectionId: 'per-row-queries', query: 'N+1 one query per row join prefetch' },
  'superlinear-time': { sectionId: 'slow-shapes', query: 'nested scan of a list quadratic set lookup' },
  'blocking-calls': { sectionId: 'slow-shapes', query: 'blocking call' },
  'over-read': { sectionId: 'slow-shapes', query: 'rows filter' },
  'unbounded-result': { sectionId: 'slow-shapes', query: 'no pagination every record at once' },
  'growing-retention': { sectionId: 'growing-memory', query: 'cache with no eviction grows memory' },
};

/** The index of a lesson's sources (the fixture lesson and its data by default), through JSON as a browser gets it. */
export function fixtureIndex(
  sources: LessonSources = fixtureSources,
  data: LessonTutorData = { vocabulary: fixtureVocabulary, runExplainers: fixtureRunExplainers },
): TutorIndex {
  const sections = sources.lesson.sections.map((x) => ({ id: x.id, title: x.title }));
  const payload = buildPayload(
    sources.lesson.slug,
    sources.lesson.title,
    sections,
    buildPassages(sources),
    data,
  );
  return loadPayload(JSON.parse(JSON.stringify(payload)));
}
