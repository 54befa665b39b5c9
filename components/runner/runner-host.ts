/**
 * Page side of the runner (browser only; loaded with `import()` when a run is near, never on first paint).
 *
 * Owns one hidden sandboxed iframe for the life of the page and talks to its relay over a private
 * MessagePort handed over before any learner code runs. Messages are accepted only from that port, only
 * from a live worker generation, and only for the current runId; the rest are dropped. Watchdog: when the
 * worker posts nothing for `perSizeBudgetMs + WATCHDOG_SLACK_MS`, the relay (whose clock a busy page cannot
 * hold up) kills it and starts a fresh one in the same iframe; a page-side timer a little later is the
 * backup (run-watch.ts). When the relay itself stops answering (its process died, e.g. out of memory), the
 * iframe is replaced — there is never more than one.
 *
 * Python runs keep their worker when they can (loading Pyodide again costs seconds): Cancel asks the relay
 * to interrupt the run ('stop'); an error in the learner's code leaves the interpreter in place; only an
 * error marked `fatal` (Python itself failed, or memory ran out) or a run that would not stop replaces it.
 */
import { PYODIDE_PATH } from '@/lib/runner/sandbox-policy';
import type { RelayCommand, RelayInit, RelayMessage } from '@/lib/runner/sandbox-html';
import type { RunSpec, WorkerToPage } from '@/lib/runner/protocol';
import type { RunEnd } from '@/lib/runner/run-state';
import { isRelayMessage } from './relay-message';
import { backupWatchdogMs, relayWatchdogMs, type WatchedRun } from './run-watch';
import { appendSandboxFrame, freshRunId, loadRuntimeText } from './sandbox-frame';

/** A fresh worker that has not said 'ready' by then means the sandbox itself is gone. */
const READY_TIMEOUT_MS = 4000;

export interface RunnerStats {
  /** Workers started since the page loaded (1 + respawns). */
  generation: number;
  iframes: number;
  lastRespawnMs: number | null;
  /** Python loads seen (one per worker that ran Python) and how long the last one took, ms. */
  pythonLoads: number;
  lastPythonLoadMs: number | null;
}

interface ActiveRun extends WatchedRun {
  runId: number;
  onEvent: (msg: WorkerToPage) => void;
  finish: (end: RunEnd) => void;
  timer: ReturnType<typeof setTimeout> | null;
  lastMessageAt: number;
}

export class RunnerHost {
  private iframe: HTMLIFrameElement | null = null;
  private port: MessagePort | null = null;
  /** Newest worker generation heard from; older ones are ignored from `minGen` on. */
  private gen = 0;
  private minGen = 1;
  private readyGen = 0;
  private readyWaiters: { resolve: () => void; reject: (e: Error) => void }[] = [];
  private killedAt = 0;
  /** Counts iframes built, so a timer set for an old iframe never acts on a new one. */
  private epoch = 0;
  private active: ActiveRun | null = null;
  private spawned = 0;
  private lastRespawnMs: number | null = null;
  private pythonLoads = 0;
  private lastPythonLoadMs: number | null = null;

  constructor(private readonly doc: Document = document) {}

  stats(): RunnerStats {
    return {
      generation: this.spawned,
      iframes: this.doc.querySelectorAll('iframe[data-hotpath-runner]').length,
      lastRespawnMs: this.lastRespawnMs,
      pythonLoads: this.pythonLoads,
      lastPythonLoadMs: this.lastPythonLoadMs,
    };
  }

  /** Starts the sandbox early (e.g. when the page is idle) so the first Run does not wait for it. */
  warmUp(): void {
    void this.ensureReady().catch(() => undefined);
  }

  get running(): boolean {
    return this.active !== null;
  }

