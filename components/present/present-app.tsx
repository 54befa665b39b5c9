'use client';

/** Chooses the audience or presenter view from the URL and keeps the slide in step across windows. */
import { useEffect } from 'react';
import type { Deck } from '@/lib/present/slide-types';
import { AudienceView } from './audience-view';
import { PresenterView } from './presenter-view';
import { usePresentSync } from './use-present-sync';
import styles from './present.module.css';

export function PresentApp({ deck }: { deck: Deck }) {
  const { index, view, go, race } = usePresentSync(deck.lessonSlug, deck.slides.length);

  useEffect(() => {
    if (index === null || view === null) return;
    const title = deck.slides[index]?.title ?? '';
    document.title = `${view === 'presenter' ? 'Presenter · ' : ''}${index + 1}/${deck.slides.length} ${title} · Hotpath`;
  }, [index, view, deck]);

  // The page's one h1 names the deck; each slide's title is an h2 below it. The presenter view has its own.
  const heading = <h1 className="visually-hidden">Slides: {deck.lessonTitle}</h1>;
  if (index === null || view === null) {
    return (
      <div className={styles.viewport}>
        {heading}
        <p className={styles.loading}>Loading the slides…</p>
      </div>
    );
  }
  return view === 'presenter' ? (
    <PresenterView deck={deck} index={index} go={go} race={race} />
  ) : (
    <>
      {heading}
      <AudienceView deck={deck} index={index} go={go} race={race} />
    </>
  );
}
