/**
 * Messages between the audience and presenter windows (BroadcastChannel, one channel per lesson).
 * Anything that does not match a known shape is ignored.
 */

export type PresentMessage =
  /** The sender moved to this slide (0-based); the receiver follows. */
  | { type: 'goto'; index: number; from: string }
  /** A window opened and asks where the deck is. */
  | { type: 'hello'; from: string }
  /** Start or stop the race on this slide (the window showing the slide to the audience runs it). */
  | { type: 'race'; slideId: string; action: 'start' | 'stop'; from: string }
  /** A window asks the race on this slide to report its status. */
  | { type: 'race-ask'; slideId: string; from: string }
  /** The race on this slide, as the window running it sees it. */
  | { type: 'race-status'; slideId: string; status: RaceStatus; from: string };

/** What the presenter is told about a race running in the audience window. */
export interface RaceStatus {
  phase: 'idle' | 'starting' | 'running' | 'done' | 'stopped' | 'error';
  /** The status line, as the audience sees it. */
  text: string;
  /** The headline so far (big figure and caption), when there is one. */
  big?: string;
  caption?: string;
}

export const RACE_PHASES: readonly RaceStatus['phase'][] = [
  'idle',
  'starting',
  'running',
  'done',
  'stopped',
  'error',
];

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
const MAX_TEXT = 600;

const isText = (x: unknown, max = MAX_TEXT): x is string => typeof x === 'string' && x.length <= max;
const isId = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= MAX_ID;

function readStatus(x: unknown): RaceStatus | null {
  if (!isRecord(x) || !isText(x.text)) return null;
  const phase = RACE_PHASES.find((p) => p === x.phase);
  if (!phase) return null;
  if (x.big !== undefined && !isText(x.big, 200)) return null;
  if (x.caption !== undefined && !isText(x.caption)) return null;
  return {
    phase,
    text: x.text,
    ...(typeof x.big === 'string' ? { big: x.big } : {}),
    ...(typeof x.caption === 'string' ? { caption: x.caption } : {}),
  };
}

/** The message inside `data`, or null when it is malformed or not ours. `count` bounds slide indices. */
export function readMessage(data: unknown, count: number): PresentMessage | null {
  if (!isRecord(data) || data.protocol !== PRESENT_PROTOCOL || !isRecord(data.message)) return null;
  const m = data.message;
  if (!isId(m.from)) return null;
  if (m.type === 'hello') return { type: 'hello', from: m.from };
  if (m.type === 'race' || m.type === 'race-ask' || m.type === 'race-status') {
    if (!isId(m.slideId)) return null;
    if (m.type === 'race-ask') return { type: 'race-ask', slideId: m.slideId, from: m.from };
    if (m.type === 'race') {
      return m.action === 'start' || m.action === 'stop'
        ? { type: 'race', slideId: m.slideId, action: m.action, from: m.from }
        : null;
    }
    const status = readStatus(m.status);
    return status ? { type: 'race-status', slideId: m.slideId, status, from: m.from } : null;
  }
  if (m.type === 'goto') {
    const i = m.index;
    if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= count) return null;
    return { type: 'goto', index: i, from: m.from };
  }
  return null;
}
