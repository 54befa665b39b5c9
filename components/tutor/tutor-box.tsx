'use client';

import { usePathname } from 'next/navigation';
import { useCallback, useId, useRef, useState, type FormEvent } from 'react';
import type { RunContext } from '@/lib/tutor/run-diagnosis';
import type { Citation, TutorAnswer } from '@/lib/tutor/types';
import { loadEngine } from './load-engine';
import { suggestionsFor } from './tutor-registry';
import styles from './tutor-box.module.css';

type Phase = 'idle' | 'loading' | 'ready' | 'error';

export interface TutorBoxProps {
  lessonSlug: string;
  /** In a lab: the learner's latest run, so the tutor can point at the section that explains it. */
  runContext?: RunContext;
  /** Overrides the lesson's suggested questions. */
  suggestions?: string[];
}

const MAX_CHARS = 500;

/**
 * "Ask the tutor": answers quoted from the lesson with links to their sections, or an honest
 * "the lesson doesn't cover that". The index and search code load on first focus or first question.
 */
export function TutorBox({ lessonSlug, runContext, suggestions }: TutorBoxProps) {
  const id = useId();
  const pathname = usePathname();
  const inputRef = useRef<HTMLInputElement>(null);
  const [question, setQuestion] = useState('');
  const [phase, setPhase] = useState<Phase>('idle');
  const [answer, setAnswer] = useState<{ asked: string; result: TutorAnswer | null } | null>(null);
  const [status, setStatus] = useState('');
  const [inputError, setInputError] = useState('');

  const lessonPath = `/lessons/${lessonSlug}`;
  const onLessonPage = pathname?.replace(/\/$/, '') === lessonPath;
  const hrefFor = (c: Citation) => (onLessonPage ? c.href : `${lessonPath}${c.href}`);

  const warmUp = useCallback(() => {
    if (phase !== 'idle') return;
    setPhase('loading');
    loadEngine(lessonSlug).then(
      () => setPhase('ready'),
      () => setPhase('error'),
    );
  }, [lessonSlug, phase]);

  const run = useCallback(
    async (asked: string, compute: (e: Awaited<ReturnType<typeof loadEngine>>) => TutorAnswer | null) => {
      setStatus('Looking through the lesson…');
      setPhase((p) => (p === 'ready' ? p : 'loading'));
      try {
        const engine = await loadEngine(lessonSlug);
        setPhase('ready');
        const result = compute(engine);
        setAnswer({ asked, result });
        setStatus(
          !result
            ? 'Nothing in your last run points to one pattern.'
            : result.kind === 'answer'
              ? `Answer: ${result.text}`
              : `${result.text}${result.closest.length ? ' Closest sections are listed below.' : ''}`,
        );
      } catch {
        setPhase('error');
        setStatus('The tutor could not load. The lesson itself still works; reload the page to try again.');
      }
    },
    [lessonSlug],
  );

  const askQuestion = (q: string) => {
    const trimmed = q.trim();
    if (!trimmed) {
      setInputError('Type a question first, or pick one of the suggestions.');
      inputRef.current?.focus();
      return;
    }
    setInputError('');
    void run(trimmed, (e) => e.ask(trimmed));
  };

  const onSubmit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    askQuestion(question);
  };

  const list = suggestions ?? suggestionsFor(lessonSlug);
  const hasRun = !!runContext && (!!runContext.verdict || (runContext.points?.length ?? 0) > 0);

  return (
    <section className={styles.box} aria-labelledby={`${id}-title`} data-testid="tutor">
      <h2 id={`${id}-title`} className={styles.title}>
        Tutor
      </h2>
      <p className={styles.intro}>
        Ask about this lesson. Answers are quoted from the lesson, with links to where they come from. If the
        lesson doesn&apos;t cover something, the tutor says so instead of guessing.
      </p>
      <form className={styles.form} onSubmit={onSubmit} noValidate>
        <label htmlFor={`${id}-q`} className={styles.label}>
          Ask the tutor
        </label>
        <div className={styles.row}>
          <input
            ref={inputRef}
            id={`${id}-q`}
            className={styles.input}
            type="text"
            value={question}
            maxLength={MAX_CHARS}
            autoComplete="off"
            placeholder="e.g. why is my loop slow?"
            aria-invalid={inputError ? true : undefined}
            aria-describedby={inputError ? `${id}-err` : undefined}
            onFocus={warmUp}
            onChange={(e) => {
              setQuestion(e.target.value);
              if (inputError) setInputError('');
            }}
          />
          <button type="submit" className={styles.ask}>
            Ask
          </button>
        </div>
        {inputError && (
          <p id={`${id}-err`} className={styles.error}>
            {inputError}
          </p>
        )}
      </form>
      {(list.length > 0 || hasRun) && (
        <div className={styles.suggestions} role="group" aria-label="Suggested questions">
          {hasRun && runContext && (
            <button
              type="button"
              className={styles.chip}
              onClick={() => void run('What does my last run show?', (e) => e.fromRun(runContext))}
            >
              What does my last run show?
            </button>
          )}
          {list.map((s) => (
            <button
              key={s}
              type="button"
              className={styles.chip}
              onFocus={warmUp}
              onClick={() => {
                setQuestion(s);
                askQuestion(s);
              }}
            >
              {s}
            </button>
          ))}
        </div>
      )}
      <div data-testid="tutor-answer" className={styles.answer} hidden={!answer && phase !== 'error'}>
        {phase === 'error' && !answer && (
          <p className={styles.error}>
            The tutor could not load. The lesson itself still works; reload to try again.
          </p>
        )}
        {answer && <AnswerView asked={answer.asked} result={answer.result} hrefFor={hrefFor} />}
      </div>
      <p role="status" aria-live="polite" className="visually-hidden">
        {status}
      </p>
    </section>
  );
}

function AnswerView({
  asked,
  result,
  hrefFor,
}: {
  asked: string;
  result: TutorAnswer | null;
  hrefFor: (c: Citation) => string;
}) {
  if (!result) {
    return (
      <>
        <p className={styles.asked}>{asked}</p>
        <p>Nothing in your last run points to one of the lesson&apos;s patterns.</p>
      </>
    );
  }
  const links = result.kind === 'answer' ? result.citations : result.closest;
  return (
    <>
      <p className={styles.asked}>{asked}</p>
      {result.kind === 'answer' ? (
        <blockquote className={styles.quote}>
          {result.sentences.map((s, i) => (
            <p key={i} className={s.passageId < 0 ? styles.measured : undefined}>
              {s.text}
            </p>
          ))}
        </blockquote>
      ) : (
        <p className={styles.refusal}>{result.text}</p>
      )}
      {links.length > 0 && (
        <p className={styles.sources}>
          {result.kind === 'answer' ? 'From: ' : 'Closest sections: '}
          {links.map((c, i) => (
            <span key={c.href}>
              {i > 0 && ' · '}
              <a href={hrefFor(c)}>{c.label}</a>
            </span>
          ))}
        </p>
      )}
    </>
  );
}
