import { describe, expect, it } from 'vitest';
import { channelName, envelope, readMessage } from './messages';

describe('present messages', () => {
  it('round-trips goto and hello', () => {
    expect(readMessage(envelope({ type: 'goto', index: 3, from: 'a1' }), 10)).toEqual({
      type: 'goto',
      index: 3,
      from: 'a1',
    });
    expect(readMessage(envelope({ type: 'hello', from: 'b2' }), 10)).toEqual({ type: 'hello', from: 'b2' });
  });

  it('round-trips race start/stop, questions and status', () => {
    const start = { type: 'race', slideId: 'race-demo', action: 'start', from: 'p1' } as const;
    expect(readMessage(envelope(start), 10)).toEqual(start);
    const ask = { type: 'race-ask', slideId: 'race-demo', from: 'p1' } as const;
    expect(readMessage(envelope(ask), 10)).toEqual(ask);
    const status = {
      type: 'race-status',
      slideId: 'race-demo',
      status: { phase: 'done', text: 'Finished.', big: '1,001 queries vs 1', caption: 'Queries…' },
      from: 'a1',
    } as const;
    expect(readMessage(envelope(status), 10)).toEqual(status);
    const bare = { ...status, status: { phase: 'idle', text: 'Ready.' } } as const;
    expect(readMessage(envelope(bare), 10)).toEqual(bare);
  });

  it('ignores malformed race messages', () => {
    const wrap = (message: unknown) => ({ ...envelope({ type: 'hello', from: 'a' }), message });
    const bad: unknown[] = [
      wrap({ type: 'race', slideId: 'r', action: 'pause', from: 'a' }),
      wrap({ type: 'race', action: 'start', from: 'a' }),
      wrap({ type: 'race', slideId: 'x'.repeat(100), action: 'start', from: 'a' }),
      wrap({ type: 'race-ask', slideId: '', from: 'a' }),
      wrap({ type: 'race-status', slideId: 'r', status: { phase: 'flying', text: '' }, from: 'a' }),
      wrap({ type: 'race-status', slideId: 'r', status: { phase: 'done' }, from: 'a' }),
      wrap({
        type: 'race-status',
        slideId: 'r',
        status: { phase: 'done', text: 'x'.repeat(700) },
        from: 'a',
      }),
      wrap({ type: 'race-status', slideId: 'r', status: { phase: 'done', text: '', big: 5 }, from: 'a' }),
      wrap({ type: 'race-status', slideId: 'r', status: null, from: 'a' }),
    ];
    for (const b of bad) expect(readMessage(b, 10)).toBeNull();
  });

  it('ignores malformed or foreign messages', () => {
    const bad: unknown[] = [
      null,
      'goto 3',
      42,
      [],
      { type: 'goto', index: 3, from: 'a' },
      { protocol: 'other', message: { type: 'goto', index: 3, from: 'a' } },
      envelope({ type: 'goto', index: 10, from: 'a' }),
      envelope({ type: 'goto', index: -1, from: 'a' }),
      envelope({ type: 'goto', index: 1.5, from: 'a' }),
      { ...envelope({ type: 'hello', from: 'a' }), message: { type: 'hello', from: '' } },
      { ...envelope({ type: 'hello', from: 'a' }), message: { type: 'hello', from: 'x'.repeat(100) } },
      { ...envelope({ type: 'hello', from: 'a' }), message: { type: 'reload', from: 'a' } },
      { ...envelope({ type: 'hello', from: 'a' }), message: { type: 'goto', index: '3', from: 'a' } },
    ];
    for (const b of bad) expect(readMessage(b, 10)).toBeNull();
  });

  it('uses one channel per lesson', () => {
    expect(channelName('a')).not.toBe(channelName('b'));
  });
});
