'use client';

import { useId } from 'react';
import { formatSize } from '@/lib/format/format';
import controls from '@/components/runner/controls.module.css';
import type { Profiler } from './use-profiler';

interface Props {
  profiler: Profiler;
  /** A measuring run is going on (profiling waits for it). */
  running: boolean;
  /** What n counts ("users"), for the size choice. */
  unit?: string;
}

/** "Profile" beside Run, with the size to profile at (default chosen from the last run). */
export function ProfileControls({ profiler, running, unit }: Props) {
  const id = useId();
  const { sizes, size, setSize, profile, busy } = profiler;
  return (
    <span className={controls.group}>
      <button
        type="button"
        className={controls.button}
        onClick={() => void profile()}
        disabled={busy || running}
        aria-describedby={id}
      >
        Profile
      </button>
      <label className={controls.inline}>
        <span id={id}>at n =</span>
        <select
          aria-label="Input size to profile at"
          value={size}
          onChange={(e) => setSize(Number(e.target.value))}
          disabled={busy || running}
        >
          {sizes.map((n) => (
            <option key={n} value={n}>
              {formatSize(n)}
              {unit ? ` ${unit}` : ''}
            </option>
          ))}
        </select>
      </label>
    </span>
  );
}