  async run(spec: Omit<RunSpec, 'runId'>, onEvent: (msg: WorkerToPage) => void): Promise<RunEnd> {
    if (this.active) this.cancel();
    const runId = freshRunId();
    let finish: (end: RunEnd) => void = () => undefined;
    const ended = new Promise<RunEnd>((resolve) => (finish = resolve));
    const python = spec.series.some((s) => s.language === 'python');
    const run: ActiveRun = {
      runId,
      budgetMs: spec.perSizeBudgetMs,
      python,
      // Until the worker says Python is ready, assume it may be loading (a preload, or the load of a
      // stopped run, goes on without this run's messages): the backup watchdog allows for it.
      loading: python,
      onEvent,
      timer: null,
      lastMessageAt: performance.now(),
      finish: (end) => {
        if (run.timer) clearTimeout(run.timer);
        if (this.active === run) this.active = null;
        finish(end);
      },
    };
    this.active = run;
    try {
      await this.ensureReady();
    } catch (e) {
      run.finish({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
      return ended;
    }
    if (this.active !== run) return ended; // cancelled while the sandbox was starting
    const transfer: Transferable[] = [];
    const fullSpec: RunSpec = { ...spec, runId };
    // The sandbox's origin is opaque: the worker learns where Python is from the run.
    if (python) fullSpec.pyodideUrl = new URL(PYODIDE_PATH, this.doc.location.href).href;
    if (spec.sqliteWasm) {
      fullSpec.sqliteWasm = spec.sqliteWasm.slice(0); // the caller keeps its own copy for the next run
      transfer.push(fullSpec.sqliteWasm);
    }
    this.arm(run);
    this.send({
      cmd: 'post',
      msg: { type: 'run', spec: fullSpec },
      transfer,
      watchdogMs: relayWatchdogMs(run),
    });
    return ended;
  }

  /**
   * Stops the current run now. JavaScript: the worker is terminated and a fresh one started. Python: the
   * relay interrupts it, keeping the interpreter unless the run does not end within its grace.
   */
  cancel(): void {
    const run = this.active;
    if (!run) return;
    run.finish({ status: 'cancelled' });
    if (run.python) this.send({ cmd: 'stop' });
    else this.kill();
  }

  /** Removes the iframe; the host can start again later. */
  dispose(): void {
    this.cancel();
    this.port?.close();
    this.port = null;
    this.iframe?.remove();
    this.iframe = null;
  }

  private arm(run: ActiveRun): void {
    if (run.timer) clearTimeout(run.timer);
    run.lastMessageAt = performance.now();
    run.timer = setTimeout(() => {
      if (this.active !== run) return;
      const silentMs = Math.round(performance.now() - run.lastMessageAt);
      run.finish({ status: 'stalled', silentMs });
      this.kill();
    }, backupWatchdogMs(run));
  }

  private send(cmd: RelayCommand): void {
    if (!this.port) return;
    this.port.postMessage(cmd, cmd.cmd === 'post' ? (cmd.transfer ?? []) : []);
  }

  private kill(): void {
    if (!this.port) return;
    this.send({ cmd: 'kill' });
    this.expectFreshWorker();
  }

  /** The current worker is gone (killed here or by the relay's watchdog): wait for its successor. */
  private expectFreshWorker(): void {
    this.killedAt = performance.now();
    this.minGen = Math.max(this.minGen, this.gen + 1);
    const minGen = this.minGen;
    const epoch = this.epoch;
    setTimeout(() => {
      // No fresh worker in time: the relay's process is gone (e.g. out of memory). Replace the iframe.
      if (this.epoch === epoch && this.minGen === minGen && this.readyGen < minGen) this.rebuild();
    }, READY_TIMEOUT_MS);
  }

  private rebuild(): void {
    this.port?.close();
    this.port = null;
    this.iframe?.remove();
    this.iframe = null;
    void this.ensureReady().catch(() => undefined);
  }

  private ensureReady(): Promise<void> {
    if (this.port && this.readyGen >= this.minGen) return Promise.resolve();
    const waitReady = new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('The sandboxed runner did not start in time.')), 10_000);
      this.readyWaiters.push({
        resolve: () => {
          clearTimeout(t);
          resolve();
        },
        reject: (e) => {
          clearTimeout(t);
          reject(e);
        },
      });
    });
    if (!this.iframe) {
      const frame = this.createIframe();
      frame.catch((e: unknown) => {
        // e.g. the runtime could not be fetched: remove the half-built sandbox and tell every waiter now.
        this.iframe?.remove();
        this.iframe = null;
        const waiters = this.readyWaiters;
        this.readyWaiters = [];
        const err = e instanceof Error ? e : new Error(String(e));
        waiters.forEach((w) => w.reject(err));
      });
    }
    return waitReady;
  }

  private async createIframe(): Promise<void> {
    const { frame, loaded } = appendSandboxFrame(this.doc);
    this.iframe = frame;
    this.epoch += 1;
    const [runtime] = await Promise.all([loadRuntimeText(), loaded]);
    if (this.iframe !== frame || !frame.contentWindow) return;
    const channel = new MessageChannel();
    channel.port1.onmessage = (e: MessageEvent) => this.onRelay(e.data);
    this.port = channel.port1;
    // A new relay counts its workers from 1.
    this.gen = 0;
    this.minGen = 1;
    this.readyGen = 0;
    this.killedAt = performance.now();
    const init: RelayInit = { hotpath: 'init', runtime };
    // An opaque-origin frame can only be addressed with '*'; the port makes the channel private.
    frame.contentWindow.postMessage(init, '*', [channel.port2]);
  }

  private onRelay(data: unknown): void {
    if (!isRelayMessage(data)) return;
    const { gen, payload } = data as RelayMessage;
    if (gen < this.minGen) return; // from a worker that has since been killed
    this.gen = Math.max(this.gen, gen);
    if (payload.type === 'stalled') {
      // The relay's watchdog stopped a silent run: interrupted Python kept its worker, else it was replaced.
      if (!payload.kept) this.expectFreshWorker();
      this.active?.finish({ status: 'stalled', silentMs: Math.round(payload.silentMs) });
      return;
    }
    if (payload.type === 'ready') {
      if (this.readyGen >= gen) return;
      this.readyGen = gen;
      this.spawned += 1;
      this.lastRespawnMs = Math.round((performance.now() - this.killedAt) * 10) / 10;
      this.iframe?.setAttribute('data-worker-generation', String(this.spawned));
      const waiters = this.readyWaiters;
      this.readyWaiters = [];
      waiters.forEach((w) => w.resolve());
      return;
    }
    // A finished load counts whichever run it reported to (it may outlive a stopped run).
    if (payload.type === 'python-load' && payload.phase === 'ready' && payload.elapsedMs > 0) {
      this.pythonLoads += 1;
      this.lastPythonLoadMs = Math.round(payload.elapsedMs);
    }
    const run = this.active;
    if (!run) return;
    if (payload.type === 'worker-crashed') {
      run.finish({ status: 'crashed', message: payload.message });
      this.kill();
      return;
    }
    if (!('runId' in payload) || payload.runId !== run.runId) return; // stale or forged
    if (payload.type === 'python-load') run.loading = payload.phase !== 'ready';
    this.arm(run);
    run.onEvent(payload);
    if (payload.type === 'done') run.finish({ status: 'done', elapsedMs: payload.elapsedMs });
    else if (payload.type === 'error') {
      run.finish({ status: 'error' });
      // Whatever learner JavaScript left behind, the next run starts clean. A Python error leaves the
      // interpreter usable (the runner drops the learner's module), unless it says otherwise.
      if (!run.python || payload.fatal) this.kill();
    }
  }
}
