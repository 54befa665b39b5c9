/**
 * Page side of the runner (browser only; loaded with `import()` when a run is near, never on first paint).
 *
 * Owns one hidden sandboxed iframe for the life of the page and talks to its relay over a private
 * MessagePort handed over before any learner code runs. Messages are accepted only from that port, only
 * from a live worker generation, and only for the current runId; the rest are dropped. Watchdog: when the
 * worker posts nothing for `perSizeBudgetMs + WATCHDOG_SLACK_MS`, the relay (whose clock a busy page cannot
 * hold up) kills it and starts a fresh one in the same iframe; a page-side timer a little later is the
 * backup. When the relay itself stops answering (its process died, e.g. out of memory), the iframe is
 * replaced — there is never more than one.
 */
import type { RelayCommand, RelayInit, RelayMessage } from '@/lib/runner/sandbox-html';
import type { RunSpec, WorkerToPage } from '@/lib/runner/protocol';
import type { RunEnd } from '@/lib/runner/run-state';
import { isRelayMessage } from './relay-message';
import { appendSandboxFrame, freshRunId, loadRuntimeText } from './sandbox-frame';

/** Extra silence allowed beyond the per-size budget before the watchdog kills the worker. */
export const WATCHDOG_SLACK_MS = 350;
/**
 * The relay in the sandbox runs the watchdog (its clock is not held up by a busy page); this page-side
 * timer, later by this much, is the backup for a relay that no longer answers.
 */
const BACKUP_WATCHDOG_EXTRA_MS = 1500;
/** A fresh worker that has not said 'ready' by then means the sandbox itself is gone. */
const READY_TIMEOUT_MS = 4000;

export interface RunnerStats {
  /** Workers started since the page loaded (1 + respawns). */
  generation: number;
  iframes: number;
  lastRespawnMs: number | null;
}

interface ActiveRun {
  runId: number;
  budgetMs: number;
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

  constructor(private readonly doc: Document = document) {}

  stats(): RunnerStats {
    return {
      generation: this.spawned,
      iframes: this.doc.querySelectorAll('iframe[data-hotpath-runner]').length,
      lastRespawnMs: this.lastRespawnMs,
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
    const run: ActiveRun = {
      runId,
      budgetMs: spec.perSizeBudgetMs,
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
    if (spec.sqliteWasm) {
      fullSpec.sqliteWasm = spec.sqliteWasm.slice(0); // the caller keeps its own copy for the next run
      transfer.push(fullSpec.sqliteWasm);
    }
    this.arm(run);
    this.send({
      cmd: 'post',
      msg: { type: 'run', spec: fullSpec },
      transfer,
      watchdogMs: run.budgetMs + WATCHDOG_SLACK_MS,
    });
    return ended;
  }

  /** Stops the current run now: the worker is terminated and a fresh one started. */
  cancel(): void {
    const run = this.active;
    if (!run) return;
    run.finish({ status: 'cancelled' });
    this.kill();
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
    run.timer = setTimeout(
      () => {
        if (this.active !== run) return;
        const silentMs = Math.round(performance.now() - run.lastMessageAt);
        run.finish({ status: 'stalled', silentMs });
        this.kill();
      },
      run.budgetMs + WATCHDOG_SLACK_MS + BACKUP_WATCHDOG_EXTRA_MS,
    );
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
      // The relay's watchdog replaced a silent worker.
      this.expectFreshWorker();
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
    const run = this.active;
    if (!run) return;
    if (payload.type === 'worker-crashed') {
      run.finish({ status: 'crashed', message: payload.message });
      this.kill();
      return;
    }
    if (!('runId' in payload) || payload.runId !== run.runId) return; // stale or forged
    this.arm(run);
    run.onEvent(payload);
    if (payload.type === 'done') run.finish({ status: 'done', elapsedMs: payload.elapsedMs });
    else if (payload.type === 'error') {
      run.finish({ status: 'error' });
      this.kill(); // whatever the learner's code left behind, the next run starts clean
    }
  }
}

let shared: RunnerHost | null = null;

/** One host per page. */
export function getRunnerHost(): RunnerHost {
  if (!shared) {
    shared = new RunnerHost();
    const w = window as unknown as { __hotpathRunner?: () => RunnerStats };
    const host = shared;
    w.__hotpathRunner = () => host.stats();
  }
  return shared;
}
