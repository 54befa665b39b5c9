/**
 * The probe's call tree as flat typed arrays: node 0 is the root (fn -1); a node's parent always has a
 * lower index. Bounded: past `maxNodes` nodes or `maxDepth` levels, a call folds into the node above it.
 */
export class TreeStore {
  readonly fn: Int32Array;
  readonly parent: Int32Array;
  readonly calls: Float64Array;
  /** Time charged while a frame of this node was on top, ms, and how many intervals of each kind. */
  readonly ms: Float64Array;
  readonly evLine: Float64Array;
  readonly evCall: Float64Array;
  private readonly first: Int32Array;
  private readonly next: Int32Array;
  private readonly depth: Int32Array;
  size = 1;
  folded = 0;

  constructor(
    private readonly maxNodes: number,
    private readonly maxDepth: number,
  ) {
    this.fn = new Int32Array(maxNodes);
    this.parent = new Int32Array(maxNodes);
    this.calls = new Float64Array(maxNodes);
    this.ms = new Float64Array(maxNodes);
    this.evLine = new Float64Array(maxNodes);
    this.evCall = new Float64Array(maxNodes);
    this.first = new Int32Array(maxNodes);
    this.next = new Int32Array(maxNodes);
    this.depth = new Int32Array(maxNodes);
    this.clear();
  }

  clear(): void {
    for (const a of [this.calls, this.ms, this.evLine, this.evCall]) a.fill(0);
    this.first.fill(-1);
    this.size = 1;
    this.folded = 0;
    this.fn[0] = -1;
    this.parent[0] = -1;
    this.depth[0] = 0;
  }

  /** The node for `fn` called from node `parent` (made on first use). */
  child(parent: number, fn: number): number {
    for (let c = this.first[parent] as number; c >= 0; c = this.next[c] as number) {
      if (this.fn[c] === fn) return c;
    }
    const d = (this.depth[parent] as number) + 1;
    if (this.size >= this.maxNodes || d >= this.maxDepth) {
      this.folded++;
      return parent;
    }
    const c = this.size++;
    this.fn[c] = fn;
    this.parent[c] = parent;
    this.depth[c] = d;
    this.next[c] = this.first[parent] as number;
    this.first[parent] = c;
    return c;
  }
}
