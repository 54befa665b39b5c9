/**
 * A profile in speedscope's file format (https://www.speedscope.app/file-format-schema.json), for the
 * "Download profile" button and the self-hosted flame graph: one `evented` profile drawn from the call
 * tree. Each node opens, its children follow one after another, then its own time; every width is the
 * node's total time in nanoseconds, so opens and closes nest exactly and `at` never decreases. Times are
 * the profile's totals over all its calls (the time axis is not a recording of one run).
 */
import type { CallTreeNode, ProfileReport } from './types';

export const SPEEDSCOPE_SCHEMA = 'https://www.speedscope.app/file-format-schema.json';

export interface SpeedscopeFrame {
  name: string;
  file?: string;
  line?: number;
}

export interface SpeedscopeEvent {
  type: 'O' | 'C';
  frame: number;
  at: number;
}

export interface SpeedscopeFile {
  $schema: typeof SPEEDSCOPE_SCHEMA;
  name: string;
  exporter: string;
  activeProfileIndex: number;
  shared: { frames: SpeedscopeFrame[] };
  profiles: {
    type: 'evented';
    name: string;
    unit: 'nanoseconds';
    startValue: number;
    endValue: number;
    events: SpeedscopeEvent[];
  }[];
}

export interface SpeedscopeOptions {
  /** The learner's file name as shown in speedscope ("solution.ts"). */
  file: string;
  /** What was profiled, for the root frame and the profile's name ("solve"). */
  entry?: string;
  exporter?: string;
}

/** Integer widths: a node's width is its own time plus its children's widths, so nesting is exact. */
function widths(node: CallTreeNode, out: Map<CallTreeNode, number>): number {
  let w = Math.max(0, Math.round(node.selfNs));
  for (const c of node.children) w += widths(c, out);
  out.set(node, w);
  return w;
}

export function toSpeedscope(report: ProfileReport, opts: SpeedscopeOptions): SpeedscopeFile {
  const entry = opts.entry ?? 'solve';
  const size = report.n.toLocaleString('en-US');
  const callsText = `${report.calls.toLocaleString('en-US')} call${report.calls === 1 ? '' : 's'}`;
  const frames: SpeedscopeFrame[] = report.functions.map((f) => ({
    name: f.name,
    file: opts.file,
    line: f.line,
  }));
  const rootFrame = frames.length;
  frames.push({ name: `${entry}, n = ${size} (${callsText})`, file: opts.file });
  const width = new Map<CallTreeNode, number>();
  const total = widths(report.tree, width);
  const events: SpeedscopeEvent[] = [];
  // Depth-first with an explicit stack (the tree is bounded, but recursion folds only past its cap).
  const stack: { node: CallTreeNode; at: number; next: number }[] = [{ node: report.tree, at: 0, next: 0 }];
  events.push({ type: 'O', frame: rootFrame, at: 0 });
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as (typeof stack)[number];
    const child = top.node.children[top.next];
    if (child) {
      top.next++;
      const frame = child.fn >= 0 && child.fn < rootFrame ? child.fn : rootFrame;
      events.push({ type: 'O', frame, at: top.at });
      stack.push({ node: child, at: top.at, next: 0 });
      top.at += width.get(child) ?? 0;
      continue;
    }
    stack.pop();
    const parent = stack[stack.length - 1];
    const frame = top.node === report.tree ? rootFrame : top.node.fn >= 0 ? top.node.fn : rootFrame;
    const end = parent ? parent.at : total;
    events.push({ type: 'C', frame, at: end });
  }
  const name = `${entry} at n = ${size}, ${callsText} under the profiler`;
  return {
    $schema: SPEEDSCOPE_SCHEMA,
    name,
    exporter: opts.exporter ?? 'Hotpath profiler',
    activeProfileIndex: 0,
    shared: { frames },
    profiles: [{ type: 'evented', name, unit: 'nanoseconds', startValue: 0, endValue: total, events }],
  };
}
