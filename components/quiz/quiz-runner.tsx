'use client';

import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { missedSubset, passMark, summarizeAttempt, type AttemptSummary } from '@/lib/quiz/attempt';
import {
  answeredCount,
  attemptReducer,
  initialAttempt,
  resumeAt,
  type RoundMode,
} from '@/lib/quiz/attempt-state';
import { isAnswered, parseNumberInput, scoreQuestion } from '@/lib/quiz/score';
import { arrangeQuiz, nextSeed } from '@/lib/quiz/shuffle';
import type { Quiz, QuizAnswer } from '@/lib/quiz/types';
import { withProgress } from '@/components/progress/progress-loader';
import { useProgressReady } from '@/components/progress/use-progress';
import { QuestionCard } from './question-card';
import { QuizHistory } from './quiz-history';
import { QuizResults } from './quiz-results';
import { ResumeNote } from './resume-note';
import { setAsideNote, useQuizDraft } from './use-quiz-draft';
import styles from './quiz.module.css';

/** The first attempt uses a fixed seed so the server and the browser render the same order. */
const FIRST_SEED = 20261127;

interface Props {
  quiz: Quiz;
  lessonTitle: string;
  sectionTitles: Record<string, string>;
}

/** The element ids of a question card and of the finish note, to move focus there. */
const cardDomId = (id: string) => `quiz-q-${id}`;

/**
 * The whole quiz on one page: answer and check each question, then see the score and a full review.
 * An unfinished round is saved in this browser as it goes, and offered back after a reload.
 */
