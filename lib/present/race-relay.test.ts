import { describe, expect, it, vi } from 'vitest';
import { createRelay, MAX_PENDING, PENDING_MS } from './race-relay';

type Msg = { type: 'race' | 'race-status'; slideId: string; action?: string };
const start = (slideId: string): Msg => ({ type: 'race', slideId, action: 'start' });

function relay(clock = { t: 0 }) {
  return {
    clock,
    r: createRelay<Msg>(
      (m) => m.type === 'race',
      () => clock.t,
    ),
  };
}

describe('race relay', () => {
  it('hands a Start nobody took to the panel that subscribes next, once', () => {
    const { r } = relay();
    r.deliver(start('race-n1'));
    const panel = vi.fn((m: Msg) => m.slideId === 'race-n1');
    r.subscribe(panel);
    expect(panel).toHaveBeenCalledWith(start('race-n1'));
    const again = vi.fn((m: Msg) => m.slideId === 'race-n1');
    r.subscribe(again);
    expect(again).not.toHaveBeenCalled();
  });

  it('keeps a command only while it is fresh, and only commands', () => {
    const { r, clock } = relay();
    r.deliver(start('race-n1'));
    r.deliver({ type: 'race-status', slideId: 'race-n1' });
    clock.t = PENDING_MS + 1;
    const panel = vi.fn(() => true);
    r.subscribe(panel);
    expect(panel).not.toHaveBeenCalled();
  });

  it('does not keep a command a listener took, and leaves other slides’ commands waiting', () => {
    const { r } = relay();
    const here = vi.fn((m: Msg) => m.slideId === 'race-a');
    const off = r.subscribe(here);
    r.deliver(start('race-a'));
    r.deliver(start('race-b'));
    off();
    const a = vi.fn((m: Msg) => m.slideId === 'race-a');
    r.subscribe(a);
    expect(a).toHaveBeenCalledTimes(1); // only race-b was kept; it is not for this panel
    const b = vi.fn((m: Msg) => m.slideId === 'race-b');
    r.subscribe(b);
    expect(b).toHaveBeenCalledWith(start('race-b'));
  });

  it('keeps a bounded number of commands', () => {
    const { r } = relay();
    for (let i = 0; i < MAX_PENDING + 5; i++) r.deliver(start(`race-${i}`));
    const seen: string[] = [];
    r.subscribe((m) => {
      seen.push(m.slideId);
    });
    expect(seen).toHaveLength(MAX_PENDING);
    expect(seen.at(-1)).toBe(`race-${MAX_PENDING + 4}`);
  });
});
