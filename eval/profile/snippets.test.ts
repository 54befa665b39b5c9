import { describe, expect, it } from 'vitest';
import { loadModule } from '@/lib/measure/load-code';
import { instrument } from '@/lib/profile/instrument';
import { PLAYGROUND_EXPORTS } from '@/lib/runner/playground-request';
import { transpileModule, type SourceLanguage } from '@/lib/runner/transpile';

const transpileLearnerCode = (source: string, language: SourceLanguage) =>
  transpileModule(source, { language, requiredExports: PLAYGROUND_EXPORTS, contract: 'playground' });
import { profileSnippets } from './snippets';

const compile = (source: string, language: 'ts' | 'js') => {
  const t = transpileLearnerCode(source, language === 'ts' ? 'typescript' : 'javascript');
  if (!t.ok) throw new Error(t.problems.map((p) => `${p.line}: ${p.message}`).join('; '));
  return t.code;
};

describe('the labelled profiling suite', () => {
  it('has at least 24 snippets with unique ids, both languages, async code, and 8 held out', () => {
    expect(profileSnippets.length).toBeGreaterThanOrEqual(24);
    expect(new Set(profileSnippets.map((s) => s.id)).size).toBe(profileSnippets.length);
    expect(new Set(profileSnippets.map((s) => s.language))).toEqual(new Set(['ts', 'js']));
    expect(profileSnippets.filter((s) => s.heldOut)).toHaveLength(8);
    expect(profileSnippets.some((s) => /export async function solve/.test(s.source))).toBe(true);
  });

  for (const s of profileSnippets) {
    it(`${s.id}: runs, instruments with a probe on its hot line, and so does its stand-in`, async () => {
      const code = compile(s.source, s.language);
      const ins = instrument(code);
      if (!ins.ok) throw new Error(ins.message);
      expect(ins.probes.map((p) => p.line)).toContain(s.hotLine);
      const m = loadModule(code);
      await (m.solve as (i: unknown) => unknown)((m.makeInput as (n: number) => unknown)(64));
      expect(s.fix).toBeDefined();
      const lines = s.source.split('\n');
      lines[s.hotLine - 1] = s.fix as string;
      const fixed = loadModule(compile(lines.join('\n'), s.language));
      await (fixed.solve as (i: unknown) => unknown)((fixed.makeInput as (n: number) => unknown)(64));
    });
  }
});
