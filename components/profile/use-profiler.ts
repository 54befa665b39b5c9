'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { HeatLine } from '@/components/editor/markers';
import { createRunStore, type RunStore } from '@/components/runner/run-store';
import { lazyOnce } from '@/components/runner/use-workbench';
import { plainNsAt, profileChoice } from '@/lib/profile/profile-choice';
import type { ProfileReport } from '@/lib/profile/types';
import { profileRequest } from '@/lib/runner/profile-request';
import type { RunRequest } from '@/lib/runner/run-request';

const loadController = lazyOnce(() => import('@/components/runner/run-controller'));
// Turning a report into editor heat is only needed once a profile has come (not in first-load JS).
const loadHotSpots = lazyOnce(() => import('@/lib/profile/hot-spots'));

export interface ProfilerOptions {
  /** The surface's measuring run (its ladder and timings choose the size to profile). */
  runStore: RunStore;
  /** The code in the editor now, and the code the last measuring run used. */
  source: string;
  ranSource: string | null;
  /** The surface's own request for a source (stable: wrap it in useCallback). */
  request: (source: string) => RunRequest;
  /** Sizes to offer before any run. */
  ladder: readonly number[];
  /**
   * The code as last set, when it can be newer than `source` (an edit and a click in one task, before
   * React renders again): Profile profiles this.
   */
  current?: () => string;
}

export interface Profiler {
  /** The profile runs' own store: a profile never replaces the measuring run's results. */
  store: RunStore;
  sizes: number[];
  size: number;
  setSize(n: number): void;
  profile(): Promise<void>;
  cancel(): void;
  busy: boolean;
  /** Heat for the editor while the code is the code that was profiled. */
  heat: readonly HeatLine[];
  reveal: { line: number; nonce: number } | null;
  revealLine(line: number): void;
  /** The code the shown profile is of. */
  profiledSource: string | null;
}

const NO_HEAT: readonly HeatLine[] = [];

async function heatOf(report: ProfileReport): Promise<HeatLine[]> {
  const { lineDecorations } = await loadHotSpots();
  return lineDecorations(report).map((d) => ({
    line: d.line,
    heat: d.heat,
    inline: d.hitsText,
    hover: d.hoverText,
  }));
}

/** The Profile button's state and action for one surface (playground or lab). */
export function useProfiler(o: ProfilerOptions): Profiler {
  const [store] = useState(createRunStore);
  const [profiledSource, setProfiledSource] = useState<string | null>(null);
  const [picked, setPicked] = useState<number | null>(null);
  const [reveal, setReveal] = useState<{ line: number; nonce: number } | null>(null);
  const series = useStore(o.runStore, (s) => s.series);
  const phase = useStore(store, (s) => s.phase);
  const report = useStore(store, (s) => s.profile);
  const matches = o.ranSource === o.source;
  const last = useMemo(() => (matches ? { series } : null), [matches, series]);
  const choice = useMemo(() => profileChoice(last, o.ladder), [last, o.ladder]);
  const size = picked !== null && choice.sizes.includes(picked) ? picked : choice.n;
  const busy = phase === 'running' || phase === 'starting';
  const { source, request, current } = o;

  const profile = useCallback(async () => {
    const code = current?.() ?? source;
    setProfiledSource(code);
    const c = await loadController();
    const plainNsPerCall = plainNsAt(last, size);
    await c.startRun(
      store,
      profileRequest(request(code), {
        n: size,
        ...(plainNsPerCall !== undefined ? { plainNsPerCall } : {}),
      }),
    );
  }, [store, source, current, request, size, last]);

  const cancel = useCallback(() => void loadController().then((c) => c.cancelRun()), []);
  const [heatOfReport, setHeatOfReport] = useState<{ report: ProfileReport; lines: HeatLine[] } | null>(null);
  useEffect(() => {
    let live = true;
    if (report) void heatOf(report).then((lines) => live && setHeatOfReport({ report, lines }));
    return () => {
      live = false;
    };
  }, [report]);
  // Shown while the code in the editor is the code that was profiled.
  const heat =
    report && heatOfReport?.report === report && profiledSource === o.source ? heatOfReport.lines : NO_HEAT;
  const revealLine = useCallback(
    (line: number) => setReveal((r) => ({ line, nonce: (r?.nonce ?? 0) + 1 })),
    [],
  );
  return {
    store,
    sizes: choice.sizes,
    size,
    setSize: setPicked,
    profile,
    cancel,
    busy,
    heat,
    reveal,
    revealLine,
    profiledSource,
  };
}
