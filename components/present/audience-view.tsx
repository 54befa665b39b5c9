'use client';

/** The audience window: one slide on a fixed 16:9 stage scaled to the viewport, with a slim control bar. */
import { useCallback, useEffect, useRef } from 'react';
import { applyAction, type NavAction } from '@/lib/present/navigation';
import { SlideView } from './slide-view';
import { useDeckKeys } from './use-deck-keys';
import { useStageScale } from './use-stage-scale';
import type { DeckViewProps } from './use-present-sync';
import styles from './present.module.css';

export function AudienceView({ deck, index, go, race }: DeckViewProps) {
  const count = deck.slides.length;
  const slide = deck.slides[index] ?? deck.slides[0];
  const scale = useStageScale();
  const stageRef = useRef<HTMLDivElement>(null);
  const onAction = useCallback((a: NavAction) => go(applyAction(index, a, count)), [go, index, count]);
  useDeckKeys(onAction);

  // If the focused control vanished with the old slide, keep focus on the stage rather than the page.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) stageRef.current?.focus();
  }, [index]);

  if (!slide) return null;
  const openPresenter = () => {
    const url = `${window.location.pathname}?view=presenter&s=${index + 1}`;
    window.open(url, `hotpath-presenter-${deck.lessonSlug}`, 'width=1200,height=800');
  };

  return (
    <div className={styles.viewport} data-present-root>
      <div
        ref={stageRef}
        className={styles.stage}
        style={{ transform: `translate(-50%, -50%) scale(${scale})` }}
        tabIndex={-1}
        role="region"
        aria-roledescription="slide deck"
        aria-label={deck.lessonTitle}
        data-testid="stage"
      >
        <div className={styles.slide} data-slide-index={index} data-slide-id={slide.id}>
          <SlideView
            slide={slide}
            lessonSlug={deck.lessonSlug}
            live
            headingId="slide-title"
            raceLink={race}
          />
        </div>
        <nav className={styles.bar} aria-label="Slides">
          <a className={styles.barLink} href={`/lessons/${deck.lessonSlug}#${slide.sectionId}`}>
            Back to the lesson
          </a>
          <button type="button" className={styles.barButton} onClick={openPresenter}>
            Presenter view
          </button>
          <span className={styles.spacer} />
          <button
            type="button"
            className={styles.barButton}
            onClick={() => go(index - 1)}
            disabled={index === 0}
            aria-label="Previous slide"
          >
            ←
          </button>
          <span className={styles.counter} data-testid="slide-counter">
            {index + 1} / {count}
          </span>
          <button
            type="button"
            className={styles.barButton}
            onClick={() => go(index + 1)}
            disabled={index === count - 1}
            aria-label="Next slide"
          >
            →
          </button>
        </nav>
      </div>
      <p className={styles.srOnly} aria-live="polite" aria-atomic="true">
        {`Slide ${index + 1} of ${count}: ${slide.title}`}
      </p>
    </div>
  );
}