export function QuizRunner({ quiz, lessonTitle, sectionTitles }: Props) {
  const slug = quiz.lessonSlug;
  const ready = useProgressReady();
  const [state, dispatch] = useReducer(attemptReducer, FIRST_SEED, initialAttempt);
  const { round, answers, results, errors } = state;
  const [summary, setSummary] = useState<AttemptSummary | null>(null);
  // The resume note floats over the page; it goes once the learner has carried on.
  const [noteHidden, setNoteHidden] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);

  const questions = useMemo(
    () => (round.ids ? missedSubset(quiz.questions, round.ids) : quiz.questions),
    [quiz.questions, round.ids],
  );
  const arrangement = useMemo(() => arrangeQuiz(questions, round.seed), [questions, round.seed]);
  const byId = useMemo(() => new Map(quiz.questions.map((q) => [q.id, q])), [quiz.questions]);
  const questionIds = useMemo(() => quiz.questions.map((q) => q.id), [quiz.questions]);

  useEffect(() => {
    if (ready) withProgress((p) => p.setLastLocation(slug, `/lessons/${slug}/quiz`, `Quiz: ${lessonTitle}`));
  }, [ready, slug, lessonTitle]);

  // Attempts saved by an earlier version of the quiz may list missed questions it no longer asks: drop
  // those ids once, so "practise the ones I missed" offers only questions that exist (scores are kept).
  useEffect(() => {
    if (ready) withProgress((p) => p.pruneQuizAttempts(slug, questionIds));
  }, [ready, slug, questionIds]);

  const { setAside, clearDraft } = useQuizDraft({ quiz, state, dispatch, arrangement, summary });

  useEffect(() => {
    if (focusHeading.current) headingRef.current?.focus();
    focusHeading.current = false;
  }, [round, summary]);

  function answer(id: string, a: QuizAnswer) {
    dispatch({ type: 'answer', id, answer: a });
  }

  function check(id: string) {
    const q = byId.get(id);
    if (!q || results[id]) return;
    const a =
      answers[id] ??
      (q.kind === 'order' ? { kind: 'order' as const, stepIds: arrangement.itemOrder[id] ?? [] } : undefined);
    if (!isAnswered(q, a) || !a) {
      dispatch({ type: 'error', id, message: 'Choose an answer before checking.' });
      return;
    }
    if (a.kind === 'number') {
      const parsed = parseNumberInput(a.text);
      if (!parsed.ok) {
        dispatch({ type: 'error', id, message: parsed.message });
        return;
      }
    }
    const result = scoreQuestion(q, a);
    const position = arrangement.questionIds.indexOf(id) + 1;
    const checked = state.checked.length + 1;
    dispatch({
      type: 'checked',
      id,
      answer: a,
      result,
      announcement: `Question ${position}: ${result.correct ? 'correct' : 'not quite'}. ${checked} of ${questions.length} checked.`,
    });
  }

  function finish() {
    // Order questions count with the order on screen even if never moved or checked.
    const final = { ...answers };
    for (const q of questions) {
      if (q.kind === 'order' && !final[q.id])
        final[q.id] = { kind: 'order', stepIds: arrangement.itemOrder[q.id] ?? [] };
    }
    const s = summarizeAttempt(quiz.questions, arrangement.questionIds, final, quiz.passRatio);
    clearDraft();
    dispatch({
      type: 'finish',
      answers: final,
      announcement: `Score: ${s.score} of ${s.total}. ${s.passed ? 'Passed.' : 'Not passed yet.'}`,
    });
    setSummary(s);
    focusHeading.current = true;
    const attempt = {
      id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      at: Date.now(),
      score: s.score,
      total: s.total,
      mode: round.mode,
      passed: s.passed,
      missed: s.missed,
    };
    withProgress((p) => p.recordQuizAttempt(slug, attempt));
  }

  function start(mode: RoundMode, ids: string[] | null) {
    if (ids && missedSubset(quiz.questions, ids).length === 0) return start('full', null);
    dispatch({
      type: 'start',
      round: { mode, ids, seed: nextSeed(round.seed) },
      announcement:
        mode === 'practice' ? 'Practice round started.' : 'New attempt started, questions reshuffled.',
    });
    setSummary(null);
    focusHeading.current = true;
  }

  /** Moves to the question to carry on with (or to the finish button when every question is checked). */
  function carryOn() {
    const id = resumeAt(arrangement.questionIds, new Set(state.checked), state.current);
    const target = id
      ? document.getElementById(cardDomId(id))?.querySelector<HTMLElement>('input:not(:disabled), button')
      : document.getElementById('quiz-finish');
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
    setNoteHidden(true);
  }

  const checkedCount = state.checked.length;
  const unanswered = questions.filter((q) => q.kind !== 'order' && !isAnswered(q, answers[q.id])).length;
  const sectionHref = (id: string) => `/lessons/${slug}#${id}`;
  const title = round.mode === 'practice' ? `Practice: the ${questions.length} you missed` : quiz.title;
  const next = state.resumed
    ? resumeAt(arrangement.questionIds, new Set(state.checked), state.current)
    : null;

  return (
    <div className={styles.quiz}>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="quiz-announcer">
        {state.announcement}
      </p>
      <h2 ref={headingRef} tabIndex={-1} className={styles.roundTitle}>
        {summary ? 'Your result' : title}
      </h2>
      {summary ? (
        <QuizResults
          quiz={quiz}
          summary={summary}
          mode={round.mode}
          answers={answers}
          sectionTitles={sectionTitles}
          sectionHref={sectionHref}
          onRetake={() => start('full', null)}
          onPractise={() => start('practice', summary.missed)}
        />
      ) : (
        <>
          <p className={styles.rules}>
            {questions.length} {questions.length === 1 ? 'question' : 'questions'} · pass mark{' '}
            {passMark(questions.length, quiz.passRatio)} of {questions.length} (
            {Math.round(quiz.passRatio * 100)}%) · check each answer to see why · multiple-select questions
            score all-or-nothing
            {round.mode === 'practice' ? ' · practice rounds do not change your best score' : ''}
          </p>
          <QuizHistory
            lessonSlug={slug}
            total={quiz.questions.length}
            questionIds={questionIds}
            onPractise={(ids) => start('practice', ids)}
          />
          {state.resumed && !noteHidden ? (
            <ResumeNote
              mode={round.mode}
              answered={answeredCount(questions, answers)}
              total={questions.length}
              nextPosition={next ? arrangement.questionIds.indexOf(next) + 1 : null}
              setAsideNote={setAside > 0 ? setAsideNote(setAside) : null}
              onCarryOn={carryOn}
              onStartOver={() => start(round.mode, round.ids)}
            />
          ) : null}
          <ol className={styles.questions}>
            {arrangement.questionIds.map((id, i) => {
              const q = byId.get(id);
              if (!q) return null;
              return (
                <li key={`${state.generation}-${id}`} id={cardDomId(id)}>
                  <QuestionCard
                    question={q}
                    index={i}
                    total={questions.length}
                    itemOrder={arrangement.itemOrder[id] ?? []}
                    answer={answers[id]}
                    result={results[id]}
                    inputError={errors[id] ?? null}
                    sectionHref={sectionHref(q.sectionId)}
                    sectionTitle={sectionTitles[q.sectionId] ?? q.sectionId}
                    onAnswer={answer}
                    onCheck={check}
                  />
                </li>
              );
            })}
          </ol>
          <div className={styles.finish}>
            <p id="finish-note" className="muted">
              {checkedCount} of {questions.length} checked.
              {unanswered > 0 ? ` ${unanswered} unanswered will count as missed.` : ''}
            </p>
            <button
              id="quiz-finish"
              type="button"
              className={styles.primary}
              onClick={finish}
              aria-describedby="finish-note"
            >
              See my score
            </button>
          </div>
          {/* Room at the end of the page so the floating note never hides the finish button. */}
          {state.resumed && !noteHidden ? <div className={styles.resumeRoom} aria-hidden="true" /> : null}
        </>
      )}
    </div>
  );
}
