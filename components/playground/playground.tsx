'use client';

import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { LazyCodeEditor } from '@/components/editor/lazy-code-editor';
import { createRunStore } from '@/components/runner/run-store';
import { RunActions } from '@/components/runner/run-actions';
import { RunStatus } from '@/components/runner/run-status';
import { SourceProblems } from '@/components/runner/source-problems';
import { lazyOnce, useEditorMarkers, useWhenIdle } from '@/components/runner/use-workbench';
import controls from '@/components/runner/controls.module.css';
import { ProfileControls } from '@/components/profile/profile-controls';
import { useProfiler } from '@/components/profile/use-profiler';
import { DEFAULT_SIZES } from '@/lib/measure/ladder';
import { playgroundRequest } from '@/lib/runner/playground-request';
import type { CodeLanguage } from '@/lib/runner/run-request';
import { EXAMPLES } from './examples';
import { usePlaygroundCode } from './use-playground-code';
import { useShareLink } from './use-share-link';
import styles from './playground.module.css';

const LANGUAGE_NAMES: Record<CodeLanguage, string> = {
  typescript: 'TypeScript',
  javascript: 'JavaScript',
  python: 'Python',
};

const loadController = lazyOnce(() => import('@/components/runner/run-controller'));

// Renders nothing until a run has started, so it stays out of the first-load JS (React.lazy: no extra
// loader code, unlike next/dynamic).
const loadResults = () => import('@/components/runner/run-results').then((m) => ({ default: m.RunResults }));
const RunResults = lazy(loadResults);
// The profile's panel loads with the first profile.
const ProfilePanel = lazy(() => import('@/components/profile/profile-panel'));

/** The free-form snippet runner: editor, examples, Run / Cancel / Share, and the measured results. */
export function Playground() {
  const [store] = useState(createRunStore);
  const code = usePlaygroundCode();
  const { source, setSource, language, exampleId } = code;
  const [ranSource, setRanSource] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const phase = useStore(store, (s) => s.phase);
  const problems = useStore(store, (s) => s.problems);
  const error = useStore(store, (s) => s.error);
  const runs = useStore(store, (s) => s.runs);
  const busy = pending || phase === 'running' || phase === 'starting';
  const request = useCallback((code: string) => playgroundRequest(code, language), [language]);
  const { current } = code;
  const currentSource = useCallback(() => current().source, [current]);
  const profiler = useProfiler({
    runStore: store,
    source,
    ranSource,
    request,
    ladder: DEFAULT_SIZES,
    current: currentSource,
  });
  const profiles = useStore(profiler.store, (s) => s.runs);

  const { announcement, announce, share } = useShareLink({
    source,
    language,
    onRestore: (restored, lang) => {
      code.restore(restored, lang);
      setRanSource(null);
      store.getState().reset();
    },
  });

  // After first paint, when the browser is idle: load the runner and start the sandbox ahead of Run.
  useWhenIdle(
    useCallback(() => {
      void loadController().then((c) => c.warmUpRunner());
      void loadResults();
    }, []),
  );

  // Syntax and contract problems as the learner types (debounced), shown before anything runs.
  useEffect(() => {
    const t = setTimeout(() => {
      void loadController().then((c) =>
        store.getState().setProblems(c.checkSource(source, playgroundRequest(source, language))),
      );
    }, 300);
    return () => clearTimeout(t);
  }, [source, language, store]);

  const markers = useEditorMarkers(problems, error, ranSource, source);

  const latest = useRef({ busy });
  useEffect(() => {
    latest.current = { busy };
  });

  const run = useCallback(async () => {
    if (latest.current.busy) return;
    const { source: code, language: lang } = current();
    setPending(true);
    setRanSource(code);
    try {
      const c = await loadController();
      const done = c.startRun(store, playgroundRequest(code, lang));
      setPending(false);
      await done;
    } catch (e) {
      setPending(false);
      store.setState({ phase: 'error', error: { series: null, name: 'Runner', message: String(e) } });
    }
  }, [store, current]);

  const cancel = useCallback(() => {
    void loadController().then((c) => c.cancelRun());
  }, []);

  async function pickExample(id: string) {
    const ex = await code.pickExample(id);
    if (!ex) return;
    setRanSource(null);
    store.getState().reset();
    announce(`Loaded the example “${ex.label}”. Press Run to measure it.`);
  }

  async function pickLanguage(next: CodeLanguage) {
    const said = await code.switchLanguage(next);
    if (said) announce(said);
  }

  return (
    <div className={styles.root}>
      <div className={controls.actions}>
        <label className={styles.field}>
          Example
          <select value={exampleId} onChange={(e) => void pickExample(e.target.value)} disabled={busy}>
            {exampleId === '' && <option value="">Your own code</option>}
            {(['typescript', 'python'] as const).map((lang) => (
              <optgroup key={lang} label={LANGUAGE_NAMES[lang]}>
                {EXAMPLES.filter((e) => e.language === lang).map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          Language
          <select
            value={language}
            onChange={(e) => void pickLanguage(e.target.value as CodeLanguage)}
            disabled={busy}
            data-testid="language"
          >
            <option value="typescript">TypeScript</option>
            <option value="javascript">JavaScript</option>
            <option value="python">Python</option>
          </select>
        </label>
      </div>
      <LazyCodeEditor
        value={source}
        onChange={setSource}
        language={language}
        markers={markers}
        heat={profiler.heat}
        reveal={profiler.reveal}
        onRun={() => void run()}
        label="Snippet to measure"
        height={380}
      />
      <SourceProblems problems={problems} />
      <RunActions
        busy={busy || profiler.busy}
        onRun={() => void run()}
        onShare={() => void share()}
        announcement={announcement}
      >
        <ProfileControls profiler={profiler} running={busy} />
      </RunActions>
      <RunStatus store={store} onCancel={cancel} />
      {profiles > 0 && (
        <Suspense fallback={null}>
          <ProfilePanel profiler={profiler} fnName="solve" language={LANGUAGE_NAMES[language]} />
        </Suspense>
      )}
      {runs > 0 && (
        <Suspense fallback={null}>
          <RunResults store={store} />
        </Suspense>
      )}
    </div>
  );
}
