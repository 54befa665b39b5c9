'use client';

import styles from './progress.module.css';
import { useProgressReady } from './use-progress';
import { useProgressView } from './progress-view';

/**
 * A small "✓ read" tick for one section, for the lesson map or a table of contents. Renders an empty,
 * same-size slot until saved progress has been read.
 */
export function SectionReadMark({ lessonSlug, sectionId }: { lessonSlug: string; sectionId: string }) {
  const ready = useProgressReady();
  const read = useProgressView(
    (s) => s.progress?.lessons[lessonSlug]?.sectionsRead.includes(sectionId) ?? false,
  );
  return (
    <span className={styles.tick} data-read={ready && read ? 'true' : 'false'}>
      {ready && read ? (
        <>
          <span aria-hidden="true">✓</span>
          <span className="visually-hidden"> (read)</span>
        </>
      ) : null}
    </span>
  );
}
