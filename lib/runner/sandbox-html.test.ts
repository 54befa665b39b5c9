import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  LOAD_WATCH_MS,
  RELAY_SCRIPT,
  RELAY_SCRIPT_SHA256,
  SANDBOX_IFRAME_ATTRIBUTES,
  STOP_GRACE_MS,
  buildSandboxHtml,
} from './sandbox-html';
import { sandboxCsp } from './sandbox-policy';

type Listener = (e: unknown) => void;

/** A fake iframe window + Worker in which the relay script runs exactly as written. */
function bootRelay() {
  const parentWin = { name: 'parent' };
  const listeners = new Set<Listener>();
  const workers: FakeWorker[] = [];
  const toPage: unknown[] = [];
  class FakeWorker {
    onmessage: Listener | null = null;
    onerror: Listener | null = null;
    onmessageerror: Listener | null = null;
    received: unknown[] = [];
    terminated = false;
    constructor(public url: string) {
      workers.push(this);
    }
    postMessage(msg: unknown) {
      this.received.push(msg);
    }
    terminate() {
      this.terminated = true;
    }
  }
  const port = {
    onmessage: null as Listener | null,
    postMessage: (m: unknown) => toPage.push(m),
  };
  const win = {
    addEventListener: (_: string, l: Listener) => listeners.add(l),
    removeEventListener: (_: string, l: Listener) => listeners.delete(l),
  };
  const fakeURL = { createObjectURL: () => 'blob:fake' };
  class FakeBlob {
    constructor(public parts: unknown[]) {}
  }
  const clock = { now: 0, timers: new Map<number, { at: number; fn: () => void }>(), next: 1 };
  const fakeSetTimeout = (fn: () => void, ms: number) => {
    const id = clock.next++;
    clock.timers.set(id, { at: clock.now + ms, fn });
    return id;
  };
  const fakeClearTimeout = (id: number) => clock.timers.delete(id);
  const advance = (ms: number) => {
    clock.now += ms;
    for (const [id, t] of [...clock.timers]) {
      if (t.at <= clock.now && clock.timers.delete(id)) t.fn();
    }
  };
  new Function(
    'window',
    'parent',
    'Worker',
    'URL',
    'Blob',
    'setTimeout',
    'clearTimeout',
    'performance',
    RELAY_SCRIPT,
  )(win, parentWin, FakeWorker, fakeURL, FakeBlob, fakeSetTimeout, fakeClearTimeout, {
    now: () => clock.now,
  });
  const dispatch = (e: unknown) => [...listeners].forEach((l) => l(e));
  return { parentWin, dispatch, workers, toPage, port, listeners, advance };
}

describe('sandbox document', () => {
  it('declares the hash of the relay script it carries', () => {
    const actual = createHash('sha256').update(RELAY_SCRIPT, 'utf8').digest('base64');
    expect(RELAY_SCRIPT_SHA256, `update RELAY_SCRIPT_SHA256 to ${actual}`).toBe(actual);
  });

  it('repeats its CSP first, before the relay, and is what the iframe loads', () => {
    const csp = sandboxCsp('http://127.0.0.1:3000');
    const html = buildSandboxHtml(csp);
    expect(html.indexOf(`http-equiv="Content-Security-Policy" content="${csp}"`)).toBeGreaterThan(0);
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script>'));
    expect(html).toContain(`<script>${RELAY_SCRIPT}</script>`);
    expect(RELAY_SCRIPT).not.toMatch(/<\/script/i);
    expect(RELAY_SCRIPT).not.toContain('\r');
    expect(buildSandboxHtml('a "b" & c')).toContain('content="a &quot;b&quot; &amp; c"');
    expect(SANDBOX_IFRAME_ATTRIBUTES).toMatchObject({ src: '/sandbox', sandbox: 'allow-scripts' });
    expect(SANDBOX_IFRAME_ATTRIBUTES.allow).toBe('cross-origin-isolated');
  });
});

