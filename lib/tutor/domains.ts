/**
 * Names of other domains: a small, generic taxonomy of things a question can be *about* that are not a
 * lesson's subject — programming languages, frameworks and libraries, developer tools and platforms, other
 * fields of study, and career or everyday-life topics. It lists whole categories, not questions' words,
 * but it was written after reading the out-of-scope questions the tutor answered on the seen sets (React,
 * Java, Spring, Python, Rust, interview, manager, machine learning are among its names), so those sets do
 * not test it; only a new blind set will.
 *
 * These words are neutral for coverage (words/neutral-words.json: "my Python loop is slow" stays in
 * scope), so on their own they never refuse a question. They matter only as positive evidence that the
 * question's focus lies elsewhere: when a question names one that the lesson itself never uses (computed
 * per lesson, so a lesson that mentions Django or Node does not count them as foreign), its lesson words
 * must include a distinctive lesson topic (see compose-answer.ts, rule "other-domain"), and words joined
 * to the foreign name ("React.memo", "machine learning") are the foreign domain's, not the lesson's.
 */

/**
 * Frameworks, libraries and runtimes by the language they belong to. When the lesson uses one of the
 * language's own names (first list), its ecosystem is the lesson's too: naming one of its frameworks does
 * not take a question elsewhere ("an Express handler" in a JavaScript lesson), though the words the name
 * owns are still not lesson evidence.
 */
const ECOSYSTEMS: ReadonlyArray<readonly [string, string]> = [
  [
    'javascript js typescript ts node nodejs',
    'react vue angular svelte nextjs nuxt remix gatsby jquery express nestjs fastify koa hapi electron deno bun',
  ],
  ['python', 'django flask fastapi pandas numpy tensorflow pytorch'],
  ['java kotlin jvm', 'spring hibernate android'],
  ['ruby', 'rails'],
  ['php', 'laravel symfony wordpress'],
  ['csharp dotnet', 'unity'],
  ['dart', 'flutter'],
  ['swift', 'ios xcode'],
  [
    'rust golang scala haskell perl elixir erlang clojure lua julia fortran cobol matlab ocaml fsharp ' +
      'groovy objective-c vba',
    '',
  ],
];

/** Developer tools and platforms, other fields of study, career and everyday-life topics. */
const OTHER_DOMAINS =
  // Tools and platforms.
  'docker kubernetes k8s terraform ansible jenkins aws azure gcp heroku vercel netlify webpack vite ' +
  'babel eslint prettier vscode vim emacs intellij excel photoshop figma linux macos tailwind ' +
  'bootstrap unreal ' +
  // Fields of study (two-word names joined by a hyphen).
  'mathematics math maths physics chemistry biology statistics economics accounting finance ' +
  'machine-learning deep-learning data-science cryptography blockchain game-development graphic-design ' +
  // Career and life topics are CAREER below.
  '';

/**
 * Career topics ("interview", "salary", "promotion"). A question that names one is about work life unless
 * it also has two or more lesson topic words ("interview prep: a nested loop over 1k items takes 1 ms…")
 * (compose-answer.ts, rule "other-domain"). ("job", "raise" and "windows" are left out: "a background job",
 * "raise an error", "sliding windows"; "bootcamp" is where a teacher teaches, like "class".)
 */
const CAREER = new Set(
  (
    'interview interviews interviewing salary salaries promotion career careers resume cv hiring ' +
    'recruiter recruiters negotiate negotiation portfolio freelance freelancing'
  ).split(' '),
);

/** The words of a question (lower case, in order) that a word set holds. */
const wordsOf =
  (set: ReadonlySet<string>) =>
  (question: string): string[] =>
    (
      question
        .slice(0, 500)
        .toLowerCase()
        .match(/[a-z]+/g) ?? []
    ).filter((w) => set.has(w));

/** Career words (CAREER) in a question, lower case, in order. */
export const careerMentions = wordsOf(CAREER);

