/** Score the tutor on the quality set: top-1 / top-3 section accuracy and the refusal rate. */
import { ask } from '../ask';
import type { TutorIndex } from '../search-index';
import {
  IN_SCOPE,
  IN_SCOPE_EXTRA,
  isHeldOut,
  OUT_OF_SCOPE,
  OUT_OF_SCOPE_EXTRA,
  type InScopeQuestion,
} from './questions';
import {
  FRESH_IN_SCOPE,
  FRESH_OUT_OF_SCOPE,
  FRESH2_IN_SCOPE,
  FRESH2_OUT_OF_SCOPE,
  FRESH3_IN_SCOPE,
  FRESH3_OUT_OF_SCOPE,
} from './questions-fresh';
import {
  FRESH4_IN_SCOPE,
  FRESH4_OUT_OF_SCOPE,
  FRESH5_IN_SCOPE,
  FRESH5_OUT_OF_SCOPE,
  FRESH6_IN_SCOPE,
  FRESH6_OUT_OF_SCOPE,
} from './questions-fresh-b';
import {
  BLIND_A_IN_SCOPE,
  BLIND_A_OUT_OF_SCOPE,
  BLIND_B_IN_SCOPE,
  BLIND_B_OUT_OF_SCOPE,
} from './questions-blind-c';
import { BLIND_C_IN_SCOPE, BLIND_C_OUT_OF_SCOPE } from './questions-blind-d';
import {
  BLIND_D_IN_SCOPE,
  BLIND_D_OUT_OF_SCOPE,
  BLIND_E_IN_SCOPE,
  BLIND_E_OUT_OF_SCOPE,
} from './questions-blind-e';
import {
  BLIND_F_IN_SCOPE,
  BLIND_F_OUT_OF_SCOPE,
  BLIND_G_IN_SCOPE,
  BLIND_G_OUT_OF_SCOPE,
} from './questions-blind-f';
import {
  BLIND_H_IN_SCOPE,
  BLIND_H_OUT_OF_SCOPE,
  BLIND_I_IN_SCOPE,
  BLIND_I_OUT_OF_SCOPE,
} from './questions-blind-g';
import {
  BLIND_J_IN_SCOPE,
  BLIND_J_OUT_OF_SCOPE,
  BLIND_K_IN_SCOPE,
  BLIND_K_OUT_OF_SCOPE,
} from './questions-blind-h';
import {
  BLIND_L_IN_SCOPE,
  BLIND_L_OUT_OF_SCOPE,
  BLIND_M_IN_SCOPE,
  BLIND_M_OUT_OF_SCOPE,
} from './questions-blind-i';
import {
  BLIND_N_IN_SCOPE,
  BLIND_N_OUT_OF_SCOPE,
  BLIND_O_IN_SCOPE,
  BLIND_O_OUT_OF_SCOPE,
  BLIND_P_IN_SCOPE,
  BLIND_P_OUT_OF_SCOPE,
  BLIND_Q_IN_SCOPE,
  BLIND_Q_OUT_OF_SCOPE,
} from './questions-blind-j';
import {
  BLIND_R_IN_SCOPE,
  BLIND_R_OUT_OF_SCOPE,
  BLIND_S_IN_SCOPE,
  BLIND_S_OUT_OF_SCOPE,
  BLIND_T_IN_SCOPE,
  BLIND_T_OUT_OF_SCOPE,
  BLIND_U_IN_SCOPE,
  BLIND_U_OUT_OF_SCOPE,
} from './questions-blind-k';
import {
  BLIND_V_IN_SCOPE,
  BLIND_V_OUT_OF_SCOPE,
  BLIND_W_IN_SCOPE,
  BLIND_W_OUT_OF_SCOPE,
  BLIND_X_IN_SCOPE,
  BLIND_X_OUT_OF_SCOPE,
  BLIND_Y_IN_SCOPE,
  BLIND_Y_OUT_OF_SCOPE,
} from './questions-blind-l';
import {
  BLIND_Z_IN_SCOPE,
  BLIND_Z_OUT_OF_SCOPE,
  BLIND_ZA_IN_SCOPE,
  BLIND_ZA_OUT_OF_SCOPE,
  BLIND_ZB_IN_SCOPE,
  BLIND_ZB_OUT_OF_SCOPE,
  BLIND_ZC_IN_SCOPE,
  BLIND_ZC_OUT_OF_SCOPE,
} from './questions-blind-m';

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
  /** Written after tuning and measured once (see questions.ts). Not part of `all`. */
  fresh: SplitScore;
  /** Second blind set (see questions.ts). Not part of `all`. */
  fresh2: SplitScore;
  /** Third blind set of the first session (see questions-fresh.ts). Not part of `all`. */
  fresh3: SplitScore;
  /** Second session's blind sets (see questions-fresh-b.ts). Not part of `all`. */
  fresh4: SplitScore;
  fresh5: SplitScore;
  fresh6: SplitScore;
  /** Independent blind sets, written without seeing the tutor (questions-blind-c.ts). Not part of `all`. */
  blindA: SplitScore;
  blindB: SplitScore;
  /** Independent blind set C (questions-blind-d.ts). Not part of `all`. */
  blindC: SplitScore;
  /** Independent blind sets D and E of the third session (questions-blind-e.ts). Not part of `all`. */
  blindD: SplitScore;
  blindE: SplitScore;
  /** Independent blind sets F and G of the third session (questions-blind-f.ts). Not part of `all`. */
  blindF: SplitScore;
  blindG: SplitScore;
  /** Independent blind sets H and I of the third session (questions-blind-g.ts). Not part of `all`. */
  blindH: SplitScore;
  blindI: SplitScore;
  /** Independent blind sets J and K of the third session (questions-blind-h.ts). Not part of `all`. */
  blindJ: SplitScore;
  blindK: SplitScore;
  /** Independent blind sets L and M of the third session (questions-blind-i.ts). Not part of `all`. */
  blindL: SplitScore;
  blindM: SplitScore;
  /** Independent blind sets N to Q of the third session (questions-blind-j.ts). Not part of `all`. */
  blindN: SplitScore;
  blindO: SplitScore;
  blindP: SplitScore;
  blindQ: SplitScore;
  /** Independent blind sets R to U of the third session (questions-blind-k.ts). Not part of `all`. */
  blindR: SplitScore;
  blindS: SplitScore;
  blindT: SplitScore;
  blindU: SplitScore;
  /** Independent blind sets V to Y of the third session (questions-blind-l.ts). Not part of `all`. */
  blindV: SplitScore;
  blindW: SplitScore;
  blindX: SplitScore;
  blindY: SplitScore;
  /** Independent blind sets Z to ZC of the third session (questions-blind-m.ts). Not part of `all`. */
  blindZ: SplitScore;
  blindZA: SplitScore;
  blindZB: SplitScore;
  blindZC: SplitScore;
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
    fresh: scoreSplit(index, FRESH_IN_SCOPE, FRESH_OUT_OF_SCOPE),
    fresh2: scoreSplit(index, FRESH2_IN_SCOPE, FRESH2_OUT_OF_SCOPE),
    fresh3: scoreSplit(index, FRESH3_IN_SCOPE, FRESH3_OUT_OF_SCOPE),
    fresh4: scoreSplit(index, FRESH4_IN_SCOPE, FRESH4_OUT_OF_SCOPE),
    fresh5: scoreSplit(index, FRESH5_IN_SCOPE, FRESH5_OUT_OF_SCOPE),
    fresh6: scoreSplit(index, FRESH6_IN_SCOPE, FRESH6_OUT_OF_SCOPE),
    blindA: scoreSplit(index, BLIND_A_IN_SCOPE, BLIND_A_OUT_OF_SCOPE),
    blindB: scoreSplit(index, BLIND_B_IN_SCOPE, BLIND_B_OUT_OF_SCOPE),
    blindC: scoreSplit(index, BLIND_C_IN_SCOPE, BLIND_C_OUT_OF_SCOPE),
    blindD: scoreSplit(index, BLIND_D_IN_SCOPE, BLIND_D_OUT_OF_SCOPE),
    blindE: scoreSplit(index, BLIND_E_IN_SCOPE, BLIND_E_OUT_OF_SCOPE),
    blindF: scoreSplit(index, BLIND_F_IN_SCOPE, BLIND_F_OUT_OF_SCOPE),
    blindG: scoreSplit(index, BLIND_G_IN_SCOPE, BLIND_G_OUT_OF_SCOPE),
    blindH: scoreSplit(index, BLIND_H_IN_SCOPE, BLIND_H_OUT_OF_SCOPE),
    blindI: scoreSplit(index, BLIND_I_IN_SCOPE, BLIND_I_OUT_OF_SCOPE),
    blindJ: scoreSplit(index, BLIND_J_IN_SCOPE, BLIND_J_OUT_OF_SCOPE),
    blindK: scoreSplit(index, BLIND_K_IN_SCOPE, BLIND_K_OUT_OF_SCOPE),
    blindL: scoreSplit(index, BLIND_L_IN_SCOPE, BLIND_L_OUT_OF_SCOPE),
    blindM: scoreSplit(index, BLIND_M_IN_SCOPE, BLIND_M_OUT_OF_SCOPE),
    blindN: scoreSplit(index, BLIND_N_IN_SCOPE, BLIND_N_OUT_OF_SCOPE),
    blindO: scoreSplit(index, BLIND_O_IN_SCOPE, BLIND_O_OUT_OF_SCOPE),
    blindP: scoreSplit(index, BLIND_P_IN_SCOPE, BLIND_P_OUT_OF_SCOPE),
    blindQ: scoreSplit(index, BLIND_Q_IN_SCOPE, BLIND_Q_OUT_OF_SCOPE),
    blindR: scoreSplit(index, BLIND_R_IN_SCOPE, BLIND_R_OUT_OF_SCOPE),
    blindS: scoreSplit(index, BLIND_S_IN_SCOPE, BLIND_S_OUT_OF_SCOPE),
    blindT: scoreSplit(index, BLIND_T_IN_SCOPE, BLIND_T_OUT_OF_SCOPE),
    blindU: scoreSplit(index, BLIND_U_IN_SCOPE, BLIND_U_OUT_OF_SCOPE),
    blindV: scoreSplit(index, BLIND_V_IN_SCOPE, BLIND_V_OUT_OF_SCOPE),
    blindW: scoreSplit(index, BLIND_W_IN_SCOPE, BLIND_W_OUT_OF_SCOPE),
    blindX: scoreSplit(index, BLIND_X_IN_SCOPE, BLIND_X_OUT_OF_SCOPE),
    blindY: scoreSplit(index, BLIND_Y_IN_SCOPE, BLIND_Y_OUT_OF_SCOPE),
    blindZ: scoreSplit(index, BLIND_Z_IN_SCOPE, BLIND_Z_OUT_OF_SCOPE),
    blindZA: scoreSplit(index, BLIND_ZA_IN_SCOPE, BLIND_ZA_OUT_OF_SCOPE),
    blindZB: scoreSplit(index, BLIND_ZB_IN_SCOPE, BLIND_ZB_OUT_OF_SCOPE),
    blindZC: scoreSplit(index, BLIND_ZC_IN_SCOPE, BLIND_ZC_OUT_OF_SCOPE),
    all: scoreSplit(index, [...IN_SCOPE, ...IN_SCOPE_EXTRA], [...OUT_OF_SCOPE, ...OUT_OF_SCOPE_EXTRA]),
  };
}

export const pct = (num: number, den: number): string =>
  den === 0 ? 'n/a' : `${((100 * num) / den).toFixed(0)}%`;
