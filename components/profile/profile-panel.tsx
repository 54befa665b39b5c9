'use client';

import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import controls from '@/components/runner/controls.module.css';
import { formatRatio, formatSize } from '@/lib/format/format';
import { profilePrompt } from '@/lib/profile/prompt';
import { toSpeedscope } from '@/lib/profile/speedscope';
import { FlameGraph, downloadText } from './flame-graph';
import { FunctionTable } from './function-table';
import { HotSpotList } from './hot-spot-list';
import { ProfilePrompt } from './profile-prompt';
import type { Profiler } from './use-profiler';
import styles from './profile.module.css';

export interface ProfilePanelProps {
  profiler: Profiler;
  /** The profiled entry function ("solve", or the lab's). */
  fnName: string;
  /** What n counts, for the prompt ("users"). */
  unit?: string;
  /** "TypeScript", "JavaScript" or "Python", for the prompt and the file name. */
  language: string;
}

/**
 * A profile of the learner's code: where it stands while it runs, then the hot spots (each a link to its
 * line), the functions like cProfile's table, how the figures were taken, the flame graph, the download in
 * speedscope's format, and the profile-then-fix prompt filled with the real figures.
 */
export default function ProfilePanel({ profiler, fnName, unit, language }: ProfilePanelProps) {
  const state = useStore(profiler.store);
  const [flame, setFlame] = useState(false);
  const report = state.profile;
  const source = profiler.profiledSource ?? '';
  const file =
    language === 'Python' ? 'solution.py' : language === 'TypeScript' ? 'solution.ts' : 'solution.js';
  const speedscope = useMemo(
    () => (report ? JSON.stringify(toSpeedscope(report, { file, entry: fnName })) : ''),
    [report, file, fnName],
  );
  const prompt = useMemo(
    () => (report ? profilePrompt({ report, source, fnName, unit, language }) : ''),
    [report, source, fnName, unit, language],
  );
  const busy = state.phase === 'running' || state.phase === 'starting';
  const status = busy
    ? state.profilePhase === 'profile'
      ? 'Profiling: running the instrumented code until there is enough to measure…'
      : 'Profiling: timing the plain call first…'
    : state.phase === 'stopped'
      ? `Profile stopped (${state.reason ?? 'cancelled'}).`
      : state.error
        ? null
        : report
          ? `Profile of ${fnName} at n = ${formatSize(report.n)}${unit ? ` ${unit}` : ''}: ${report.calls} profiled call${report.calls === 1 ? '' : 's'}.`
          : null;

  return (
    <section
      className={styles.panel}
      aria-labelledby="profile-heading"
      data-testid="profile-panel"
      data-phase={state.phase}
      data-report={report ? 'yes' : 'no'}
      data-runs={state.runs}
    >
      <h2 id="profile-heading">Profile</h2>
      {status && (
        <p className={styles.status} role="status" data-testid="profile-status" data-phase={state.phase}>
          {status}
          {busy && (
            <button type="button" className={controls.button} onClick={profiler.cancel}>
              Cancel
            </button>
          )}
        </p>
      )}
      {state.error && (
        <p className={styles.error} role="alert">
          {state.error.name}
          {state.error.line ? ` (line ${state.error.line})` : ''}: {state.error.message}
        </p>
      )}
      {report && !busy && (
        <>
          <p className={styles.method}>
            {report.method} The probes made each call {formatRatio(report.overhead)} slower than without them;
            hit counts are exact, times are measured under instrumentation, and the shares are the result.
          </p>
          <h3>Hot spots</h3>
          <HotSpotList report={report} source={source} onReveal={profiler.revealLine} />
          <details>
            <summary>Functions ({report.functions.length})</summary>
            <FunctionTable report={report} />
          </details>
          <div className={styles.actions}>
            <button type="button" className={controls.button} onClick={() => setFlame((f) => !f)}>
              {flame ? 'Hide flame graph' : 'Show flame graph'}
            </button>
            <button
              type="button"
              className={controls.button}
              onClick={() => downloadText(`hotpath-${fnName}-n${report.n}.speedscope.json`, speedscope)}
            >
              Download profile
            </button>
          </div>
          {flame && <FlameGraph file={speedscope} title={`${fnName}, n = ${formatSize(report.n)}`} />}
          <ProfilePrompt text={prompt} />
        </>
      )}
    </section>
  );
}