describe('relay script', () => {
  it('ignores messages that do not come from the parent', () => {
    const r = bootRelay();
    r.dispatch({ source: {}, data: { hotpath: 'init', runtime: 'x' }, ports: [r.port] });
    expect(r.workers).toHaveLength(0);
    r.dispatch({ source: r.parentWin, data: { hotpath: 'init', runtime: 'x' }, ports: [] });
    expect(r.workers).toHaveLength(0);
  });

  it('starts the worker, relays commands and wraps worker messages with their generation', () => {
    const r = bootRelay();
    r.dispatch({ source: r.parentWin, data: { hotpath: 'init', runtime: 'code' }, ports: [r.port] });
    expect(r.workers).toHaveLength(1);
    expect(r.listeners.size).toBe(0);
    const w = r.workers[0]!;
    expect(w.url).toBe('blob:fake');
    r.port.onmessage!({ data: { cmd: 'post', msg: { type: 'ping' } } });
    // First the worker's own interrupt byte (shared memory), then what the page posts.
    expect(w.received).toEqual([{ type: 'init', interrupt: expect.any(Uint8Array) }, { type: 'ping' }]);
    const init = w.received[0] as { interrupt: Uint8Array };
    expect(init.interrupt.buffer).toBeInstanceOf(SharedArrayBuffer);
    w.onmessage!({ data: { type: 'ready' } });
    w.onmessage!({ data: { hotpath: 'relay', payload: { type: 'done', runId: 1 } } });
    expect(r.toPage).toEqual([
      { hotpath: 'relay', gen: 1, payload: { type: 'ready' } },
      { hotpath: 'relay', gen: 1, payload: { hotpath: 'relay', payload: { type: 'done', runId: 1 } } },
    ]);
  });

  it("kill terminates the worker, starts a fresh one and drops the old one's late messages", () => {
    const r = bootRelay();
    r.dispatch({ source: r.parentWin, data: { hotpath: 'init', runtime: 'code' }, ports: [r.port] });
    const old = r.workers[0]!;
    r.port.onmessage!({ data: { cmd: 'kill' } });
    expect(old.terminated).toBe(true);
    expect(r.workers).toHaveLength(2);
    old.onmessage!({ data: { type: 'ready' } });
    expect(r.toPage).toHaveLength(0);
    r.workers[1]!.onmessage!({ data: { type: 'ready' } });
    expect(r.toPage).toEqual([{ hotpath: 'relay', gen: 2, payload: { type: 'ready' } }]);
  });

  it('reports a worker error as a crash and ignores a second init', () => {
    const r = bootRelay();
    r.dispatch({ source: r.parentWin, data: { hotpath: 'init', runtime: 'code' }, ports: [r.port] });
    r.dispatch({ source: r.parentWin, data: { hotpath: 'init', runtime: 'evil' }, ports: [r.port] });
    expect(r.workers).toHaveLength(1);
    let prevented = false;
    r.workers[0]!.onerror!({
      message: 'Uncaught RangeError: boom',
      preventDefault: () => (prevented = true),
    });
    expect(prevented).toBe(true);
    expect(r.toPage).toEqual([
      { hotpath: 'relay', gen: 1, payload: { type: 'worker-crashed', message: 'Uncaught RangeError: boom' } },
    ]);
  });

  it('its own watchdog replaces a worker that goes silent during a run, and only then', () => {
    const r = bootRelay();
    r.dispatch({ source: r.parentWin, data: { hotpath: 'init', runtime: 'code' }, ports: [r.port] });
    const first = r.workers[0]!;
    r.port.onmessage!({ data: { cmd: 'post', msg: { type: 'run' }, watchdogMs: 1000 } });
    r.advance(900);
    first.onmessage!({ data: { type: 'size', runId: 1 } }); // progress re-arms the clock
    r.advance(900);
    expect(r.workers).toHaveLength(1);
    r.advance(150);
    expect(first.terminated).toBe(true);
    expect(r.workers).toHaveLength(2);
    expect(r.toPage.at(-1)).toEqual({
      hotpath: 'relay',
      gen: 1,
      payload: { type: 'stalled', silentMs: 1050 },
    });

    // A run that finishes disarms it.
    const second = r.workers[1]!;
    r.port.onmessage!({ data: { cmd: 'post', msg: { type: 'run' }, watchdogMs: 1000 } });
    second.onmessage!({ data: { type: 'done', runId: 2 } });
    r.advance(5000);
    expect(r.workers).toHaveLength(2);
    expect(second.terminated).toBe(false);
  });
});

