/**
 * A lab in the language the learner chose. A lab folder declares its JavaScript lab and, optionally, the
 * same task in Python (`lab.python`); `labIn(lab, 'python')` overlays the Python form on the lab, so the
 * page, the judge, the run request and the tests all take one `Lab` value and never branch on language
 * except where code is run (lab-run-request.ts).
 */
import type { Lab } from './types';

export type LabLanguage = 'javascript' | 'python';

export function labLanguages(lab: Lab): LabLanguage[] {
  if (lab.pythonOnly) return ['python'];
  return lab.python ? ['javascript', 'python'] : ['javascript'];
}

/** The lab as run in `language`; the lab itself when it has no such form. */
export function labIn(lab: Lab, language: LabLanguage): Lab {
  if (language === 'javascript' || !lab.python) return lab;
  if (lab.language === 'python') return lab;
  const py = lab.python;
  const p = lab.prediction;
  const explain = py.predictionExplain ?? p?.explain ?? '';
  const prediction = !p
    ? undefined
    : p.kind === 'line' && py.predictionLine !== undefined
      ? { ...p, answer: py.predictionLine, explain }
      : { ...p, explain };
  return {
    ...lab,
    language: 'python',
    starter: py.starter,
    solution: py.solution,
    harness: py.harness,
    requiredExports: py.requiredExports,
    // Python's sqlite3 is in its own standard library: sql.js is not loaded for it.
    needsSqlite: false,
    sizes: py.sizes ?? lab.sizes,
    budget: py.budget ?? lab.budget,
    hints: py.hints ?? lab.hints,
    patternNote: py.patternNote ?? lab.patternNote,
    prose: { ...lab.prose, ...py.prose },
    tests: py.tests,
    ...(prediction ? { prediction } : {}),
  };
}

/**
 * The language a lab page's URL fragment asks for: `#lang=python` (or `py`), `#lang=js`/`ts`; a share link
 * without `lang=` (`#code=…`) is TypeScript. Null when the fragment says nothing about it.
 */
export function hashLanguage(hash: string): LabLanguage | null {
  const params = (hash.startsWith('#') ? hash.slice(1) : hash).split('&');
  const lang = params
    .find((p) => p.startsWith('lang='))
    ?.slice('lang='.length)
    .toLowerCase();
  if (lang === 'python' || lang === 'py') return 'python';
  if (lang === 'js' || lang === 'javascript' || lang === 'ts' || lang === 'typescript') return 'javascript';
  return params.some((p) => p.startsWith('code=')) ? 'javascript' : null;
}

/**
 * Where the learner's code for a lab is kept in progress (`code[key]`): the lab's id for its first
 * language, `<id>.py` for the Python form of a lab that also has a JavaScript one, so neither language's
 * code overwrites the other's.
 */
export function labCodeKey(lab: Lab): string {
  return lab.language === 'python' && !lab.pythonOnly ? `${lab.id}.py` : lab.id;
}
