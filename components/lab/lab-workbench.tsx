'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { LazyCodeEditor } from '@/components/editor/lazy-code-editor';
import { useShareLink } from '@/components/playground/use-share-link';
import { withProgress } from '@/components/progress/progress-loader';
import { useProgressReady } from '@/components/progress/use-progress';
import { useProgressView } from '@/components/progress/progress-view';
import { RunActions } from '@/components/runner/run-actions';
import { RunStatus } from '@/components/runner/run-status';
import { createRunStore } from '@/components/runner/run-store';
import { SourceProblems } from '@/components/runner/source-problems';
import { lazyOnce, useCurrentCode, useEditorMarkers, useWhenIdle } from '@/components/runner/use-workbench';
import controls from '@/components/runner/controls.module.css';
import { ProfileControls } from '@/components/profile/profile-controls';
import { useProfiler } from '@/components/profile/use-profiler';
import { labCodeKey } from '@/lib/labs/lab-language';
import { labPageRequest } from '@/lib/labs/lab-run-request';
import type { LineChoice } from '@/lib/labs/line-choices';
import type { PatternChoice } from '@/lib/labs/pattern-choices';
import type { Lab, LabEvaluation } from '@/lib/labs/types';
import { LabChecklist } from './lab-checklist';
import { PredictionSlot } from './prediction-slot';
import styles from './lab.module.css';

const loadController = lazyOnce(() => import('./lab-controller'));

// Hints, the solution diff and the tutor load after first paint (first-load JavaScript budget).
const LabExtras = dynamic(() => import('./lab-extras'), { ssr: false, loading: () => null });
// The run's results render nothing before the first run; they load after first paint too.
const LabResults = dynamic(() => import('./lab-results'), { ssr: false, loading: () => null });
// What the run showed and why (only after a run), and naming the pattern (only once passed).
const LabExplanation = dynamic(() => import('./lab-explanation'), { ssr: false, loading: () => null });
const LabPatternName = dynamic(() => import('./lab-pattern-name'), { ssr: false, loading: () => null });
// The profile's panel loads with the first profile.
const ProfilePanel = dynamic(() => import('@/components/profile/profile-panel'), {
  ssr: false,
  loading: () => null,
});

/** The function a lab's harness calls, which a profile is of (the last export the lab requires). */
const entryOf = (lab: Lab) => lab.requiredExports[lab.requiredExports.length - 1] ?? 'solve';

interface Props {
  lab: Lab;
  lessonSlug: string;
  /** The answers offered when the learner names the pattern, once passed. */
  patternChoices: PatternChoice[];
  nextLab: { href: string; title: string } | null;
  /** What the code must do and how it is judged (server-rendered), shown beside the editor. */
  brief: ReactNode;
  /** For a line prediction: the starter's lines of code the learner can pick from. */
  suspectLines?: readonly LineChoice[];
}

/**
 * One lab: a toolbar (Run, Reset, Share) over the editor with the starter; beside it the result (status,
 * checklist, naming the pattern once passed, the prediction asked before the first run and compared after
 * it) and the brief; below, what the run showed and why, the engine's results beside the starter's and the
 * reference's, hints, the solution as a diff, and the code kept across reloads.
 */
