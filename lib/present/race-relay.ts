/**
 * Hands race messages from the channel to the window's listeners. A Start or Stop that no listener takes
 * (the audience window's race panel is loaded lazily with its slide, so a presenter can press Start
 * before it exists) is kept for a few seconds and handed to the next listener that subscribes, instead
 * of being lost.
 */
export const PENDING_MS = 10_000;
/** At most this many untaken commands are kept. */
export const MAX_PENDING = 4;

/** A listener returns true when the message was for it (its slide's race), whatever it then did. */
export type RelayListener<M> = (msg: M) => boolean | void;

export interface Relay<M> {
  deliver(msg: M): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: RelayListener<M>): () => void;
}

export function createRelay<M extends { type: string }>(
  keep: (msg: M) => boolean,
  now: () => number = Date.now,
): Relay<M> {
  const listeners = new Set<RelayListener<M>>();
  let pending: { msg: M; at: number }[] = [];
  const fresh = () => {
    const t = now();
    pending = pending.filter((p) => t - p.at < PENDING_MS);
  };
  return {
    deliver(msg) {
      let taken = false;
      for (const l of [...listeners]) if (l(msg) === true) taken = true;
      if (taken || !keep(msg)) return;
      fresh();
      pending = [...pending, { msg, at: now() }].slice(-MAX_PENDING);
    },
    subscribe(listener) {
      listeners.add(listener);
      fresh();
      pending = pending.filter((p) => listener(p.msg) !== true);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
