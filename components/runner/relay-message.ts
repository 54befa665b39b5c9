/**
 * Shape check for what arrives from the sandbox. Anything the learner's code posts travels inside the
 * envelope, so the page treats every payload as untrusted data: known `type`, fields of the right kinds.
 */
import type { WorkerToPage } from '@/lib/runner/protocol';
import type { RelayMessage } from '@/lib/runner/sandbox-html';

type Obj = Record<string, unknown>;

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNum = (x: unknown): x is number => typeof x === 'number' && !Number.isNaN(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isNumArray = (x: unknown): boolean => Array.isArray(x) && x.every(isNum);

function isSizeResult(r: unknown): boolean {
  return (
    isObj(r) &&
    isNum(r.n) &&
    isNumArray(r.samplesNs) &&
    isNum(r.medianNs) &&
    isNum(r.minNs) &&
    isNum(r.maxNs) &&
    typeof r.unstable === 'boolean' &&
    typeof r.nearBaseline === 'boolean'
  );
}

function isVerdict(v: unknown): boolean {
  return (
    isObj(v) &&
    (v.best === null || isStr(v.best)) &&
    isNum(v.confidence) &&
    typeof v.inconclusive === 'boolean' &&
    Array.isArray(v.predictions) &&
    v.predictions.every((p) => isObj(p) && isNum(p.n) && isNum(p.ns))
  );
}

function isProfileReport(r: unknown): boolean {
  return (
    isObj(r) &&
    isNum(r.n) &&
    isNum(r.calls) &&
    isNum(r.plainNsPerCall) &&
    isNum(r.overhead) &&
    isStr(r.method) &&
    Array.isArray(r.lines) &&
    r.lines.every((l) => isObj(l) && isNum(l.line) && isNum(l.hits) && isNum(l.share)) &&
    Array.isArray(r.functions) &&
    r.functions.every((f) => isObj(f) && isStr(f.name) && isNum(f.calls)) &&
    isObj(r.tree)
  );
}

const LOAD_PHASES: readonly unknown[] = ['download', 'compile', 'start', 'import', 'ready'];

function isMemoryVerdict(v: unknown): boolean {
  return (
    isObj(v) &&
    (v.cls === null || isStr(v.cls)) &&
    isStr(v.label) &&
    typeof v.inconclusive === 'boolean' &&
    isStr(v.evidence) &&
    isNum(v.growth) &&
    (v.slope === null || isNum(v.slope)) &&
    isNum(v.floorBytes)
  );
}

/**
 * One check per message type the worker can send: a type added to the protocol does not compile until it
 * has its check here (unknown types are dropped).
 */
const CHECKS: { [K in WorkerToPage['type']]: (p: Obj) => boolean } = {
  ready: () => true,
  started: (p) => isNumArray(p.sizes) && isNum(p.baselineNs) && isNum(p.timerResolutionNs),
  size: (p) => isStr(p.series) && isSizeResult(p.result),
  stopped: (p) => isStr(p.series) && isNum(p.atN) && isNum(p.elapsedMs),
  mismatch: (p) => isNum(p.n) && isStr(p.inputPreview) && isStr(p.expected) && isStr(p.actual),
  verdict: (p) => isStr(p.series) && isVerdict(p.verdict),
  'profile-phase': (p) => p.phase === 'plain' || p.phase === 'profile',
  profile: (p) => isStr(p.series) && isProfileReport(p.report),
  'python-load': (p) =>
    LOAD_PHASES.includes(p.phase) && isNum(p.loadedBytes) && isNum(p.totalBytes) && isNum(p.elapsedMs),
  memory: (p) =>
    isStr(p.series) &&
    isObj(p.result) &&
    isNum(p.result.n) &&
    isNum(p.result.peakBytes) &&
    isNum(p.result.retainedBytes),
  'memory-verdict': (p) =>
    isStr(p.series) && isMemoryVerdict(p.verdict) && (p.stoppedAt === undefined || isNum(p.stoppedAt)),
  log: (p) => isStr(p.series) && isStr(p.text),
  error: (p) => isStr(p.series) && isStr(p.name) && isStr(p.message),
  done: (p) => isNum(p.elapsedMs),
};

export function isPayload(p: unknown): boolean {
  if (!isObj(p) || !isStr(p.type)) return false;
  if (p.type === 'ready') return true;
  if (p.type === 'worker-crashed') return isStr(p.message);
  if (p.type === 'stalled') return isNum(p.silentMs) && (p.kept === undefined || typeof p.kept === 'boolean');
  if (!isNum(p.runId) || !Object.hasOwn(CHECKS, p.type)) return false;
  return CHECKS[p.type as WorkerToPage['type']](p);
}

export function isRelayMessage(d: unknown): d is RelayMessage {
  return isObj(d) && d.hotpath === 'relay' && isNum(d.gen) && isPayload(d.payload);
}
