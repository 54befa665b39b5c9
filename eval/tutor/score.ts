/** Score the tutor on the quality set: top-1 / top-3 section accuracy and the refusal rate. */
import { ask } from '@/lib/tutor/ask';
import type { TutorIndex } from '@/lib/tutor/search-index';
import {
  IN_SCOPE,
  IN_SCOPE_EXTRA,
  isHeldOut,
  OUT_OF_SCOPE,
  OUT_OF_SCOPE_EXTRA,
  type InScopeQuestion,
} from './questions';
import * as F1 from './questions-fresh';
import * as F2 from './questions-fresh-b';
import * as BC from './questions-blind-c';
import * as BD from './questions-blind-d';
import * as BE from './questions-blind-e';
import * as BF from './questions-blind-f';
import * as BG from './questions-blind-g';
import * as BH from './questions-blind-h';
import * as BI from './questions-blind-i';
import * as BJ from './questions-blind-j';
import * as BK from './questions-blind-k';
import * as BL from './questions-blind-l';
import * as BM from './questions-blind-m';
import * as BN from './questions-blind-n';
import * as BO from './questions-blind-o';
import * as BP from './questions-blind-p';

/** The modules holding the later question sets, in the order they were written. */
const SET_MODULES: ReadonlyArray<Record<string, unknown>> = [
  F1,
  F2,
  BC,
  BD,
  BE,
  BF,
  BG,
  BH,
  BI,
  BJ,
  BK,
  BL,
  BM,
  BN,
  BO,
  BP,
];

/**
 * Every later question set, as [label, in-scope, out-of-scope], found by export name: FRESH, FRESH2 …
 * (written by the tutor's authors) and BLIND_A, BLIND_B … (written by helpers who never saw the tutor).
 */
export const QUESTION_SETS: ReadonlyArray<readonly [string, InScopeQuestion[], string[]]> =
  SET_MODULES.flatMap((mod) =>
    Object.keys(mod).flatMap((key) => {
      const m = /^((?:FRESH|BLIND_)\w*?)_IN_SCOPE$/.exec(key);
      const out = m ? mod[`${m[1]}_OUT_OF_SCOPE`] : undefined;
      if (!m?.[1] || !Array.isArray(out)) return [];
      const label = m[1]
        .toLowerCase()
        .replace('blind_', 'blind-')
        .replace(/^fresh(\d)/, 'fresh-$1');
      return [[label, mod[key] as InScopeQuestion[], out as string[]] as const];
    }),
  );

export interface SplitScore {
  inScope: number;
  /** Answered (not refused) and the best section is the expected one. */
  top1: number;
  /** Answered and the expected section is among the three best. */
  top3: number;
  /** Answered and one of the answer's citations points into the expected section. */
  cited: number;
  /** In-scope questions wrongly refused. */
  falseRefusals: number;
  outOfScope: number;
  refused: number;
  misses: string[];
  wronglyAnswered: string[];
}

function scoreSplit(index: TutorIndex, inScope: InScopeQuestion[], outOfScope: string[]): SplitScore {
  const s: SplitScore = {
    inScope: inScope.length,
    top1: 0,
    top3: 0,
    cited: 0,
    falseRefusals: 0,
    outOfScope: outOfScope.length,
    refused: 0,
    misses: [],
    wronglyAnswered: [],
  };
  for (const { q, sectionId } of inScope) {
    const { answer, retrieval } = ask(index, q);
    const ranked = (retrieval?.sections ?? []).map((x) => x.sectionId);
    if (answer.kind === 'refusal') {
      s.falseRefusals++;
      s.misses.push(`[refused] ${q} (want ${sectionId}; best ${ranked[0] ?? '-'})`);
      continue;
    }
    if (ranked[0] === sectionId) s.top1++;
    else s.misses.push(`${q} (want ${sectionId}; got ${ranked.slice(0, 3).join(', ')})`);
    if (ranked.slice(0, 3).includes(sectionId)) s.top3++;
    if (answer.citations.some((c) => c.sectionId === sectionId)) s.cited++;
  }
  for (const q of outOfScope) {
    const { answer, retrieval } = ask(index, q);
    if (answer.kind === 'refusal') s.refused++;
    else
      s.wronglyAnswered.push(`${q} -> ${retrieval?.sections[0]?.sectionId} (${answer.text.slice(0, 60)}…)`);
  }
  return s;
}

export interface EvalReport {
  tuning: SplitScore;
  heldOut: SplitScore;
  /** Every later set (QUESTION_SETS), each scored on its own; none of them is part of `all`. */
  sets: [string, SplitScore][];
  all: SplitScore;
}

export function evaluate(index: TutorIndex): EvalReport {
  const tuneIn = [...IN_SCOPE.filter((_, i) => !isHeldOut(i)), ...IN_SCOPE_EXTRA];
  const holdIn = IN_SCOPE.filter((_, i) => isHeldOut(i));
  const tuneOut = [...OUT_OF_SCOPE.filter((_, i) => !isHeldOut(i)), ...OUT_OF_SCOPE_EXTRA];
  const holdOut = OUT_OF_SCOPE.filter((_, i) => isHeldOut(i));
  return {
    tuning: scoreSplit(index, tuneIn, tuneOut),
    heldOut: scoreSplit(index, holdIn, holdOut),
    sets: QUESTION_SETS.map(([label, ins, outs]) => [label, scoreSplit(index, ins, outs)]),
    all: scoreSplit(index, [...IN_SCOPE, ...IN_SCOPE_EXTRA], [...OUT_OF_SCOPE, ...OUT_OF_SCOPE_EXTRA]),
  };
}

export const pct = (num: number, den: number): string =>
  den === 0 ? 'n/a' : `${((100 * num) / den).toFixed(0)}%`;
