/** Why the instrumenter refuses code, with the node to point at. */
import type { Node } from 'acorn';
import { MAX_FUNCTIONS } from './probe-layout';

export class ReservedName extends Error {
  constructor(readonly node: Node) {
    super(`Names starting with __hp are reserved for the profiler; rename it.`);
  }
}

export class TooMany extends Error {
  constructor(readonly node: Node) {
    super(`More than ${MAX_FUNCTIONS.toLocaleString('en-US')} functions: too many to profile.`);
  }
}
