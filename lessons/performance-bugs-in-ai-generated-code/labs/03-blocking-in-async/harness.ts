/**
 * Greeting-batch lab harness. The learner's `serveAll(requests, deps)` answers a batch of queued requests.
 * `deps` is a simulated server: the session store and the metrics are in memory (their calls return at
 * once), and each profile file takes LATENCY_MS to read. `files.readFileSync` spins the thread for that
 * long, as a blocking read holds it; `files.readFile` waits on a timer and leaves the thread free. Every
 * read is counted, and so is the largest number of async reads in flight at one moment.
 */
const LATENCY_MS = 1;

interface Request {
  id: number;
  token: string;
}

interface Learner {
  serveAll(requests: Request[], deps: unknown): unknown;
}

const counts = { blockingCalls: 0, asyncReads: 0, maxInFlight: 0 };
let inFlight = 0;

function profileFile(path: string): string {
  const m = /^profiles\/(\d+)\.json$/.exec(String(path));
  if (!m) throw new Error(`No such file: ${String(path)}`);
  const userId = Number(m[1]);
  return JSON.stringify({ name: `Member ${userId}`, plan: userId % 3 === 0 ? 'pro' : 'free' });
}

function busyWait(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // Holding the thread is the point: this is what a synchronous read does to every other request.
  }
}

const deps = Object.freeze({
  sessions: Object.freeze({
    get(token: string): Promise<{ userId: number } | null> {
      const m = /^t(\d+)$/.exec(String(token));
      return Promise.resolve(m ? { userId: Number(m[1]) } : null);
    },
  }),
  files: Object.freeze({
    readFileSync(path: string): string {
      counts.blockingCalls++;
      busyWait(LATENCY_MS);
      return profileFile(path);
    },
    readFile(path: string): Promise<string> {
      counts.asyncReads++;
      inFlight++;
      if (inFlight > counts.maxInFlight) counts.maxInFlight = inFlight;
      return new Promise((resolve, reject) => {
        setTimeout(() => {
          inFlight--;
          try {
            resolve(profileFile(path));
          } catch (e) {
            reject(e);
          }
        }, LATENCY_MS);
      });
    },
  }),
  metrics: Object.freeze({
    increment(name: string): void {
      void name;
    },
  }),
});

export const async = true;

export function makeInput(n: number): { requests: Request[] } {
  const requests = new Array<Request>(n);
  for (let i = 0; i < n; i++) requests[i] = { id: i + 1, token: `t${((i * 37) % 1000) + 1}` };
  return { requests };
}

export function run(learner: Learner, input: { requests: Request[] }): Promise<unknown> {
  return Promise.resolve(learner.serveAll(input.requests, deps));
}

export function counters(): Record<string, number> {
  return { ...counts };
}

export function resetCounters(): void {
  counts.blockingCalls = 0;
  counts.asyncReads = 0;
  counts.maxInFlight = 0;
  inFlight = 0;
}
