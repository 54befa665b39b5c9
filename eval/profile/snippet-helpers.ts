/** Building blocks of the labelled profiling suite: one snippet, its known hot line found by its text. */

export interface ProfileSnippet {
  id: string;
  language: 'ts' | 'js';
  /** An ES module in the playground contract: makeInput(n), solve(input), optionally sizes. */
  source: string;
  /** 1-based line of the statement where the time goes (the one line a fix must change). */
  hotLine: number;
  /** Kept aside while the profiler was written and tuned; reported separately. */
  heldOut: boolean;
  /** What the snippet does and what its decoys are. */
  about: string;
  /**
   * A cheap stand-in for the hot line (results may differ), for checking the label against the plain
   * code: the bench times solve with and without it; the line is the hot one if that removes over half
   * the time (no other line can then take more).
   */
  fix?: string;
}

/**
 * A snippet whose hot line is the one line containing `hot` (it must occur exactly once, so the label
 * cannot drift when the source is edited). The source's first line is the line after the opening newline.
 */
export function snippet(
  id: string,
  language: 'ts' | 'js',
  hot: string,
  about: string,
  source: string,
  opts: { heldOut?: boolean; fix?: string } = {},
): ProfileSnippet {
  const text = source.replace(/^\n/, '');
  const lines = text.split('\n');
  const found = lines.flatMap((l, i) => (l.includes(hot) ? [i + 1] : []));
  if (found.length !== 1) {
    throw new Error(`snippet ${id}: "${hot}" is on ${found.length} lines; it must be on exactly one`);
  }
  const heldOut = opts.heldOut === true;
  return {
    id,
    language,
    source: text,
    hotLine: found[0] as number,
    heldOut,
    about,
    ...(opts.fix ? { fix: opts.fix } : {}),
  };
}
