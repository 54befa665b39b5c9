'use client';

/**
 * The presenter's handle on the race in the audience window: Start and Stop are sent over the deck's
 * BroadcastChannel (the audience window runs the race, on the projector), and its status and headline
 * come back the same way.
 */
import { useEffect, useState } from 'react';
import type { RaceStatus } from '@/lib/present/messages';
import type { RaceSlide } from '@/lib/present/slide-types';
import type { RaceLink } from './use-present-sync';
import styles from './present.module.css';

export function PresenterRace({ slide, link }: { slide: RaceSlide; link: RaceLink }) {
  const [status, setStatus] = useState<RaceStatus | null>(null);

  useEffect(() => {
    const off = link.subscribe((msg) => {
      if (msg.type === 'race-status' && msg.slideId === slide.id) setStatus(msg.status);
    });
    link.send({ type: 'race-ask', slideId: slide.id });
    return off;
  }, [link, slide.id]);

  const running = status?.phase === 'starting' || status?.phase === 'running';
  return (
    <section aria-labelledby="presenter-race-title" className={styles.presenterRace} data-race-remote>
      <h2 id="presenter-race-title">Race in the audience window</h2>
      <div className={styles.raceButtons}>
        <button
          type="button"
          onClick={() => link.send({ type: 'race', slideId: slide.id, action: 'start' })}
          disabled={running}
        >
          {status && status.phase !== 'idle' ? 'Start again' : 'Start'}
        </button>
        <button
          type="button"
          onClick={() => link.send({ type: 'race', slideId: slide.id, action: 'stop' })}
          disabled={!running}
        >
          Stop
        </button>
      </div>
      <p role="status" data-testid="presenter-race-status" data-race-phase={status?.phase ?? 'unknown'}>
        {status
          ? status.text
          : 'No answer from an audience window yet: the race runs in the window showing the slides.'}
      </p>
      {status?.big && (
        <p className={styles.presenterBig} data-testid="presenter-race-big">
          {status.big}
        </p>
      )}
      {status?.caption && <p>{status.caption}</p>}
    </section>
  );
}
