/**
 * The document loaded into the runner's sandboxed iframe (`sandbox="allow-scripts"`, opaque origin), served
 * at SANDBOX_PATH with its own headers (sandbox-policy.ts).
 *
 * Its CSP allows exactly one inline script (by hash), eval and wasm for the worker, workers from blob URLs
 * and, beyond that, only the app's Pyodide folder — no 'self', no other network. The inline script is a relay: it takes a private
 * MessagePort and the worker runtime's text from the parent (and from nobody else), starts the worker from a
 * blob URL, passes commands to it, and wraps everything the worker posts in a RelayEnvelope tagged with the
 * worker's generation. On 'kill' it terminates the worker and starts a fresh one, keeping the iframe; its
 * own watchdog does the same when a run goes silent. Python is stopped gentler first: each worker gets a
 * shared interrupt byte (Pyodide's interrupt buffer; the frame is cross-origin isolated), which the relay
 * sets to raise KeyboardInterrupt in running Python; only a run that does not end soon after loses its
 * worker (and the loaded interpreter with it). A worker that replaces one whose last run was Python is
 * told to load Python at once ('preload-python'), so the next run does not wait for all of it.
 *
 * The hash is a constant so building the document needs no crypto at run time; sandbox-html.test.ts
 * recomputes it and fails when RELAY_SCRIPT changes without it.
 */
import type { PageToWorker, RelayEnvelope } from './protocol';

/** First message, posted by the page to the iframe's window with the private port transferred. */
export interface RelayInit {
  hotpath: 'init';
  /** Text of the classic worker script (public/runtime/measure-worker.js). */
  runtime: string;
}

/**
 * Commands the page sends through the private port. Buffers in `transfer` are moved, not copied. With
 * `watchdogMs`, the relay itself watches the run: when the worker posts nothing for that long it stops
 * it (below) and reports 'stalled' (the relay's clock does not wait for a busy page). 'kill' terminates
 * the worker and starts a fresh one. 'stop' ends the current run: a Python run is interrupted (its
 * interpreter is kept when the run ends within STOP_GRACE_MS), anything else is killed. What an
 * interrupted run still posts is not passed on (the page has ended that run) except how the worker's
 * Python load is going, and a 'post' that arrives meanwhile is held until the worker is free (or replaced).
 */
export type RelayCommand =
  | { cmd: 'post'; msg: PageToWorker; transfer?: Transferable[]; watchdogMs?: number }
  | { cmd: 'kill' }
  | { cmd: 'stop' };

/**
 * Sent by the relay itself: the worker of generation `gen` was silent for `silentMs`. `kept`: it was
 * Python, interrupted, and ended its run in time, so it lives on; otherwise it was replaced.
 */
export interface RelayStalled {
  type: 'stalled';
  silentMs: number;
  kept?: boolean;
}

/** What arrives on the page's end of the port: the envelope plus the worker generation it concerns. */
export interface RelayMessage {
  hotpath: 'relay';
  gen: number;
  payload: RelayEnvelope['payload'] | RelayStalled;
}

/**
 * How long interrupted Python has to end its run before its worker is terminated, ms. A run stopped while
 * Python loads gets LOAD_WATCH_MS instead: starting the interpreter holds the worker's thread, and the
 * worker ends the run as soon as it is free (the load itself goes on, for the next run).
 */
export const STOP_GRACE_MS = 1000;
/**
 * Silence allowed to a Python run while its worker is loading Python, ms: starting the interpreter holds
 * the worker's thread for a while (seconds on a busy machine). Loading belongs to the worker, not to a run:
 * it goes on after a run that was stopped, and starts by itself in a worker told to preload; it ends when
 * the worker says Python is ready. The worker gives up on a load after PYTHON_LOAD_TIMEOUT_MS
 * (lib/python/pyodide-loader.ts).
 */
export const LOAD_WATCH_MS = 30_000;

