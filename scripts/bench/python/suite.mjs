// Reads the labelled Python snippets in eval/python/{time,memory}/*.py: the header comments give the
// expected class (`# expect:` for time, `# memory:` for memory), `# holdout` marks snippets kept aside
// while tuning, `# what:` says what the snippet does.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const header = (source, key) => source.match(new RegExp(`^# ${key}:\\s*(.+)$`, 'm'))?.[1]?.trim();

export function readSuite(root, kind) {
  const dir = join(root, 'eval/python', kind);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      const expected = header(source, kind === 'time' ? 'expect' : 'memory');
      if (!expected)
        throw new Error(`${kind}/${file}: no "# ${kind === 'time' ? 'expect' : 'memory'}:" line`);
      return {
        name: file.replace(/\.py$/, ''),
        source,
        expected,
        holdout: /^# holdout\s*$/m.test(source),
        what: header(source, 'what') ?? '',
      };
    });
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const fmtNs = (ns) =>
  ns >= 1e6
    ? `${(ns / 1e6).toFixed(ns >= 1e7 ? 0 : 1)} ms`
    : ns >= 1e3
      ? `${(ns / 1e3).toFixed(ns >= 1e4 ? 0 : 1)} µs`
      : `${Math.round(ns)} ns`;