describe('relay script, Python runs', () => {
  const PY_RUN = { type: 'run', spec: { series: [{ id: 'learner', language: 'python' }] } };
  const JS_RUN = { type: 'run', spec: { series: [{ id: 'learner' }] } };
  const start = () => {
    const r = bootRelay();
    r.dispatch({ source: r.parentWin, data: { hotpath: 'init', runtime: 'code' }, ports: [r.port] });
    const w = r.workers[0]!;
    const byte = (w.received[0] as { interrupt: Uint8Array }).interrupt;
    const cmd = (data: unknown) => r.port.onmessage!({ data });
    return { r, w, byte, cmd };
  };

  it('stop interrupts running Python and keeps the worker when its run ends in time', () => {
    const { r, w, byte, cmd } = start();
    cmd({ cmd: 'post', msg: PY_RUN, watchdogMs: 1000 });
    cmd({ cmd: 'stop' });
    expect(byte[0]).toBe(2);
    // The next run waits until the interrupted one has ended.
    cmd({ cmd: 'post', msg: { ...PY_RUN, n: 2 }, watchdogMs: 1000 });
    expect(w.received).toHaveLength(2);
    r.advance(STOP_GRACE_MS - 100);
    w.onmessage!({ data: { type: 'done', runId: 1 } }); // it ended before Python saw the request
    expect(w.received).toHaveLength(3);
    expect(byte[0]).toBe(0); // the held run starts without the old stop request
    expect(w.terminated).toBe(false);
    expect(r.workers).toHaveLength(1);
  });

  it('replaces a worker whose interrupted Python does not end, and gives it the held run', () => {
    const { r, w, byte, cmd } = start();
    cmd({ cmd: 'post', msg: PY_RUN, watchdogMs: 1000 });
    cmd({ cmd: 'stop' });
    cmd({ cmd: 'post', msg: JS_RUN, watchdogMs: 1000 });
    r.advance(STOP_GRACE_MS + 1);
    expect(byte[0]).toBe(2);
    expect(w.terminated).toBe(true);
    const fresh = r.workers[1]!;
    expect(fresh.received.map((m) => (m as { type: string }).type)).toEqual(['init', 'run']);
    // The run it was given was JavaScript: a worker replacing this one preloads nothing.
    cmd({ cmd: 'kill' });
    expect(r.workers[2]!.received.map((m) => (m as { type: string }).type)).toEqual(['init']);
    expect(r.toPage).toEqual([]); // a cancel is the page's own doing: nothing to report
  });

  it('a JavaScript run is killed at once on stop; stop with nothing running does nothing', () => {
    const { r, w, cmd } = start();
    cmd({ cmd: 'stop' });
    expect(r.workers).toHaveLength(1);
    cmd({ cmd: 'post', msg: JS_RUN, watchdogMs: 1000 });
    cmd({ cmd: 'stop' });
    expect(w.terminated).toBe(true);
    expect(r.workers).toHaveLength(2);
  });

  it('its watchdog interrupts silent Python first: kept when the run ends, replaced when not', () => {
    const { r, w, byte, cmd } = start();
    cmd({ cmd: 'post', msg: PY_RUN, watchdogMs: 1000 });
    r.advance(1000);
    expect(byte[0]).toBe(2);
    expect(w.terminated).toBe(false);
    byte[0] = 0; // Pyodide clears it when it raises KeyboardInterrupt
    w.onmessage!({ data: { type: 'error', runId: 1 } });
    w.onmessage!({ data: { type: 'done', runId: 1 } });
    // The interrupted run's own error and end are not passed on: the page hears 'stalled' only.
    expect(r.toPage).toEqual([
      { hotpath: 'relay', gen: 1, payload: { type: 'stalled', silentMs: 1000, kept: true } },
    ]);
    expect(r.workers).toHaveLength(1);

    cmd({ cmd: 'post', msg: PY_RUN, watchdogMs: 1000 });
    r.advance(1000);
    expect(byte[0]).toBe(2);
    r.advance(STOP_GRACE_MS);
    expect(w.terminated).toBe(true);
    expect(r.workers).toHaveLength(2);
    expect(r.toPage.at(-1)).toEqual({
      hotpath: 'relay',
      gen: 1,
      payload: { type: 'stalled', silentMs: 1000 },
    });
  });

  it('allows long silences while the worker says Python is loading, and not after', () => {
    const { r, w, byte, cmd } = start();
    cmd({ cmd: 'post', msg: PY_RUN, watchdogMs: 1000 });
    w.onmessage!({ data: { type: 'python-load', runId: 1, phase: 'start' } });
    r.advance(LOAD_WATCH_MS - 10);
    expect(r.workers).toHaveLength(1);
    expect(byte[0]).toBe(0);
    w.onmessage!({ data: { type: 'python-load', runId: 1, phase: 'ready' } });
    r.advance(1000);
    expect(byte[0]).toBe(2);
  });

  it("a run's library imports count as loading (phase 'import'); its own lines after them do not", () => {
    const { r, w, byte, cmd } = start();
    cmd({ cmd: 'post', msg: PY_RUN, watchdogMs: 1000 });
    w.onmessage!({ data: { type: 'python-load', runId: 1, phase: 'ready' } });
    w.onmessage!({ data: { type: 'python-load', runId: 1, phase: 'import' } });
    r.advance(5000); // e.g. urllib.request on a fresh interpreter, busy machine
    expect(byte[0]).toBe(0);
    expect(w.terminated).toBe(false);
    w.onmessage!({ data: { type: 'python-load', runId: 1, phase: 'ready' } });
    r.advance(1000); // a runaway in the learner's module: stopped at the run's own limit
    expect(byte[0]).toBe(2);
  });

  it('kills a worker that stays silent while loading for longer than the load allowance', () => {
    const { r, w, cmd } = start();
    cmd({ cmd: 'post', msg: PY_RUN, watchdogMs: 1000 });
    w.onmessage!({ data: { type: 'python-load', runId: 1, phase: 'compile' } });
    r.advance(LOAD_WATCH_MS + 1);
    expect(w.terminated).toBe(true);
    expect(r.toPage.at(-1)).toMatchObject({ gen: 1, payload: { type: 'stalled' } });
  });

  it("a worker that replaces one whose last run was Python is told to preload it from that run's URL", () => {
    const { r, w, cmd } = start();
    const url = 'https://app.example/pyodide/';
    cmd({ cmd: 'post', msg: { type: 'run', spec: { ...PY_RUN.spec, pyodideUrl: url } }, watchdogMs: 1000 });
    w.onmessage!({ data: { type: 'error', runId: 1, fatal: true } });
    w.onmessage!({ data: { type: 'done', runId: 1 } });
    cmd({ cmd: 'kill' });
    expect(r.workers[1]!.received).toEqual([
      { type: 'init', interrupt: expect.any(Uint8Array) },
      { type: 'preload-python', url },
    ]);
  });

  it('a stop while Python loads waits for the load allowance, not the short grace', () => {
    const { r, w, byte, cmd } = start();
    cmd({ cmd: 'post', msg: PY_RUN, watchdogMs: 1000 });
    w.onmessage!({ data: { type: 'python-load', runId: 1, phase: 'start' } });
    cmd({ cmd: 'stop' });
    expect(byte[0]).toBe(2);
    r.advance(STOP_GRACE_MS * 5);
    expect(w.terminated).toBe(false);
    // How the load goes is still passed on (the page counts loads); the stopped run's end is not.
    w.onmessage!({ data: { type: 'python-load', runId: 1, phase: 'ready' } });
    w.onmessage!({ data: { type: 'done', runId: 1 } });
    r.advance(LOAD_WATCH_MS);
    expect(w.terminated).toBe(false);
    const types = r.toPage.map((m) => (m as { payload: { type: string; phase?: string } }).payload);
    expect(types).toEqual([
      { type: 'python-load', runId: 1, phase: 'start' },
      { type: 'python-load', runId: 1, phase: 'ready' },
    ]);
  });

  it('loading belongs to the worker: a run after a stopped one still gets the allowance; JavaScript never', () => {
    const { r, w, byte, cmd } = start();
    cmd({ cmd: 'post', msg: PY_RUN, watchdogMs: 1000 });
    w.onmessage!({ data: { type: 'python-load', runId: 1, phase: 'download' } });
    cmd({ cmd: 'stop' });
    w.onmessage!({ data: { type: 'done', runId: 1 } });
    byte[0] = 0;
    // The next Python run waits on the same load, its thread busy starting the interpreter: no stall.
    cmd({ cmd: 'post', msg: PY_RUN, watchdogMs: 1000 });
    r.advance(5000);
    expect(byte[0]).toBe(0);
    w.onmessage!({ data: { type: 'python-load', runId: 2, phase: 'ready' } });
    w.onmessage!({ data: { type: 'done', runId: 2 } });
    // A JavaScript run keeps its own short limit whatever the worker is doing.
    w.onmessage!({ data: { type: 'python-load', runId: 2, phase: 'start' } });
    cmd({ cmd: 'post', msg: JS_RUN, watchdogMs: 1000 });
    r.advance(1000);
    expect(w.terminated).toBe(true);
  });

  it('a worker told to preload counts as loading until it says Python is ready', () => {
    const { r, w, cmd } = start();
    cmd({ cmd: 'post', msg: { type: 'run', spec: { ...PY_RUN.spec, pyodideUrl: 'u' } }, watchdogMs: 1000 });
    w.onmessage!({ data: { type: 'done', runId: 1 } });
    cmd({ cmd: 'kill' });
    const fresh = r.workers[1]!;
    cmd({ cmd: 'post', msg: PY_RUN, watchdogMs: 1000 });
    r.advance(5000);
    expect(fresh.terminated).toBe(false);
    fresh.onmessage!({ data: { type: 'python-load', runId: 2, phase: 'ready' } });
    // Ready: from here on the run's own limit holds, and a silent run is interrupted.
    r.advance(1000);
    expect((fresh.received[0] as { interrupt: Uint8Array }).interrupt[0]).toBe(2);
  });
});
