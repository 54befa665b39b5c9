/**
 * Shape check for what arrives from the sandbox. Anything the learner's code posts travels inside the
 * envelope, so the page treats every payload as untrusted data: known `type`, fields of the right kinds.
 */
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

export function isPayload(p: unknown): boolean {
  if (!isObj(p) || !isStr(p.type)) return false;
  if (p.type === 'ready') return true;
  if (p.type === 'worker-crashed') return isStr(p.message);
  if (p.type === 'stalled') return isNum(p.silentMs);
  if (!isNum(p.runId)) return false;
  switch (p.type) {
    case 'started':
      return isNumArray(p.sizes) && isNum(p.baselineNs) && isNum(p.timerResolutionNs);
    case 'size':
      return isStr(p.series) && isSizeResult(p.result);
    case 'stopped':
      return isStr(p.series) && isNum(p.atN) && isNum(p.elapsedMs);
    case 'mismatch':
      return isNum(p.n) && isStr(p.inputPreview) && isStr(p.expected) && isStr(p.actual);
    case 'verdict':
      return isStr(p.series) && isVerdict(p.verdict);
    case 'log':
      return isStr(p.series) && isStr(p.text);
    case 'error':
      return isStr(p.series) && isStr(p.name) && isStr(p.message);
    case 'done':
      return isNum(p.elapsedMs);
    default:
      return false;
  }
}

export function isRelayMessage(d: unknown): d is RelayMessage {
  return isObj(d) && d.hotpath === 'relay' && isNum(d.gen) && isPayload(d.payload);
}
