import type { SeriesId, WorkerToPage } from '@/lib/runner/protocol';
import { preview } from './canonical';

export const LOG_MAX_LINES = 50;
export const LOG_MAX_CHARS = 500;

type Level = 'log' | 'info' | 'warn' | 'error' | 'debug';

/**
 * A console for code under test that posts 'log' messages, bounded: at most LOG_MAX_LINES lines of at
 * most LOG_MAX_CHARS each per series; later lines are only counted (code logging inside a timed loop
 * would otherwise flood the page), and `flush()` reports how many were dropped.
 */
export function makeConsole(runId: number, series: SeriesId, post: (m: WorkerToPage) => void) {
  let lines = 0;
  let dropped = 0;
  const emit =
    (level: Level) =>
    (...args: unknown[]) => {
      if (lines >= LOG_MAX_LINES) {
        dropped++;
        return;
      }
      lines++;
      let text = args.map((a) => (typeof a === 'string' ? a : preview(a, LOG_MAX_CHARS))).join(' ');
      if (text.length > LOG_MAX_CHARS) text = `${text.slice(0, LOG_MAX_CHARS)}…`;
      post({ type: 'log', runId, series, text, ...(level === 'log' ? {} : { level }) });
    };
  const noop = () => undefined;
  const api = {
    log: emit('log'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
    debug: emit('debug'),
    trace: emit('debug'),
    table: emit('log'),
    dir: emit('log'),
    assert: (cond: unknown, ...rest: unknown[]) => {
      if (!cond) emit('error')('Assertion failed', ...rest);
    },
    time: noop,
    timeEnd: noop,
    timeLog: noop,
    count: noop,
    group: noop,
    groupEnd: noop,
  };
  return {
    api,
    flush() {
      if (dropped > 0) {
        post({
          type: 'log',
          runId,
          series,
          level: 'warn',
          text: `… ${dropped} more console lines not shown`,
        });
        dropped = 0;
      }
    },
  };
}
