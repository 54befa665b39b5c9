/**
 * A line prediction set beside a profile of the starter: the line the learner suspected and the profiler's
 * first hot spot, each with its share of the time. Pure: the lab page, progress and the tests read the
 * same figures.
 */
import { formatShare } from '@/lib/format/format';
import { rankLines } from '@/lib/profile/hot-spots';
import type { ProfileReport } from '@/lib/profile/types';
import type { ProfileFinding } from '@/lib/progress/schema';

/** The suspected line from a saved choice ("42"); null when skipped or not a line number. */
export function suspectedLine(choice: string | null | undefined): number | null {
  if (!choice || !/^[1-9]\d{0,6}$/.test(choice)) return null;
  return Number(choice);
}

/** What a profile found beside the suspected line; null when no line took any time. */
export function lineFinding(
  report: Pick<ProfileReport, 'lines'>,
  suspect: number | null,
): ProfileFinding | null {
  const top = rankLines(report)[0];
  if (!top || !(top.share > 0)) return null;
  const suspectShare = suspect === null ? null : (report.lines.find((l) => l.line === suspect)?.share ?? 0);
  return { line: top.line, share: top.share, suspectShare };
}

/** One sentence: the suspected line (and its share) beside the profile's first hot spot. */
export function lineComparison(suspect: number | null, found: ProfileFinding): string {
  const says = `line ${found.line}: ${formatShare(found.share)} of the time`;
  if (suspect === null) return `You skipped the prediction; the profile says ${says}.`;
  if (suspect === found.line) {
    return `You suspected line ${suspect}, and the profile agrees: ${formatShare(found.share)} of the time goes there.`;
  }
  const own = found.suspectShare === null ? '' : ` (${formatShare(found.suspectShare)} of the time)`;
  return `You suspected line ${suspect}${own}; the profile says ${says}.`;
}

/**
 * A line prediction for the progress page: the line suspected and what the first profile of the starter
 * found, with the code of each line when `codeOf` knows it.
 */
export function lineAnswerSummary(
  choice: string | null,
  found: ProfileFinding | undefined,
  codeOf: (line: number) => string | undefined = () => undefined,
): string {
  const named = (line: number, share?: number | null) => {
    const code = codeOf(line);
    const parts = [
      code ? `“${code}”` : '',
      share === null || share === undefined ? '' : `${formatShare(share)} of the time`,
    ];
    const inside = parts.filter(Boolean).join(', ');
    return `line ${line}${inside ? ` (${inside})` : ''}`;
  };
  const suspect = suspectedLine(choice);
  const said = suspect === null ? 'Prediction skipped' : `Suspected ${named(suspect, found?.suspectShare)}`;
  if (!found) return `${said}; not profiled yet.`;
  if (suspect === found.line) return `${said}: the profile found the same line.`;
  return `${said}; the profile found ${named(found.line, found.share)}.`;
}
