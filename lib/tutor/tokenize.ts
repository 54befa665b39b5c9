/**
 * Tokenizer shared by the index build and the query side, so both see the same terms.
 *
 * Before splitting, notations of performance writing are folded into single tokens:
 * "N+1" / "n plus one" -> "nplus1", "O(n²)" / "n squared" -> "quadratic", "O(n log n)" -> "nlogn",
 * "O(n)" -> "linear", "O(1)" -> "constant", "big O" -> "complexity". Numbers lose their thousands
 * separators ("10,001" -> "10001"), identifiers split at underscores and camelCase humps.
 */

const NOTATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bn\s*\+\s*1\b|\bn\s*\+\s*one\b|\bn[\s-]*plus[\s-]*(?:1|one)\b/gi, ' nplus1 '],
  [
    /\bo\s*\(\s*n\s*(?:\^\s*2|²|2|\*\s*n|·\s*n|×\s*n|\s*squared)\s*\)|\bn\s*(?:\^\s*2|²|squared)\b|\bn2\b/gi,
    ' quadratic ',
  ],
  [/\bo\s*\(\s*n\s*[·*]?\s*m\s*\)/gi, ' quadratic '],
  [/\bo\s*\(\s*n\s*(?:\^\s*3|³|3|\s*cubed)\s*\)/gi, ' cubic '],
  [/\bo\s*\(\s*n\s*[·*]?\s*log\s*n\s*\)|\bn\s*log\s*n\b/gi, ' nlogn '],
  [/\bo\s*\(\s*log\s*n\s*\)/gi, ' logarithmic '],
  [/\bo\s*\(\s*n\s*\)/gi, ' linear '],
  [/\bo\s*\(\s*1\s*\)/gi, ' constant '],
  [/\bbig[\s-]*o\b/gi, ' complexity '],
  [/\bout[\s-]+of[\s-]+memory\b|\bOOM\b/g, ' oom '],
  [/\bflame[\s-]*(?:graphs?|charts?)\b/gi, ' flamegraph '],
  [/\btl\s*;?\s*dr\b/gi, ' tldr '],
  // Platform names a hump would split into two words ("Git" "Hub").
  [/\bGitHub\b/gi, ' github '],
  [/\bGitLab\b/gi, ' gitlab '],
  // "event loop" is its own concept: a learner's "my loop" should not match it.
  [/\bevent[\s-]*loops?\b/gi, ' eventloop '],
  // One name for regular expressions: RegExp, regexp, regex, regexes, "regular expression(s)".
  [/\bRegExp?s?\b|\bregexp?(?:e?s)?\b|\bregular\s+expressions?\b/gi, ' regex '],
  // Array.forEach is a loop; split at its hump it would be two stop words.
  [/\bforEach\b/g, ' foreach '],
  // "a loop inside a loop" and "nested loops" are one idea.
  [/\bloops?\s+(?:inside|in|within)\s+(?:(?:a|an|another|the)\s+)?(?:other\s+)?loops?\b/gi, ' nested loop '],
];

/** SQL's IN, written in capitals ("one IN query", "IN (...)"), is a term; the English "in" is not. */
const SQL_IN = /\bIN\b/g;

/**
 * Split camelCase / PascalCase humps: "readFileSync" -> "read File Sync", and an acronym from the word
 * after it: "OOMKilled" -> "OOM Killed", "XMLHttpRequest" -> "XML Http Request".
 */
const splitHumps = (s: string): string =>
  s.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');

/** Text -> lower-case raw word tokens (no stemming, no stop-word removal). */
export function tokenize(text: string): string[] {
  let s = text.normalize('NFKC');
  for (const [re, to] of NOTATIONS) s = s.replace(re, to);
  // Only in mixed-case text: in a shouted sentence "IN" is just "in".
  if ((s.match(/[a-z]/g)?.length ?? 0) > (s.match(/[A-Z]/g)?.length ?? 0)) s = s.replace(SQL_IN, ' sqlin ');
  s = splitHumps(s).toLowerCase();
  s = s.replace(/(\d),(?=\d{3}\b)/g, '$1'); // 10,001 -> 10001
  s = s.replace(/\b(\d+(?:\.\d+)?)[x×](?![a-z0-9])/g, '$1 '); // 100x, 10000× -> the number
  s = s.replace(/\b(\d+(?:\.\d+)?)(kb|kib|mb|mib|gb|gib|tb|ms|s|µs|us|ns)\b/g, '$1 $2'); // 5GB -> 5 gb
  s = s.replace(/['’](?:s|re|ve|ll|d|m)\b/g, ' '); // what's -> what
  s = s.replace(/\bcan['’]t\b/g, 'can not').replace(/\bwon['’]t\b/g, 'will not');
  s = s.replace(/n['’]t\b/g, ' not'); // doesn't -> does not
  const out: string[] = [];
  for (const raw of s.split(/[^a-z0-9]+/)) {
    if (raw.length === 0) continue;
    out.push(raw);
  }
  return out;
}

/**
 * Sentence-level split used by the answer composer (keeps the original text). U+2029 (a code block
 * was there) always ends a sentence.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const para of text.split('\u2029')) {
    // A sentence ends at . ! or ? (and any closing quote or bracket) followed by a space and then
    // something that is not a lower-case letter. "fs.readFileSync", "1.5 s", "e.g. a Set" stay whole.
    for (const part of para.split(/(?<!\b(?:e\.g|i\.e|vs|etc|cf)\.)(?<=[.!?]["”’)\]]*)\s+(?=[^a-z\s])/)) {
      const t = part.trim();
      if (t.length > 0) out.push(t);
    }
  }
  return out;
}
