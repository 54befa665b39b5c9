'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { rememberCodeLang } from '@/components/lesson/code-lang';
import type { CodeLanguage } from '@/lib/runner/run-request';
import { DEFAULT_EXAMPLE, DEFAULT_PYTHON_EXAMPLE_ID, EXAMPLES, type Example } from './examples';

const isPython = (l: CodeLanguage) => l === 'python';

/** An example's code, loaded with its language's examples module. */
export async function loadExampleSource(ex: Example): Promise<string | undefined> {
  if (ex.language === 'python') return (await import('./example-sources-python')).pythonExampleSource(ex.id);
  return (await import('./example-sources')).exampleSource(ex.id);
}

/**
 * The learner's language choice, shared with the lessons' JS | Python switch (localStorage
 * `hotpath:code-lang` and <html data-code-lang>).
 */
function rememberLanguage(language: CodeLanguage): void {
  rememberCodeLang(isPython(language) ? 'python' : 'js');
}

export interface PlaygroundCode {
  source: string;
  setSource(code: string): void;
  language: CodeLanguage;
  /**
   * The code and language as last set, even before React has re-rendered with them: what Run reads (a
   * click can come between an edit and that render; `source` would still be the code before it).
   */
  current(): { source: string; language: CodeLanguage };
  exampleId: string;
  /** Loads an example (and its language). */
  pickExample(id: string): Promise<Example | undefined>;
  /**
   * Switches the language. Between Python and TypeScript/JavaScript, an untouched example becomes the
   * other language's first example; code the learner wrote stays as it is (nothing is lost). Returns
   * what to tell the learner, if anything.
   */
  switchLanguage(next: CodeLanguage): Promise<string | null>;
  /** Code from a share link: its own language, no example, nothing remembered. */
  restore(code: string, language: CodeLanguage): void;
}

/** The playground's code, language and example, starting in the learner's remembered language. */
export function usePlaygroundCode(): PlaygroundCode {
  const [source, setSourceState] = useState(DEFAULT_EXAMPLE.source);
  const [language, setLanguageState] = useState<CodeLanguage>('typescript');
  const now = useRef<{ source: string; language: CodeLanguage }>({ source, language });
  const setSource = useCallback((code: string) => {
    now.current = { ...now.current, source: code };
    setSourceState(code);
  }, []);
  const setLanguage = useCallback((lang: CodeLanguage) => {
    now.current = { ...now.current, language: lang };
    setLanguageState(lang);
  }, []);
  const current = useCallback(() => now.current, []);
  const [exampleId, setExampleId] = useState(DEFAULT_EXAMPLE.id);
  // The code as the example was loaded: an example still equal to it is untouched.
  const exampleCode = useRef(DEFAULT_EXAMPLE.source);
  const token = useRef(0);

  const load = useCallback(
    async (ex: Example): Promise<boolean> => {
      const mine = ++token.current;
      const code = await loadExampleSource(ex);
      if (code === undefined || mine !== token.current) return false;
      exampleCode.current = code;
      setExampleId(ex.id);
      setSource(code);
      setLanguage(ex.language);
      return true;
    },
    [setSource, setLanguage],
  );

  // A learner who chose Python (here or in a lesson) starts in Python, unless a link brings code.
  useEffect(() => {
    if (document.documentElement.dataset.codeLang !== 'python') return;
    if (window.location.hash.includes('code=')) return;
    const ex = EXAMPLES.find((e) => e.id === DEFAULT_PYTHON_EXAMPLE_ID);
    if (ex) void load(ex);
  }, [load]);

  const pickExample = useCallback(
    async (id: string) => {
      const ex = EXAMPLES.find((e) => e.id === id);
      return ex && (await load(ex)) ? ex : undefined;
    },
    [load],
  );

  const switchLanguage = useCallback(
    async (next: CodeLanguage): Promise<string | null> => {
      rememberLanguage(next);
      if (isPython(next) === isPython(language)) {
        setLanguage(next);
        return null;
      }
      const untouched = exampleId !== '' && source === exampleCode.current;
      if (untouched) {
        const id = isPython(next) ? DEFAULT_PYTHON_EXAMPLE_ID : DEFAULT_EXAMPLE.id;
        const ex = EXAMPLES.find((e) => e.id === id);
        if (ex && (await load(ex))) {
          if (!isPython(next)) setLanguage(next);
          return `Switched to ${isPython(next) ? 'Python' : 'TypeScript'}: loaded the example “${ex.label}”.`;
        }
      }
      token.current++;
      setLanguage(next);
      setExampleId('');
      return `Switched to ${isPython(next) ? 'Python' : next === 'javascript' ? 'JavaScript' : 'TypeScript'}. Your code was kept as it is; pick an example to start from one in this language.`;
    },
    [language, exampleId, source, load, setLanguage],
  );

  const restore = useCallback(
    (code: string, lang: CodeLanguage) => {
      token.current++;
      setSource(code);
      setLanguage(lang);
      setExampleId('');
    },
    [setSource, setLanguage],
  );

  return { source, setSource, language, current, exampleId, pickExample, switchLanguage, restore };
}