/**
 * Roles at work. They say who asks or who is involved ("my senior dev flagged this loop"), not what a
 * question is about, so they never take a question elsewhere by themselves; but a question that names one
 * and has little lesson evidence ("how do I ask my manager for a raise") is about work life, not the lesson
 * (compose-answer.ts, rule "other-domain").
 */
const ROLES = new Set('manager managers boss bosses senior seniors junior juniors cto ceo hr'.split(' '));

/** Role words (ROLES) in a question, lower case, in order. */
export const roleMentions = wordsOf(ROLES);

interface Taxonomy {
  /** Name -> the language names of its ecosystem (empty for tools, fields and career words). */
  single: Map<string, string[]>;
  /** Two-word names ("machine learning"). */
  pairs: Set<string>;
}

function parse(): Taxonomy {
  const single = new Map<string, string[]>();
  const pairs = new Set<string>();
  for (const [langs, libs] of ECOSYSTEMS) {
    const own = langs.split(' ');
    for (const w of [...own, ...libs.split(' ')]) if (w) single.set(w, own);
  }
  for (const w of OTHER_DOMAINS.split(' ').filter(Boolean)) {
    if (w.includes('-') && !w.endsWith('-c')) pairs.add(w.replace('-', ' '));
    else if (w) single.set(w, []);
  }
  return { single, pairs };
}

let cache: ReturnType<typeof parse> | null = null;

export interface DomainMention {
  /** The name as found, lower case ("react", "machine learning"). */
  name: string;
  /** Whether the lesson's own language or ecosystem covers it (then it does not take a question elsewhere). */
  foreign: boolean;
  /** Whether the lesson itself uses the name ("Django", "Node", "Python" in a lesson that cites them). */
  named: boolean;
  /** Lower-case words the name owns: its own words and any joined to it by a dot ("memo" in React.memo). */
  owned: string[];
}

/**
 * Other-domain names in a question, with the words they own. `lessonUses(words)` says whether the lesson
 * itself uses a name (one word, or two side by side): such a name is not foreign to it, nor is a framework
 * of a language the lesson uses.
 */
export function domainMentions(question: string, lessonUses: (words: string[]) => boolean): DomainMention[] {
  cache ??= parse();
  const { single, pairs } = cache;
  const text = question.slice(0, 500).normalize('NFKC');
  const out: DomainMention[] = [];
  // A lesson that writes "JavaScript" has the word "java" (split at the hump) without naming Java: a name
  // that starts a longer name of the taxonomy, written side by side with the rest, does not count.
  const usedAlone = (name: string): boolean =>
    lessonUses([name]) &&
    ![...single.keys()].some(
      (longer) =>
        longer.length > name.length &&
        longer.startsWith(name) &&
        lessonUses([name, longer.slice(name.length)]),
    );
  // Words as written, keeping dotted names ("React.memo", "Next.js") together.
  const words = [...text.matchAll(/[A-Za-z][A-Za-z0-9+#-]*(?:\.[A-Za-z][A-Za-z0-9]*)*/g)].map((m) =>
    m[0].toLowerCase(),
  );
  for (let i = 0; i < words.length; i++) {
    const [head = '', ...dotted] = (words[i] ?? '').split('.');
    const pair = `${head} ${words[i + 1]?.split('.')[0] ?? ''}`;
    if (pairs.has(pair)) {
      const owned = pair.split(' ');
      out.push({ name: pair, foreign: !lessonUses(owned), named: lessonUses(owned), owned });
      i++;
      continue;
    }
    // "next.js" and "node.js" are names of their own.
    const name = dotted[0] === 'js' && single.has(`${head}js`) ? `${head}js` : head;
    const langs = single.get(name);
    if (!langs) continue;
    const foreign = !usedAlone(name) && !usedAlone(head) && !langs.some(usedAlone);
    const named = usedAlone(name) || usedAlone(head);
    out.push({ name, foreign, named, owned: [head, ...dotted.filter((d) => d !== 'js')] });
  }
  return out;
}
