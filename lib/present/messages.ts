/**
 * Messages between the audience and presenter windows (BroadcastChannel, one channel per lesson).
 * Anything that does not match a known shape is ignored.
 */

export type PresentMessage =
  /** The sender moved to this slide (0-based); the receiver follows. */
  | { type: 'goto'; index: number; from: string }
  /** A window opened and asks where the deck is. */
  | { type: 'hello'; from: string };

export const PRESENT_PROTOCOL = 'hotpath-present-1';

export interface PresentEnvelope {
  protocol: typeof PRESENT_PROTOCOL;
  message: PresentMessage;
}

export function channelName(lessonSlug: string): string {
  return `hotpath-present:${lessonSlug}`;
}

export function envelope(message: PresentMessage): PresentEnvelope {
  return { protocol: PRESENT_PROTOCOL, message };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const MAX_ID = 64;

/** The message inside `data`, or null when it is malformed or not ours. `count` bounds slide indices. */
export function readMessage(data: unknown, count: number): PresentMessage | null {
  if (!isRecord(data) || data.protocol !== PRESENT_PROTOCOL || !isRecord(data.message)) return null;
  const m = data.message;
  if (typeof m.from !== 'string' || m.from.length === 0 || m.from.length > MAX_ID) return null;
  if (m.type === 'hello') return { type: 'hello', from: m.from };
  if (m.type === 'goto') {
    const i = m.index;
    if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= count) return null;
    return { type: 'goto', index: i, from: m.from };
  }
  return null;
}
