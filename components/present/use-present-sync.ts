'use client';

/**
 * The current slide lives in the URL (?s=N), so a reload or a shared link lands on it; this hook reads it
 * with useSyncExternalStore and keeps it in step with the lesson's other windows through a BroadcastChannel.
 * Either window can drive; a new window asks the others where the deck is.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { channelName, envelope, readMessage, type PresentMessage } from '@/lib/present/messages';
import type { Deck } from '@/lib/present/slide-types';
import { createRelay, type RelayListener } from '@/lib/present/race-relay';
import {
  clampIndex,
  searchForSlide,
  slideFromSearch,
  viewFromSearch,
  type PresentView,
} from '@/lib/present/navigation';

const NAV_EVENT = 'hotpath-present-nav';

/** The race messages between windows (Start/Stop from either window, status from the one running it). */
export type RaceMessage = Extract<PresentMessage, { type: 'race' | 'race-ask' | 'race-status' }>;
type RaceMessageBody =
  | Omit<Extract<RaceMessage, { type: 'race' }>, 'from'>
  | Omit<Extract<RaceMessage, { type: 'race-ask' }>, 'from'>
  | Omit<Extract<RaceMessage, { type: 'race-status' }>, 'from'>;

/** What the audience and the presenter window each get: the deck, where it is, how to move, the race. */
export interface DeckViewProps {
  deck: Deck;
  index: number;
  go: (i: number) => void;
  race: RaceLink;
}

/** Sends race messages to the lesson's other windows and hears theirs. Stable for the page's life. */
export interface RaceLink {
  send(msg: RaceMessageBody): void;
  /**
   * Returns the unsubscribe function. A listener returns true when a message was for it; a Start or Stop
   * no listener took is handed to the next one that subscribes (within a few seconds), see race-relay.ts.
   */
  subscribe(listener: RelayListener<RaceMessage>): () => void;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAV_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAV_EVENT, onChange);
  };
}
const getSearch = () => window.location.search;
const getServerSearch = () => null;

function writeSlide(index: number): void {
  const search = searchForSlide(window.location.search, index);
  if (search === window.location.search) return;
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
  window.dispatchEvent(new Event(NAV_EVENT));
}

export function usePresentSync(
  lessonSlug: string,
  count: number,
): { index: number | null; view: PresentView | null; go: (i: number) => void; race: RaceLink } {
  const search = useSyncExternalStore(subscribe, getSearch, getServerSearch);
  const index = search === null ? null : slideFromSearch(search, count);
  const view = search === null ? null : viewFromSearch(search);
  const channel = useRef<BroadcastChannel | null>(null);
  const [me] = useState(() => Math.random().toString(36).slice(2, 10));
  const current = useRef(index ?? 0);
  const [race] = useState(() => {
    const relay = createRelay<RaceMessage>((msg) => msg.type === 'race');
    const link: RaceLink & { deliver(msg: RaceMessage): void } = {
      send: (body) => channel.current?.postMessage(envelope({ ...body, from: me })),
      subscribe: relay.subscribe,
      deliver: relay.deliver,
    };
    return link;
  });
  useEffect(() => {
    current.current = index ?? 0;
  }, [index]);

  useEffect(() => {
    if (typeof BroadcastChannel !== 'function') return;
    const ch = new BroadcastChannel(channelName(lessonSlug));
    channel.current = ch;
    ch.onmessage = (e: MessageEvent) => {
      const msg = readMessage(e.data, count);
      if (!msg || msg.from === me) return;
      if (msg.type === 'goto') writeSlide(msg.index);
      else if (msg.type === 'hello') {
        ch.postMessage(envelope({ type: 'goto', index: current.current, from: me }));
      } else race.deliver(msg);
    };
    ch.postMessage(envelope({ type: 'hello', from: me }));
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [lessonSlug, count, me, race]);

  const go = useCallback(
    (i: number) => {
      const next = clampIndex(i, count);
      current.current = next;
      writeSlide(next);
      channel.current?.postMessage(envelope({ type: 'goto', index: next, from: me }));
    },
    [count, me],
  );

  return { index, view, go, race };
}
