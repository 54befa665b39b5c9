'use client';

/** A race slide's live part: Start/Stop, the growing chart and the headline figure. Loaded lazily. */
import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { createRunStore } from '@/components/runner/run-store';
import { toChartSeries } from '@/components/runner/chart-series';
import { progressOf } from '@/components/runner/run-state';
import { LazyLogLogChart } from '@/components/chart/lazy-loglog-chart';
import { labsOf } from '@/components/lab/lab-registry';
import { outcomeOf, raceHeadline } from '@/lib/present/race-headline';
import { runRace, stopRace, warmUpRace } from './race-run';
import styles from './present.module.css';

export default function RacePanel({ lessonSlug, labId }: { lessonSlug: string; labId: string }) {
  const lab = useMemo(() => labsOf(lessonSlug).find((l) => l.id === labId), [lessonSlug, labId]);
  const [store] = useState(createRunStore);
  const state = useStore(store, (s) => s);
  const chart = useMemo(() => toChartSeries(state.series), [state.series]);
  const running = state.phase === 'starting' || state.phase === 'running';

  useEffect(() => {
    if (lab) warmUpRace(lab);
    // Leaving the slide stops a race still running.
    return () => {
      const p = store.getState().phase;
      if (p === 'starting' || p === 'running') stopRace();
    };
  }, [lab, store]);

  // The figure grows with the run (from the sizes both have measured so far) and settles when it ends.
  const series = state.series;
  const phase = state.phase;
  const headline = useMemo(() => {
    if (!lab || (phase !== 'done' && phase !== 'running')) return null;
    const find = (id: string) => series.find((s) => s.id === id);
    const h = raceHeadline(
      lab.counters,
      lab.sizeUnit,
      outcomeOf(find('starter')),
      outcomeOf(find('reference')),
    );
    return phase === 'running' && h.big === 'Inconclusive' ? null : h;
  }, [lab, series, phase]);

  if (!lab) return <p className={styles.raceStatus}>This race&rsquo;s lab was not found.</p>;
  const { done, total } = progressOf(state);
  const status =
    state.phase === 'idle'
      ? `Ready: ${lab.sizes.length} sizes, ${lab.sizes[0]?.toLocaleString('en-US')} to ${lab.sizes[lab.sizes.length - 1]?.toLocaleString('en-US')} ${lab.sizeUnit}, same inputs for both.`
      : running
        ? `Racing… ${done} of ${total || '…'} size runs finished.`
        : state.phase === 'done'
          ? `Finished in ${((state.elapsedMs ?? 0) / 1000).toFixed(1)} s.`
          : state.phase === 'stopped'
            ? 'Stopped. Press Start to run again from the beginning.'
            : `The race failed: ${state.error?.message ?? state.reason ?? 'unknown error'}`;

  return (
    <div className={styles.race} data-race-phase={state.phase}>
      <div className={styles.raceChart}>
        <LazyLogLogChart
          series={chart}
          caption={`Log–log chart of time per call against ${lab.sizeUnit}: starter (slow) and reference fix, measured in this browser; dashed lines are predictions.`}
        />
      </div>
      <div className={styles.raceSide}>
        <div className={styles.raceButtons}>
          <button type="button" onClick={() => void runRace(store, lab)} disabled={running}>
            {state.phase === 'idle' ? 'Start' : 'Start again'}
          </button>
          <button type="button" onClick={stopRace} disabled={!running}>
            Stop
          </button>
        </div>
        <p className={styles.raceStatus} role="status">
          {status}
        </p>
        {headline && (
          <div
            className={styles.headline}
            data-testid={state.phase === 'done' ? 'race-headline' : 'race-headline-live'}
          >
            <p className={styles.big}>{headline.big}</p>
            <p className={styles.bigCaption}>
              {state.phase === 'done' ? headline.caption : `So far: ${headline.caption}`}
            </p>
            <ul className={styles.raceLines}>
              {headline.lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
