/**
 * The prompt that hands a profile to an assistant, filled in from a real profile: the function, the input size, the
 * plain time per call (measured without the profiler), and the hottest lines with their code, share and
 * hit counts; it asks for the smallest change per hot spot, each as before and after, with results kept
 * exactly as they are. Bounded: at most `top` lines, each cut to `maxLineChars`.
 */
import { formatCount, formatDuration, formatShare } from '@/lib/format/format';
import { hotSpots } from './hot-spots';
import type { ProfileReport } from './types';

export interface PromptInput {
  report: ProfileReport;
  /** The learner's own source text (the lines are quoted from it). */
  source: string;
  /** The profiled function's name ("solve", or a lab's entry function). */
  fnName: string;
  /** A word for what n counts ("users" gives "10,000 users"); otherwise "an input of size 10,000". */
  unit?: string;
  /** "TypeScript" or "JavaScript". */
  language?: string;
  /** How many hot lines to quote (default 3). */
  top?: number;
  maxLineChars?: number;
}

export const MAX_PROMPT_LINE_CHARS = 160;
const MAX_NAME_CHARS = 60;

function cut(text: string, max: number): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function sizeText(n: number, unit?: string): string {
  const count = n.toLocaleString('en-US');
  const word = unit ? cut(unit, 30) : '';
  return word ? `${count} ${word}` : `an input of size ${count}`;
}

export function profilePrompt(input: PromptInput): string {
  const { report } = input;
  const maxChars = input.maxLineChars ?? MAX_PROMPT_LINE_CHARS;
  const name = cut(input.fnName, MAX_NAME_CHARS);
  const lang = input.language ? ` (${input.language})` : '';
  const sourceLines = input.source.split('\n');
  const calls = Math.max(1, report.calls);
  const spots = hotSpots(report, input.top ?? 3);
  const out: string[] = [];
  out.push(
    `My function \`${name}\`${lang} takes ${formatDuration(report.plainNsPerCall)} per call on ` +
      `${sizeText(report.n, input.unit)}, timed without any profiler attached.`,
  );
  if (spots.length === 0) {
    out.push('', 'A line-by-line profile found no line that took measurable time.');
  } else {
    out.push(
      '',
      `A line-level profile of that call says most of the time goes to ${spots.length === 1 ? 'this line' : `these ${spots.length} lines`} ` +
        `(hit counts are exact; a share is the line's part of the time spent in the code's own lines):`,
      '',
    );
    spots.forEach((s, i) => {
      const code = cut(sourceLines[s.line - 1] ?? '', maxChars);
      const where = s.fnName ? ` in ${cut(s.fnName, MAX_NAME_CHARS)}` : '';
      out.push(
        `${i + 1}. Line ${s.line}${where}: ${formatShare(s.share)} of the time, ` +
          `run ${formatCount(s.hits / calls)} times per call`,
        `   ${code}`,
      );
    });
    out.push(
      '',
      `For each line above, what is the smallest edit that would make it cheaper? Give every edit separately, ` +
        `as the code before and after, and say how much of the time you expect it to remove. ` +
        `\`${name}\` must return exactly what it returns now, for every input; do not touch lines that are not listed.`,
    );
  }
  return out.join('\n');
}
