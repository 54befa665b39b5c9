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
