'use client';

import { useCallback, useEffect, useId, useState, useSyncExternalStore, type ReactNode } from 'react';
import { readCodeLang, rememberCodeLang, subscribeCodeLang } from '@/components/lesson/code-lang';
import type { LineChoice } from '@/lib/labs/line-choices';
import { hashLanguage, labIn, labLanguages, type LabLanguage } from '@/lib/labs/lab-language';
import type { PatternChoice } from '@/lib/labs/pattern-choices';
import type { Lab } from '@/lib/labs/types';
import { LabWorkbench } from './lab-workbench';
import styles from './lab.module.css';

const NAMES: Record<LabLanguage, string> = { javascript: 'TypeScript', python: 'Python' };

interface Props {
  lab: Lab;
  lessonSlug: string;
  patternChoices: PatternChoice[];
  nextLab: { href: string; title: string } | null;
  /** The brief (contract, budget, sizes) in each of the lab's languages, server-rendered. */
  briefs: Partial<Record<LabLanguage, ReactNode>>;
  /** For a line prediction: the starter's lines in each language. */
  suspectLines?: Partial<Record<LabLanguage, readonly LineChoice[]>>;
}

/** Unknown on the server: the page renders in the lab's first language, then follows the choice. */
const noChoice = () => null;

/**
 * A lab in the language the learner chose: a TypeScript | Python switch when the lab has both forms (the
 * choice is the one the lessons' code examples and the playground remember, `hotpath:code-lang`; a link's
 * `#lang=python` selects Python), and the workbench for the lab in that language. Each language has its
 * own workbench (editor, run, saved code), so switching never mixes one language's code into the other's.
 */
export function LabLanguages({ lab, briefs, suspectLines, ...rest }: Props) {
  const languages = labLanguages(lab);
  const remembered = useSyncExternalStore(subscribeCodeLang, readCodeLang, noChoice);
  const [fromLink, setFromLink] = useState<LabLanguage | null>(null);
  useEffect(() => {
    const read = () => setFromLink(hashLanguage(window.location.hash));
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  const wanted: LabLanguage = fromLink ?? (remembered === 'python' ? 'python' : 'javascript');
  const language = languages.includes(wanted) ? wanted : languages[0]!;
  const name = useId();

  const choose = useCallback((next: LabLanguage) => {
    // The link's language gave way to the learner's choice: take it out of the address, so a reload
    // keeps what they chose.
    if (hashLanguage(window.location.hash)) {
      window.history.replaceState(
        window.history.state,
        '',
        window.location.pathname + window.location.search,
      );
    }
    setFromLink(null);
    rememberCodeLang(next === 'python' ? 'python' : 'js');
  }, []);

  return (
    <>
      {languages.length > 1 && (
        <fieldset className={styles.languages} data-testid="lab-language">
          <legend>Language</legend>
          {languages.map((l) => (
            <label key={l}>
              <input type="radio" name={name} value={l} checked={language === l} onChange={() => choose(l)} />
              <span>{NAMES[l]}</span>
            </label>
          ))}
        </fieldset>
      )}
      <LabWorkbench
        key={language}
        lab={labIn(lab, language)}
        brief={briefs[language] ?? briefs.javascript}
        suspectLines={suspectLines?.[language] ?? []}
        {...rest}
      />
    </>
  );
}