export const RELAY_SCRIPT = `(function () {
  'use strict';
  var STOP_GRACE_MS = ${STOP_GRACE_MS};
  var LOAD_WATCH_MS = ${LOAD_WATCH_MS};
  var port = null;
  var url = null;
  var worker = null;
  var gen = 0;
  var watchMs = 0;
  var watchTimer = null;
  var lastAt = 0;
  var buf = null;
  var busy = false;
  var python = false;
  var loading = false;
  var stopping = null;
  var pending = null;
  var pyUrl = null;
  function send(payload, g) {
    port.postMessage({ hotpath: 'relay', gen: g, payload: payload });
  }
  function disarm() {
    if (watchTimer !== null) clearTimeout(watchTimer);
    watchTimer = null;
  }
  function arm() {
    if (!watchMs || stopping) return;
    disarm();
    lastAt = performance.now();
    watchTimer = setTimeout(onStall, python && loading ? LOAD_WATCH_MS : watchMs);
  }
  function onStall() {
    watchTimer = null;
    var silentMs = performance.now() - lastAt;
    if (python && buf && !loading) return interrupt(silentMs);
    var g = gen;
    spawn();
    send({ type: 'stalled', silentMs: silentMs }, g);
    flush();
  }
  function interrupt(stall) {
    if (stopping) return;
    disarm();
    Atomics.store(buf, 0, 2);
    var g = gen;
    stopping = {
      stall: stall,
      timer: setTimeout(function () {
        stopping = null;
        spawn();
        if (stall !== null) send({ type: 'stalled', silentMs: stall }, g);
        flush();
      }, loading ? LOAD_WATCH_MS : STOP_GRACE_MS),
    };
  }
  function idle() {
    busy = false;
    python = false;
    watchMs = 0;
    disarm();
    if (stopping) {
      clearTimeout(stopping.timer);
      var stall = stopping.stall;
      stopping = null;
      if (stall !== null) send({ type: 'stalled', silentMs: stall, kept: true }, gen);
    }
    flush();
  }
  function flush() {
    var c = pending;
    pending = null;
    if (c) post(c);
  }
  function spawn() {
    disarm();
    if (stopping) clearTimeout(stopping.timer);
    stopping = null;
    busy = false;
    python = false;
    loading = !!pyUrl;
    watchMs = 0;
    if (worker) worker.terminate();
    worker = null;
    gen += 1;
    var g = gen;
    var w;
    try {
      w = new Worker(url);
    } catch (err) {
      send({ type: 'worker-crashed', message: 'The sandbox could not start the worker: ' + String(err) }, g);
      return;
    }
    buf = typeof SharedArrayBuffer === 'function' ? new Uint8Array(new SharedArrayBuffer(1)) : null;
    if (buf) w.postMessage({ type: 'init', interrupt: buf });
    if (pyUrl) w.postMessage({ type: 'preload-python', url: pyUrl });
    w.onmessage = function (e) {
      if (w !== worker) return;
      var d = e.data;
      var t = d && typeof d === 'object' ? d.type : '';
      if (t === 'python-load') loading = d.phase !== 'ready';
      if (stopping && t !== 'python-load') {
        if (t === 'done') idle();
        return;
      }
      send(d, g);
      if (t === 'done') idle();
      else arm();
    };
    w.onmessageerror = function () {
      if (w === worker) send({ type: 'worker-crashed', message: 'A message from the worker could not be read.' }, g);
    };
    w.onerror = function (e) {
      e.preventDefault();
      if (w === worker) send({ type: 'worker-crashed', message: String(e.message || 'The worker stopped with an error.') }, g);
    };
    worker = w;
  }
  function post(c) {
    if (!worker) return;
    if (stopping) {
      pending = c;
      return;
    }
    // A new run starts with no stop request (an earlier run's, if it ended first, is void).
    if (buf && c.msg && c.msg.type === 'run') Atomics.store(buf, 0, 0);
    try {
      worker.postMessage(c.msg, Array.isArray(c.transfer) ? c.transfer : []);
    } catch (err) {
      send({ type: 'worker-crashed', message: 'Could not pass the run to the worker: ' + String(err) }, gen);
      return;
    }
    if (c.msg && c.msg.type === 'run') {
      var series = c.msg.spec && c.msg.spec.series;
      busy = true;
      python = Array.isArray(series) && series.some(function (s) { return s && s.language === 'python'; });
      pyUrl = python && typeof c.msg.spec.pyodideUrl === 'string' ? c.msg.spec.pyodideUrl : null;
    }
    if (typeof c.watchdogMs === 'number' && c.watchdogMs > 0) {
      watchMs = c.watchdogMs;
      arm();
    }
  }
  function onCommand(e) {
    var c = e.data;
    if (!c || typeof c !== 'object') return;
    if (c.cmd === 'post') {
      post(c);
    } else if (c.cmd === 'kill') {
      pending = null;
      spawn();
    } else if (c.cmd === 'stop') {
      if (pending) pending = null;
      else if (stopping || !busy) return;
      else if (python && buf) interrupt(null);
      else spawn();
    }
  }
  function onInit(e) {
    if (port || e.source !== parent) return;
    var d = e.data;
    if (!d || d.hotpath !== 'init' || typeof d.runtime !== 'string' || !e.ports || !e.ports[0]) return;
    window.removeEventListener('message', onInit);
    port = e.ports[0];
    url = URL.createObjectURL(new Blob([d.runtime], { type: 'text/javascript' }));
    port.onmessage = onCommand;
    spawn();
  }
  window.addEventListener('message', onInit);
})();`;

/** base64 SHA-256 of RELAY_SCRIPT (checked by the unit test). */
export const RELAY_SCRIPT_SHA256 = 'vxMLaYDjKD0LPsjdbXJzkiReTmDfEVV0lnRlhNGe+ok=';

/** Where app/sandbox/route.ts serves this document; the iframe's `src`. */
export const SANDBOX_PATH = '/sandbox';

/**
 * The sandbox document: the same CSP as its response header (sandbox-policy.ts) repeated in a meta
 * element first, so the document stays locked down if a host drops the header; then the relay.
 */
export function buildSandboxHtml(csp: string): string {
  const attr = csp.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return (
    '<!doctype html><html><head>' +
    `<meta http-equiv="Content-Security-Policy" content="${attr}">` +
    `<script>${RELAY_SCRIPT}</script>` +
    '</head><body></body></html>'
  );
}

/** Attributes the iframe needs; `allow="cross-origin-isolated"` keeps 5 µs timers inside the sandbox. */
export const SANDBOX_IFRAME_ATTRIBUTES = {
  src: SANDBOX_PATH,
  sandbox: 'allow-scripts',
  allow: 'cross-origin-isolated',
  title: 'Code runner (hidden)',
} as const;
