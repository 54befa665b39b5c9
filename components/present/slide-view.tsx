'use client';

/** One slide on the fixed 1280×720 stage. Race slides load the runner and chart only when shown. */
import dynamic from 'next/dynamic';
import type { Slide } from '@/lib/present/slide-types';
import type { RaceLink } from './use-present-sync';
import styles from './present.module.css';

const RacePanel = dynamic(() => import('./race-panel'), {
  ssr: false,
  loading: () => <p className={styles.raceStatus}>Loading the race…</p>,
});

const RacePreview = dynamic(() => import('./race-preview'), {
  ssr: false,
  loading: () => <p className={styles.raceStatus}>Live race: starter vs reference fix.</p>,
});

export function SlideView({
  slide,
  lessonSlug,
  live,
  headingId,
  raceLink,
}: {
  slide: Slide;
  lessonSlug: string;
  /** False for previews (presenter's next slide): race slides describe the race instead of running it. */
  live: boolean;
  headingId?: string;
  /** Lets the presenter window start and stop a live race, and hear how it is going. */
  raceLink?: RaceLink;
}) {
  const heading = (
    <h2 id={headingId} className={styles.title} tabIndex={-1}>
      {slide.title}
    </h2>
  );
  switch (slide.kind) {
    case 'title':
      return (
        <div className={`${styles.body} ${styles.titleSlide}`} data-slide-body>
          <p className={styles.eyebrow}>{slide.eyebrow}</p>
          <h2 id={headingId} className={styles.bigTitle} tabIndex={-1}>
            {slide.title}
          </h2>
          <p className={styles.subtitle}>{slide.subtitle}</p>
        </div>
      );
    case 'path':
      return (
        <div className={styles.body} data-slide-body>
          {heading}
          <ol className={styles.path}>
            {slide.steps.map((s) => (
              <li key={s.title}>
                <strong>{s.title}</strong>
                <span>{s.summary}</span>
              </li>
            ))}
          </ol>
        </div>
      );
    case 'points':
      return (
        <div className={styles.body} data-slide-body>
          {heading}
          <ul className={styles.points}>
            {slide.points.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      );
    case 'code':
      return (
        <div className={styles.body} data-slide-body>
          {heading}
          <pre className={styles.code}>
            <code>{slide.code}</code>
          </pre>
          <p className={styles.caption}>{slide.caption}</p>
        </div>
      );
    case 'quote':
      return (
        <div className={`${styles.body} ${styles.quoteSlide}`} data-slide-body>
          {heading}
          <blockquote className={styles.quote}>
            <p>{slide.quote}</p>
          </blockquote>
        </div>
      );
    case 'race':
      return (
        <div className={styles.body} data-slide-body>
          {heading}
          <p className={styles.lede}>{slide.lede}</p>
          {live ? (
            <RacePanel key={slide.id} lessonSlug={lessonSlug} slide={slide} link={raceLink} />
          ) : (
            <RacePreview lessonSlug={lessonSlug} slide={slide} className={styles.racePreview} />
          )}
        </div>
      );
  }
}
