'use client';

import { formatCount, formatDuration, formatShare } from '@/lib/format/format';
import { hotSpots } from '@/lib/profile/hot-spots';
import type { ProfileReport } from '@/lib/profile/types';
import styles from './profile.module.css';

interface Props {
  report: ProfileReport;
  /** The profiled code, to quote each line. */
  source: string;
  onReveal: (line: number) => void;
}

/** The hottest lines, hottest first; each links to its line in the editor. */
export function HotSpotList({ report, source, onReveal }: Props) {
  const lines = source.split('\n');
  const calls = Math.max(1, report.calls);
  return (
    <ol className={styles.spots} aria-label="Hot spots, hottest first">
      {hotSpots(report, 5).map((h) => (
        <li key={h.line} className={styles.spot} data-testid="hot-spot" data-line={h.line}>
          <button type="button" className={styles.lineLink} onClick={() => onReveal(h.line)}>
            Line {h.line}
          </button>
          <span className={styles.share}>{formatShare(h.share)}</span>
          <code className={styles.code}>{(lines[h.line - 1] ?? '').trim()}</code>
          <span className={styles.detail}>
            <span
              className={styles.bar}
              style={{ width: `${Math.max(2, h.share * 100)}%` }}
              aria-hidden="true"
            />
            {formatDuration(h.selfNs / calls)} per call · ran {formatCount(h.hits / calls)} times per call
            {h.fnName ? ` · in ${h.fnName}` : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
