'use client';

/** The presenter window: current and next slide, speaker notes, elapsed time. Drives the audience window too. */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import dynamic from 'next/dynamic';
import { applyAction, formatElapsed, type NavAction } from '@/lib/present/navigation';
import { SlideView } from './slide-view';
import { useDeckKeys } from './use-deck-keys';
import { PresenterRace } from './presenter-race';
import type { DeckViewProps } from './use-present-sync';
import styles from './present.module.css';

const RacePreview = dynamic(() => import('./race-preview'), { ssr: false });

/** A slide drawn at stage size and scaled down to the box's width. */
function Thumb({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.4);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const fit = () => setScale(el.clientWidth / 1280);
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return (
    <div className={styles.thumb} ref={box} aria-hidden="true">
      <div className={`${styles.stageLike} ${styles.thumbSlide}`} style={{ transform: `scale(${scale})` }}>
        {children}
      </div>
    </div>
  );
}

function Timer() {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  return (
    <div className={styles.timer}>
      <span aria-label="Elapsed time" role="timer" data-testid="elapsed">
        {formatElapsed(now - start)}
      </span>
      <button
        type="button"
        className={styles.barButton}
        onClick={() => {
          const t = Date.now();
          setStart(t);
          setNow(t);
        }}
      >
        Reset timer
      </button>
    </div>
  );
}

export function PresenterView({ deck, index, go, race }: DeckViewProps) {
  const count = deck.slides.length;
  const slide = deck.slides[index];
  const next = deck.slides[index + 1];
  const onAction = useCallback((a: NavAction) => go(applyAction(index, a, count)), [go, index, count]);
  useDeckKeys(onAction);
  if (!slide) return null;
  return (
    <div className={styles.presenter} data-present-root>
      <header className={styles.presenterHead}>
        <h1 id="presenter-title" className={styles.presenterTitle}>
          Presenter view · {deck.lessonTitle}
        </h1>
        <Timer />
      </header>
      <div className={styles.presenterGrid}>
        <section aria-label="Current slide" className={styles.preview}>
          <p className={styles.previewLabel}>
            Now:{' '}
            <span data-testid="presenter-counter">
              {index + 1} / {count}
            </span>
          </p>
          <Thumb>
            <SlideView slide={slide} lessonSlug={deck.lessonSlug} live={false} />
          </Thumb>
        </section>
        <section aria-label="Next slide" className={styles.preview}>
          <p className={styles.previewLabel}>Next: {next ? next.title : 'end of the deck'}</p>
          {next && (
            <Thumb>
              <SlideView slide={next} lessonSlug={deck.lessonSlug} live={false} />
            </Thumb>
          )}
          {next?.kind === 'race' && (
            <RacePreview
              lessonSlug={deck.lessonSlug}
              slide={next}
              className={styles.nextRace}
              testId="next-race-preview"
            />
          )}
        </section>
        {slide.kind === 'race' && <PresenterRace key={slide.id} slide={slide} link={race} />}
        <section aria-labelledby="notes-title" className={styles.notes}>
          <h2 id="notes-title">Speaker notes</h2>
          <p data-testid="speaker-notes">{slide.notes}</p>
        </section>
      </div>
      <nav className={styles.presenterNav} aria-label="Slides">
        <button
          type="button"
          className={styles.barButton}
          onClick={() => go(index - 1)}
          disabled={index === 0}
        >
          ← Previous
        </button>
        <button
          type="button"
          className={styles.barButton}
          onClick={() => go(index + 1)}
          disabled={index === count - 1}
        >
          Next →
        </button>
      </nav>
      <p className={styles.srOnly} aria-live="polite" aria-atomic="true">
        {`Slide ${index + 1} of ${count}: ${slide.title}`}
      </p>
    </div>
  );
}
