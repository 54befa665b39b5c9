import { describe, expect, it } from 'vitest';
import { profilePrompt } from './prompt';
import type { ProfileLine, ProfileReport } from './types';

const SOURCE = [
  'export function usersWithTeams(users, teams) {',
  '  const out = [];',
  '  for (const user of users) {',
  '    const team = teams.find((t) => t.id === user.teamId);',
  '    out.push({ ...user, team: team ? team.name : null });',
  '  }',
  `  return out.sort((a, b) => a.name.localeCompare(b.name)); // ${'x'.repeat(300)}`,
  '}',
].join('\n');

function report(lines: ProfileLine[], extra: Partial<ProfileReport> = {}): ProfileReport {
  return {
    language: 'javascript',
    n: 10_000,
    calls: 4,
    plainNsPerCall: 42_300_000,
    instrumentedNsPerCall: 400_000_000,
    overhead: 9.46,
    probeCostNs: 40,
    totalSelfNs: lines.reduce((s, l) => s + l.selfNs, 0),
    functions: [{ id: 0, name: 'usersWithTeams', line: 1, calls: 4, selfNs: 1, totalNs: 1 }],
    lines,
    tree: { fn: -1, calls: 0, selfNs: 0, totalNs: 0, children: [] },
    method: 'test',
    ...extra,
  };
}

const LINES: ProfileLine[] = [
  { line: 2, hits: 4, selfNs: 10, share: 0.001, fn: 0 },
  { line: 4, hits: 40_000, selfNs: 9e8, share: 0.81, fn: 0 },
  { line: 5, hits: 40_000, selfNs: 1.5e8, share: 0.135, fn: 0 },
  { line: 7, hits: 4, selfNs: 5e7, share: 0.054, fn: 0 },
];

describe('profilePrompt', () => {
  const text = profilePrompt({
    report: report(LINES),
    source: SOURCE,
    fnName: 'usersWithTeams',
    unit: 'users',
    language: 'JavaScript',
  });

  it('states the function, the size with its unit, and the plain time per call', () => {
    expect(text).toContain('`usersWithTeams` (JavaScript)');
    expect(text).toContain('10,000 users');
    expect(text).toContain('42.3 ms per call');
    expect(text).toMatch(/without any profiler/);
  });

  it('quotes the top three lines, hottest first, with code, share and hits per call', () => {
    const at = (s: string) => text.indexOf(s);
    expect(at('1. Line 4 in usersWithTeams: 81% of the time, run 10,000 times per call')).toBeGreaterThan(0);
    expect(at('const team = teams.find((t) => t.id === user.teamId);')).toBeGreaterThan(at('1. Line 4'));
    expect(at('2. Line 5')).toBeGreaterThan(at('1. Line 4'));
    expect(at('3. Line 7')).toBeGreaterThan(at('2. Line 5'));
    expect(text).not.toContain('Line 2');
  });

  it('asks for the smallest change per hot spot, before and after, with results unchanged', () => {
    expect(text).toMatch(/smallest edit/);
    expect(text).toMatch(/before and after/);
    expect(text).toMatch(/must return exactly what it returns now/);
  });

  it('is bounded: long lines are cut, and a size without a unit reads plainly', () => {
    const line7 = text.split('\n').find((l) => l.includes('localeCompare'))!;
    expect(line7.length).toBeLessThanOrEqual(165);
    expect(line7.endsWith('…')).toBe(true);
    const plain = profilePrompt({ report: report(LINES), source: SOURCE, fnName: 'solve', top: 1 });
    expect(plain).toContain('an input of size 10,000');
    expect(plain).not.toContain('2. Line');
    expect(plain.length).toBeLessThan(1000);
  });

  it('says so when no line took measurable time', () => {
    const none = profilePrompt({ report: report([]), source: SOURCE, fnName: 'solve' });
    expect(none).toMatch(/no line that took measurable time/);
  });
});
