'use client';

import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import type { Profiler } from '@/components/profile/use-profiler';
import { withProgress } from '@/components/progress/progress-loader';
import { shorten } from '@/lib/labs/line-choices';
import { lineComparison, lineFinding, suspectedLine } from '@/lib/labs/line-prediction';
import type { LinePrediction } from '@/lib/labs/types';
import type { LabPredictionRecord } from '@/lib/progress/schema';
import { InlineText } from './inline-text';
import styles from './lab.module.css';

interface Props {
  labId: string;
  starter: string;
  prediction: LinePrediction;
  lessonSlug: string;
  profiler: Pick<Profiler, 'store' | 'profiledSource' | 'revealLine'>;
  record: LabPredictionRecord | null;
}

/**
 * The line the learner suspected beside the profiler's first hot spot: from the profile of the starter on
 * the page, or (after a reload, or once the code has changed) from the first one, kept in progress.
 */
export default function LinePredictionResult(props: Props) {
  const { labId, starter, prediction, lessonSlug, profiler, record } = props;
  const report = useStore(profiler.store, (s) => s.profile);
  const suspect = suspectedLine(record?.choice);
  const live = useMemo(
    () => (report && profiler.profiledSource === starter ? lineFinding(report, suspect) : null),
    [report, profiler.profiledSource, starter, suspect],
  );
  const found = live ?? record?.found ?? null;

  // Keep, once, what the first profile of the starter found; a profile without a prediction counts as skipped.
  useEffect(() => {
    if (!live || record?.found) return;
    if (!record) withProgress((p) => p.setLabPrediction(lessonSlug, labId, null));
    withProgress((p) => p.setPredictionFound(lessonSlug, labId, live));
  }, [live, record, lessonSlug, labId]);

  if (!found) return <p className={styles.muted}>The profile found no line that took any time.</p>;
  const lines = starter.split('\n');
  const code = (line: number) => shorten((lines[line - 1] ?? '').trim(), 40);
  const matched = suspect === null ? null : suspect === found.line;
  return (
    <div data-testid="suspect-result" data-matched={matched ?? undefined} data-found={found.line}>
      <p
        className={matched === null ? styles.verdictNeutral : styles.verdictLine}
        data-pass={matched ?? undefined}
        role="status"
      >
        {lineComparison(suspect, found)}
      </p>
      <dl className={styles.compare}>
        {suspect !== null && suspect !== found.line && (
          <>
            <dt>Line {suspect}</dt>
            <dd>
              <code>{code(suspect)}</code>
            </dd>
          </>
        )}
        <dt>
          <button type="button" className={styles.lineLink} onClick={() => profiler.revealLine(found.line)}>
            Line {found.line}
          </button>
        </dt>
        <dd>
          <code>{code(found.line)}</code>
        </dd>
      </dl>
      {!live && (
        <p className={styles.muted}>
          From your first profile of the starter{report ? '; the profile below is of changed code' : ''}.
        </p>
      )}
      <p>
        <InlineText text={prediction.explain} />
      </p>
    </div>
  );
}