export function LabWorkbench({ lab, lessonSlug, patternChoices, nextLab, brief, suspectLines = [] }: Props) {
  const [store] = useState(createRunStore);
  const python = lab.language === 'python';
  const editorLanguage = python ? 'python' : 'typescript';
  // Each language's code is kept apart (the Python form's under `<id>.py`).
  const codeKey = labCodeKey(lab);
  const [source, setSource, currentSource] = useCurrentCode(lab.starter);
  const [ranSource, setRanSource] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [evaluation, setEvaluation] = useState<LabEvaluation | null>(null);
  const [undo, setUndo] = useState<{ code: string; what: string } | null>(null);
  /** A run has ended on this page: the explanation and the prediction's result show from then on. */
  const [ranOnce, setRanOnce] = useState(false);
  const phase = useStore(store, (s) => s.phase);
  const problems = useStore(store, (s) => s.problems);
  const error = useStore(store, (s) => s.error);
  const busy = pending || phase === 'running' || phase === 'starting';
  const request = useCallback((code: string) => labPageRequest(lab, code), [lab]);
  const profiler = useProfiler({
    runStore: store,
    source,
    ranSource,
    request,
    ladder: lab.sizes,
    current: currentSource,
  });
  const profiles = useStore(profiler.store, (s) => s.runs);
  /** The learner changed the code (typed, ran, reset, restored): saved code must not replace it. */
  const touched = useRef(false);
  const dirty = useRef(false);

  const { announcement, announce, share } = useShareLink({
    source,
    language: editorLanguage,
    onRestore: (restored) => {
      touched.current = true;
      setSource(restored);
      setRanSource(null);
      setEvaluation(null);
      store.getState().reset();
    },
  });

  // Saved code for this lab comes back once saved progress has been read, unless a link or the learner
  // has already put other code in the editor.
  const ready = useProgressReady();
  const saved = useProgressView((s) => s.progress?.lessons[lessonSlug]?.code[codeKey]?.code);
  const named = useProgressView((s) => !!s.progress?.lessons[lessonSlug]?.patterns[lab.id]);
  useEffect(() => {
    if (!ready || touched.current || !saved || saved === lab.starter) return;
    touched.current = true;
    setSource(saved);
    announce('Your saved code for this lab is back in the editor.');
  }, [ready, saved, lab.starter, announce, setSource]);

  // Keep the learner's code (debounced: each save writes storage).
  useEffect(() => {
    if (!dirty.current) return;
    const t = setTimeout(() => withProgress((p) => p.setLabCode(lessonSlug, codeKey, source)), 500);
    return () => clearTimeout(t);
  }, [source, lessonSlug, codeKey]);

  const edit = useCallback(
    (code: string) => {
      touched.current = true;
      dirty.current = true;
      setSource(code);
    },
    [setSource],
  );

  // After first paint, when the browser is idle: load the lab's runner and start the sandbox ahead of Run.
  useWhenIdle(useCallback(() => void loadController().then((c) => c.warmUpLab(lab)), [lab]));

  useEffect(() => {
    const t = setTimeout(() => {
      void loadController().then((c) => store.getState().setProblems(c.checkLabSource(lab, source)));
    }, 300);
    return () => clearTimeout(t);
  }, [source, lab, store]);

  // Judge the run once it has ended (the evaluation code comes with the lazily loaded controller).
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        const ended = s.phase === 'done' || s.phase === 'error' || s.phase === 'stopped';
        if (s.phase === prev.phase || !ended || s.runs === 0) return;
        void loadController().then((c) => {
          const { evaluation: e, figures } = c.judgeLab(lab, s);
          setEvaluation(e);
          setRanOnce(true);
          if (e.passed) withProgress((p) => p.markLabPassed(lessonSlug, lab.id, figures));
        });
      }),
    [store, lab, lessonSlug],
  );

  const markers = useEditorMarkers(problems, error, ranSource, source);
  // Where the learner is asked to find the hot line with the profiler, the explanation (which names it)
  // waits for a profile, or for a pass.
  const explained =
    ranOnce && (lab.prediction?.kind !== 'line' || profiles > 0 || evaluation?.passed === true);

  const latest = useRef({ source, busy });
  useEffect(() => {
    latest.current = { source, busy };
  });

  // A switch of language replaces this workbench: a run it started must not go on unseen.
  useEffect(
    () => () => {
      if (latest.current.busy) void loadController().then((c) => c.cancelLab());
    },
    [],
  );

  const run = useCallback(async () => {
    const { busy: isBusy } = latest.current;
    const code = currentSource();
    if (isBusy) return;
    touched.current = true;
    dirty.current = true;
    setPending(true);
    setRanSource(code);
    try {
      const c = await loadController();
      const done = c.runLab(store, lab, code);
      setPending(false);
      await done;
    } catch (e) {
      setPending(false);
      store.setState({ phase: 'error', error: { series: null, name: 'Runner', message: String(e) } });
    }
  }, [store, lab, currentSource]);

  const replaceCode = (code: string, what: string) => {
    setUndo({ code: currentSource(), what });
    edit(code);
    setEvaluation(null);
    store.getState().reset();
    announce(`${what}. Press Undo to get your code back.`);
  };

  return (
    <div className={styles.workbench}>
      <div className={styles.bench}>
        <div className={styles.editorArea}>
          <RunActions
            busy={busy || profiler.busy}
            onRun={() => void run()}
            onShare={() => void share()}
            announcement={announcement}
          >
            <button
              type="button"
              className={controls.button}
              onClick={() => replaceCode(lab.starter, 'The starter is back')}
              disabled={busy}
            >
              Reset to starter
            </button>
            <ProfileControls profiler={profiler} running={busy} />
            {undo && (
              <button
                type="button"
                className={controls.button}
                onClick={() => {
                  edit(undo.code);
                  setUndo(null);
                  announce('Your code is back.');
                }}
                disabled={busy}
              >
                Undo
              </button>
            )}
          </RunActions>
          <LazyCodeEditor
            value={source}
            onChange={edit}
            language={editorLanguage}
            markers={markers}
            heat={profiler.heat}
            reveal={profiler.reveal}
            onRun={() => void run()}
            label={`Your code for the lab: ${lab.title}`}
            height={400}
          />
          <SourceProblems problems={problems} />
        </div>
        <div className={styles.side}>
          <RunStatus store={store} onCancel={() => void loadController().then((c) => c.cancelLab())} />
          <LabChecklist evaluation={evaluation} running={busy} />
          {(evaluation?.passed || named) && (
            <LabPatternName lab={lab} lessonSlug={lessonSlug} choices={patternChoices} nextLab={nextLab} />
          )}
          <PredictionSlot
            lab={lab}
            lessonSlug={lessonSlug}
            suspectLines={suspectLines}
            profiler={profiler}
            store={store}
            ran={ranOnce}
          />
          {brief}
        </div>
      </div>
      {profiles > 0 && (
        <ProfilePanel
          profiler={profiler}
          fnName={entryOf(lab)}
          unit={lab.sizeUnit}
          language={python ? 'Python' : 'TypeScript'}
        />
      )}
      {explained && <LabExplanation lab={lab} />}
      <LabResults lab={lab} store={store} />
      <LabExtras
        lab={lab}
        lessonSlug={lessonSlug}
        store={store}
        ran={ranOnce}
        onUseSolution={() => replaceCode(lab.solution, 'The reference solution is in the editor')}
      />
    </div>
  );
}
