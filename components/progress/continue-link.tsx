'use client';

import Link from 'next/link';
import styles from './progress.module.css';
import { useProgressReady } from './use-progress';
import { useProgressView } from './progress-view';

/**
 * "Continue where you left off" for the home page. Until saved progress is read (and for a new learner)
 * it shows the fallback link, which is also what the server renders.
 */
export function ContinueLink({
  fallbackHref,
  fallbackLabel,
}: {
  fallbackHref: string;
  fallbackLabel: string;
}) {
  const ready = useProgressReady();
  const last = useProgressView((s) => s.progress?.lastLocation ?? null);
  const resume = ready && last;
  return (
    <p className={styles.continue}>
      <Link
        href={resume ? last.href : fallbackHref}
        className={styles.continueLink}
        data-testid="continue-link"
      >
        {resume ? (
          <>
            Continue where you left off<span className={styles.continueTarget}>{last.label}</span>
          </>
        ) : (
          fallbackLabel
        )}
      </Link>
    </p>
  );
}
