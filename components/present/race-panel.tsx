'use client';

/**
 * A race slide's live part in the audience window: Start/Stop, the growing chart and the headline figure.
 * Start and Stop also arrive from the presenter window (over the deck's BroadcastChannel), and the race
 * reports its status back there. Loaded lazily.
 */
import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { createRunStore } from '@/components/runner/run-store';
import { toChartSeries } from '@/components/runner/chart-series';
import { progressOf, type RunState } from '@/lib/runner/run-state';
import { LazyLogLogChart } from '@/components/chart/lazy-loglog-chart';
import { labsOf } from '@/components/lab/lab-registry';
import type { Lab } from '@/lib/labs/types';
import { raceHeadline, type RaceHeadline } from '@/lib/present/race-headline';
import { seriesOf } from '@/lib/runner/run-queries';
import { describeRace } from '@/lib/present/race-plan';
import type { RaceSlide } from '@/lib/present/slide-types';
import { runRace, stopRace, warmUpRace } from './race-run';
import type { RaceLink } from './use-present-sync';
import styles from './present.module.css';

const isRunning = (phase: RunState['phase']) => phase === 'starting' || phase === 'running';

function statusText(state: RunState, lab: Lab, slide: RaceSlide, headline: RaceHeadline | null): string {
  const { done, total } = progressOf(state);
  switch (state.phase) {
    case 'idle':
      return `Ready. ${describeRace(slide.race, lab).runs}`;
    case 'starting':
    case 'running':
      return `Racing… ${done} of ${total || '…'} size runs finished.`;
    case 'done':
      return `Finished in ${((state.elapsedMs ?? 0) / 1000).toFixed(1)} s${
        headline?.complete
          ? `: both measured all ${slide.race.sizes.length} sizes.`
          : ', but not every size was measured (see below).'
      }`;
    case 'stopped':
      return state.reason && state.reason !== 'cancelled'
        ? `Stopped: ${state.reason}. Press Start to run it again.`
        : 'Stopped. Press Start to run again from the beginning.';
    case 'error':
      return `The race failed: ${state.error?.message ?? state.reason ?? 'unknown error'}`;
  }
}

export default function RacePanel({
  lessonSlug,
  slide,
  link,
}: {
  lessonSlug: string;
  slide: RaceSlide;
  link?: RaceLink;
}) {
  const lab = useMemo(() => labsOf(lessonSlug).find((l) => l.id === slide.lab), [lessonSlug, slide.lab]);
  const [store] = useState(createRunStore);
  const state = useStore(store, (s) => s);
  const chart = useMemo(() => toChartSeries(state.series), [state.series]);
  const running = isRunning(state.phase);

  useEffect(() => {
    if (lab) warmUpRace(lab);
    // Leaving the slide stops a race still running.
    return () => {
      if (isRunning(store.getState().phase)) stopRace();
    };
  }, [lab, store]);

  // Start and Stop from the presenter window.
  useEffect(() => {
    if (!link || !lab) return;
    return link.subscribe((msg) => {
      if (msg.type !== 'race' || msg.slideId !== slide.id) return false;
      const busy = isRunning(store.getState().phase);
      if (msg.action === 'start' && !busy) void runRace(store, lab, slide.race);
      if (msg.action === 'stop' && busy) stopRace();
      return true;
    });
  }, [link, lab, slide, store]);

  // The figure grows with the run (from the sizes both have measured so far) and settles when it ends.
  const { series, phase } = state;
  const headline = useMemo(() => {
    if (!lab || (phase !== 'done' && phase !== 'running')) return null;
    return raceHeadline(lab, slide.race, seriesOf({ series }, 'starter'), seriesOf({ series }, 'reference'));
  }, [lab, slide.race, series, phase]);

  const status = lab ? statusText(state, lab, slide, headline) : '';
  const caption = headline
    ? phase === 'done'
      ? headline.caption
      : `So far: ${headline.caption}`
    : phase === 'done'
      ? 'No figure: the race ended before both versions measured a size.'
      : undefined;

  // Tell the presenter window what the audience sees (and answer when it asks).
  const big = headline?.big;
  useEffect(() => {
    if (!link) return;
    const report = () =>
      link.send({
        type: 'race-status',
        slideId: slide.id,
        status: {
          phase,
          text: status.slice(0, 600),
          ...(big ? { big: big.slice(0, 200) } : {}),
          ...(caption ? { caption: caption.slice(0, 600) } : {}),
        },
      });
    report();
    return link.subscribe((msg) => {
      if (msg.type === 'race-ask' && msg.slideId === slide.id) report();
    });
  }, [link, slide.id, phase, status, big, caption]);

  if (!lab) return <p className={styles.raceStatus}>This race&rsquo;s lab was not found.</p>;

  return (
    <div
      className={styles.race}
      data-race-phase={state.phase}
      data-race-complete={headline?.complete ? 'true' : 'false'}
    >
      <div className={styles.raceChart}>
        <LazyLogLogChart
          series={chart}
          caption={`Log–log chart of time per call against ${lab.sizeUnit}: starter (slow) and reference fix, measured in this browser; dashed lines are predictions.`}
        />
      </div>
      <div className={styles.raceSide}>
        <div className={styles.raceButtons}>
          <button type="button" onClick={() => void runRace(store, lab, slide.race)} disabled={running}>
            {state.phase === 'idle' ? 'Start' : 'Start again'}
          </button>
          <button type="button" onClick={stopRace} disabled={!running}>
            Stop
          </button>
        </div>
        <p className={styles.raceStatus} role="status">
          {status}
        </p>
        {(headline || caption) && (
          <div
            className={styles.headline}
            data-testid={state.phase === 'done' ? 'race-headline' : 'race-headline-live'}
            data-race-kind={headline?.kind}
          >
            {headline && (
              <p className={styles.big} data-testid="race-big">
                {headline.big}
              </p>
            )}
            <p className={styles.bigCaption}>{caption}</p>
            {headline && (
              <ul className={styles.raceLines}>
                {headline.lines.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
