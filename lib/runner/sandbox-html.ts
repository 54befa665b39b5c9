/**
 * The document loaded into the runner's sandboxed iframe (`sandbox="allow-scripts"`, opaque origin), served
 * at SANDBOX_PATH with its own headers (sandbox-policy.ts).
 *
 * Its CSP allows exactly one inline script (by hash), eval and wasm for the worker, workers from blob URLs
 * and, beyond that, only the app's Pyodide folder — no 'self', no other network. The inline script is a relay: it takes a private
 * MessagePort and the worker runtime's text from the parent (and from nobody else), starts the worker from a
 * blob URL, passes commands to it, and wraps everything the worker posts in a RelayEnvelope tagged with the
 * worker's generation. On 'kill' it terminates the worker and starts a fresh one, keeping the iframe; its
 * own watchdog does the same when a run goes silent.
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
 * `watchdogMs`, the relay itself watches the run: when the worker posts nothing for that long it kills
 * the worker, starts a fresh one and reports 'stalled' (the relay's clock does not wait for a busy page).
 */
export type RelayCommand =
  { cmd: 'post'; msg: PageToWorker; transfer?: Transferable[]; watchdogMs?: number } | { cmd: 'kill' };

/** Sent by the relay itself: the worker of generation `gen` was silent for `silentMs` and was replaced. */
export interface RelayStalled {
  type: 'stalled';
  silentMs: number;
}

/** What arrives on the page's end of the port: the envelope plus the worker generation it concerns. */
export interface RelayMessage {
  hotpath: 'relay';
  gen: number;
  payload: RelayEnvelope['payload'] | RelayStalled;
}

export const RELAY_SCRIPT = `(function () {
  'use strict';
  var port = null;
  var url = null;
  var worker = null;
  var gen = 0;
  var watchMs = 0;
  var watchTimer = null;
  var lastAt = 0;
  function send(payload, g) {
    port.postMessage({ hotpath: 'relay', gen: g, payload: payload });
  }
  function disarm() {
    if (watchTimer !== null) clearTimeout(watchTimer);
    watchTimer = null;
    watchMs = 0;
  }
  function arm() {
    if (!watchMs) return;
    if (watchTimer !== null) clearTimeout(watchTimer);
    lastAt = performance.now();
    watchTimer = setTimeout(onStall, watchMs);
  }
  function onStall() {
    var silentMs = performance.now() - lastAt;
    var g = gen;
    spawn();
    send({ type: 'stalled', silentMs: silentMs }, g);
  }
  function spawn() {
    disarm();
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
    w.onmessage = function (e) {
      if (w !== worker) return;
      send(e.data, g);
      var t = e.data && typeof e.data === 'object' ? e.data.type : '';
      if (t === 'done') disarm();
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
  function onCommand(e) {
    var c = e.data;
    if (!c || typeof c !== 'object') return;
    if (c.cmd === 'post' && worker) {
      try {
        worker.postMessage(c.msg, Array.isArray(c.transfer) ? c.transfer : []);
      } catch (err) {
        send({ type: 'worker-crashed', message: 'Could not pass the run to the worker: ' + String(err) }, gen);
        return;
      }
      if (typeof c.watchdogMs === 'number' && c.watchdogMs > 0) {
        watchMs = c.watchdogMs;
        arm();
      }
    } else if (c.cmd === 'kill') {
      spawn();
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
export const RELAY_SCRIPT_SHA256 = 'VjB3NlwUHsCYXZKlwq18U3+OlYlba3kRoteQfKpocLY=';

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
