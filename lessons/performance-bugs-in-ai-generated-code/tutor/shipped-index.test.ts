/**
 * The tutor on the index exactly as `npm run build` makes it (scripts/build-tutor-index.mjs: sections,
 * terms, patterns, quiz explanations and lab prose), for learner phrasings seen in the blind question sets.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { buildTutorPayloads } from '@/scripts/build-tutor-index.mjs';
import { ask } from '@/lib/tutor/ask';
import { loadPayload, type TutorIndex } from '@/lib/tutor/search-index';
import type { TutorPayload } from '@/lib/tutor/types';

const { payloads } = (await buildTutorPayloads()) as { payloads: TutorPayload[] };
const payload = payloads.find((p) => p.slug === 'performance-bugs-in-ai-generated-code');
if (!payload) throw new Error('no tutor index for the lesson');
const index: TutorIndex = loadPayload(JSON.parse(JSON.stringify(payload)));

describe('questions that describe a situation at length', () => {
  it.each([
    // A whole incident in many words: more than one paragraph holds.
    [
      "prod db hit max connections right after yesterday's deploy. the new code loops over the users and " +
        'does `await getProfile(user.id)` (one SELECT each) inside the loop. is that the cause?',
      'n-plus-one',
    ],
    [
      'my server cannot answer other request while one is computing big report inside async function. ' +
        'async should be parallel no? how to fix',
      'six-patterns',
    ],
    // A role at work with plenty of lesson evidence is only who is asking.
    [
      "for (const u of users) {\n  const [team] = await db.query('SELECT * FROM teams WHERE id = $1', " +
        '[u.team_id]);\n  u.team = team;\n}\nsenior dev flagged this in review but it works fine?? what is he on about',
      'n-plus-one',
    ],
    // Pasted code: names the labs' own code uses ("currency", "price") count as the lesson's.
    [
      "we do `lines.map(l => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })" +
        '.format(l.price))` for each invoice line, any problem with that?',
      'six-patterns',
    ],
    // "rewrote" is "rewrite", which the lesson uses; "var" is a keyword, not another topic.
    [
      "asked chatgpt to 'optimize this' and it rewrote half the file and nothing got faster",
      'profile-then-fix',
    ],
    ['what does hoist it out of the loop mean? i thought hoisting was the weird var thing', 'six-patterns'],
    // Everyday symptoms and a common acronym, through the learner-word lists.
    [
      'Our app gets slower and slower over a few days and then just dies. Restarting it fixes things for a while.',
      'memory',
    ],
    [
      "I'm teaching a class on TDD. How would test-first work for a performance requirement?",
      'perf-test-first',
    ],
    // Only numbers and everyday words, but the lesson's numbers, together in one passage.
    ['why 100, 10k and 1M specifically?', 'benchmark-habit'],
    // "OOMKilled" is "OOM Killed"; "quietly" is everyday.
    [
      'Node service: heapUsed climbs ~50 MB/hour, never comes back down, and the pod gets OOMKilled every ' +
        'two days. How do I pin down what is actually leaking?',
      'memory',
    ],
    // A quantity question answered with a figure, a comparison answered from a passage naming both.
    ['how many queries does the n+1 version make for 10,000 rows', 'n-plus-one'],
    ['offset vs cursor paging, which is better?', 'six-patterns'],
    // Words about the asker, and a code-hosting platform, say who and where, not what.
    ['what is event loop? english is not my first language, please explain simple', 'six-patterns'],
    [
      'We added a test asserting a function runs under 50ms and it randomly fails on GitHub Actions maybe ' +
        '1 run in 5. Should we just delete it?',
      'perf-test-first',
    ],
    // "Cursor" next to AI words and no paging words is the AI editor; "shouldnt" is a stop word.
    [
      "told cursor 'make this faster', it rewrote half the file and the endpoint is exactly as slow as before",
      'profile-then-fix',
    ],
    [
      "why shouldnt I trust the profiler's timings to tell me whether my change made things quicker?",
      'profile-then-fix',
    ],
    // Product words ("support tickets", "the admin list") say where; SQL and a method call are pasted code.
    [
      'Support tickets say the admin list is instant on page 1 but takes seconds around page 900. We page ' +
        'with LIMIT/OFFSET. Why does depth matter, and what should we switch to?',
      'six-patterns',
    ],
    [
      'my lead rejected my PR because I do SELECT * on orders and then .filter() in JS to keep the refund ' +
        'ones. the result is identical?? why does it matter where the filtering happens',
      'six-patterns',
    ],
    ['self time vs total time?', 'profile-then-fix'],
    // A career word with two or more lesson topics is only why someone asks.
    [
      "interview prep: if a nested-loop algo handles 1k items in 1ms, what's a rough estimate for 100k items?",
      'six-patterns',
    ],
    // A question about a lab may use the lab's own words; who asks (a TA) and when (next week) are neutral.
    [
      'TA grading the price cache lab: a student empties the whole cache once it reaches 500 entries. ' +
        'Entries retained passes but hit rate fails. What should I tell them?',
      'memory',
    ],
    [
      'Teaching this next week. Can you give me the six slow patterns as a short list, each with its usual ' +
        'fix, so I can put it on one slide?',
      'six-patterns',
    ],
    // Another stack's words, bridged to the lesson's own ("In Java … is a JS Set the same?").
    [
      'java dev here. ArrayList.contains walks the list, HashSet.contains hashes. is it the same story in JS ' +
        'with array includes vs Set.has?',
      'six-patterns',
    ],
    // The lesson's takeaway is its closing section.
    [
      "Teacher here. I need the one-sentence takeaway of this lesson for my closing slide - what's the core message?",
      'big-idea',
    ],
  ])('%s -> %s', (q, sectionId) => {
    const { answer, retrieval } = ask(index, q);
    expect(answer.kind).toBe('answer');
    expect(retrieval?.sections[0]?.sectionId).toBe(sectionId);
  });

  it.each([
    // A quantity question the lesson's sentences mention but give no figure for.
    'how many connections should our postgres pool have for 20 app servers',
    // A comparison of two things the lesson treats as one (two AI assistants).
    'copilot or cursor, which one should my team pay for',
    // A comparison no passage makes: the lesson names both words, never side by side.
    'whats the difference between callbacks and promises, im new to js',
    // Another stack's question that only mentions the lesson's stack in passing.
    'how do I tune the JVM garbage collector for a Node developer',
    // Two words run together into the name of a thing the lesson never names.
    'is quicksort really n^2 in the worst case? when does that happen',
    // A technical name the lesson never writes, outside pasted code, is another topic's.
    'k6 vs jmeter for load tests',
    'why python threads dont make my cpu heavy code faster? is it the GIL',
    'how do I ask my manager for a raise',
    'how do I prepare for a performance review interview',
    'How do I write a regular expression for email addresses?',
    'Django admin: how do I show extra columns and a search box on the model list page?',
  ])('refuses %s', (q) => {
    expect(ask(index, q).answer.kind).toBe('refusal');
  });
});
