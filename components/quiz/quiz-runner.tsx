'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { missedSubset, passMark, summarizeAttempt, type AttemptSummary } from '@/lib/quiz/attempt';
import { isAnswered, parseNumberInput, scoreQuestion } from '@/lib/quiz/score';
import { arrangeQuiz, nextSeed } from '@/lib/quiz/shuffle';
import type { QuestionResult, Quiz, QuizAnswer } from '@/lib/quiz/types';
import { withProgress } from '@/components/progress/progress-loader';
import { useProgressReady } from '@/components/progress/use-progress';
import { QuestionCard } from './question-card';
import { QuizHistory } from './quiz-history';
import { QuizResults } from './quiz-results';
import styles from './quiz.module.css';

/** The first attempt uses a fixed seed so the server and the browser render the same order. */
const FIRST_SEED = 20261127;

type Round = { mode: 'full' | 'practice'; ids: string[] | null; seed: number };

interface Props {
  quiz: Quiz;
  lessonTitle: string;
  sectionTitles: Record<string, string>;
}

/** The whole quiz on one page: answer and check each question, then see the score and a full review. */
export function QuizRunner({ quiz, lessonTitle, sectionTitles }: Props) {
  const slug = quiz.lessonSlug;
  const ready = useProgressReady();
  const [round, setRound] = useState<Round>({ mode: 'full', ids: null, seed: FIRST_SEED });
  const [answers, setAnswers] = useState<Record<string, QuizAnswer>>({});
  const [results, setResults] = useState<Record<string, QuestionResult>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<AttemptSummary | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);

  const questions = useMemo(
    () => (round.ids ? missedSubset(quiz.questions, round.ids) : quiz.questions),
    [quiz.questions, round.ids],
  );
  const arrangement = useMemo(() => arrangeQuiz(questions, round.seed), [questions, round.seed]);
  const byId = useMemo(() => new Map(quiz.questions.map((q) => [q.id, q])), [quiz.questions]);

  useEffect(() => {
    if (ready) withProgress((p) => p.setLastLocation(slug, `/lessons/${slug}/quiz`, `Quiz: ${lessonTitle}`));
  }, [ready, slug, lessonTitle]);

  useEffect(() => {
    if (focusHeading.current) headingRef.current?.focus();
    focusHeading.current = false;
  }, [round, summary]);

  function answer(id: string, a: QuizAnswer) {
    if (results[id]) return;
    setAnswers((prev) => ({ ...prev, [id]: a }));
    if (errors[id]) {
      setErrors((prev) => {
        const next = { ...prev };
        delete next[id];
        return next;
      });
    }
  }

  function check(id: string) {
    const q = byId.get(id);
    if (!q) return;
    const a =
      answers[id] ??
      (q.kind === 'order' ? { kind: 'order' as const, stepIds: arrangement.itemOrder[id] ?? [] } : undefined);
    if (!isAnswered(q, a)) {
      setErrors((prev) => ({ ...prev, [id]: 'Choose an answer before checking.' }));
      return;
    }
    if (a?.kind === 'number') {
      const parsed = parseNumberInput(a.text);
      if (!parsed.ok) {
        setErrors((prev) => ({ ...prev, [id]: parsed.message }));
        return;
      }
    }
    if (a) setAnswers((prev) => ({ ...prev, [id]: a }));
    const result = scoreQuestion(q, a);
    setResults((prev) => ({ ...prev, [id]: result }));
    const position = arrangement.questionIds.indexOf(id) + 1;
    const checked = Object.keys(results).length + 1;
    setAnnouncement(
      `Question ${position}: ${result.correct ? 'correct' : 'not quite'}. ${checked} of ${questions.length} checked.`,
    );
  }

  function finish() {
    // Order questions count with the order on screen even if never moved or checked.
    const final = { ...answers };
    for (const q of questions) {
      if (q.kind === 'order' && !final[q.id])
        final[q.id] = { kind: 'order', stepIds: arrangement.itemOrder[q.id] ?? [] };
    }
    const s = summarizeAttempt(quiz.questions, arrangement.questionIds, final, quiz.passRatio);
    setAnswers(final);
    setSummary(s);
    setAnnouncement(`Score: ${s.score} of ${s.total}. ${s.passed ? 'Passed.' : 'Not passed yet.'}`);
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

  function start(mode: 'full' | 'practice', ids: string[] | null) {
    if (ids && missedSubset(quiz.questions, ids).length === 0) return start('full', null);
    setRound((prev) => ({ mode, ids, seed: nextSeed(prev.seed) }));
    setAnswers({});
    setResults({});
    setErrors({});
    setSummary(null);
    setAnnouncement(
      mode === 'practice' ? 'Practice round started.' : 'New attempt started, questions reshuffled.',
    );
    focusHeading.current = true;
  }

  const checkedCount = Object.keys(results).length;
  const unanswered = questions.filter((q) => q.kind !== 'order' && !isAnswered(q, answers[q.id])).length;
  const sectionHref = (id: string) => `/lessons/${slug}#${id}`;
  const title = round.mode === 'practice' ? `Practice: the ${questions.length} you missed` : quiz.title;

  return (
    <div className={styles.quiz}>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="quiz-announcer">
        {announcement}
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
            onPractise={(ids) => start('practice', ids)}
          />
          <ol className={styles.questions}>
            {arrangement.questionIds.map((id, i) => {
              const q = byId.get(id);
              if (!q) return null;
              return (
                <li key={`${round.seed}-${id}`}>
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
            <button type="button" className={styles.primary} onClick={finish} aria-describedby="finish-note">
              See my score
            </button>
          </div>
        </>
      )}
    </div>
  );
}
