'use client';

import { useEffect, useRef, useState, type Dispatch } from 'react';
import { missedSubset, type AttemptSummary } from '@/lib/quiz/attempt';
import { answeredCount, hasWork, type AttemptAction, type AttemptState } from '@/lib/quiz/attempt-state';
import type { arrangeQuiz } from '@/lib/quiz/shuffle';
import type { Quiz } from '@/lib/quiz/types';

type DraftModule = typeof import('@/lib/quiz/draft');

function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // blocked by the browser: the quiz works, it just does not survive a reload
  }
}

/** Said when a draft saved before the quiz changed comes back without some of its answers. */
export function setAsideNote(n: number): string {
  return `The quiz has changed since you saved it: ${n === 1 ? 'one answer' : `${n} answers`} to questions it no longer asks in that form ${n === 1 ? 'was' : 'were'} set aside.`;
}

interface Options {
  quiz: Quiz;
  state: AttemptState;
  dispatch: Dispatch<AttemptAction>;
  arrangement: ReturnType<typeof arrangeQuiz>;
  summary: AttemptSummary | null;
}

/**
 * An unfinished round kept in this browser: once, after hydration, the draft code loads (not part of
 * first-load JS) and brings back a saved round if it still fits the quiz; from then on the draft follows the
 * round. Returns how many answers of a draft saved before the quiz changed were set aside, and a way to
 * drop the draft (when the round is finished).
 */
export function useQuizDraft({ quiz, state, dispatch, arrangement, summary }: Options): {
  setAside: number;
  clearDraft: () => void;
} {
  const drafts = useRef<DraftModule | null>(null);
  const [setAside, setSetAside] = useState(0);
  const slug = quiz.lessonSlug;
  const { round } = state;

  useEffect(() => {
    let live = true;
    import('@/lib/quiz/draft').then(
      (m) => {
        if (!live) return;
        drafts.current = m;
        const draft = m.readDraft(browserStorage(), quiz);
        const asked = draft?.ids ? missedSubset(quiz.questions, draft.ids) : quiz.questions;
        const what = draft?.mode === 'practice' ? 'practice round' : 'attempt';
        setSetAside(draft?.setAside ?? 0);
        dispatch({
          type: 'restore',
          draft,
          questions: quiz.questions,
          announcement: draft
            ? `Resuming your ${what}: ${answeredCount(asked, draft.answers)} of ${asked.length} answered.` +
              (draft.setAside ? ` ${setAsideNote(draft.setAside)}` : '')
            : '',
        });
      },
      () => {
        // The chunk did not load: the quiz works as before, it just is not saved as it goes.
        if (live) dispatch({ type: 'restore', draft: null, questions: [], announcement: '' });
      },
    );
    return () => {
      live = false;
    };
  }, [quiz, dispatch]);

  // Keep the saved draft in step with the round (small JSON, written only when the round changes).
  useEffect(() => {
    const m = drafts.current;
    if (!m || !state.loaded || summary) return;
    const storage = browserStorage();
    if (!hasWork(state)) {
      m.removeDraft(storage, slug);
      return;
    }
    m.writeDraft(
      storage,
      m.makeDraft(
        slug,
        {
          mode: round.mode,
          ids: round.ids,
          seed: round.seed,
          order: arrangement.questionIds,
          answers: state.answers,
          checked: state.checked,
          current: state.current,
        },
        Date.now(),
      ),
    );
  }, [state, round, arrangement, summary, slug]);

  return { setAside, clearDraft: () => drafts.current?.removeDraft(browserStorage(), slug) };
}
