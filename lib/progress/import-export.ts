import { canonicalJson } from './canonical-json';
import { mergeProgress } from './merge';
import { loadProgress } from './migrate';
import { LIMITS, type ProgressState } from './schema';

export const EXPORT_FORMAT = 'hotpath-progress';

/** The text of an export file: the progress itself plus a marker and the export time. */
export function exportProgress(state: ProgressState, now: number): string {
  return JSON.stringify(
    { format: EXPORT_FORMAT, exportedAt: new Date(now).toISOString(), ...state },
    null,
    2,
  );
}

/** A file name like hotpath-progress-2026-11-27.json. */
export function exportFileName(now: number): string {
  return `hotpath-progress-${new Date(now).toISOString().slice(0, 10)}.json`;
}

export type ImportResult =
  { ok: true; state: ProgressState; fromVersion: number } | { ok: false; error: string };

/**
 * Checks an imported file completely before anything is changed. Errors say what is wrong in words a
 * learner can act on.
 */
export function parseImport(text: string): ImportResult {
  if (text.length > LIMITS.importBytes) {
    return {
      ok: false,
      error: `This file is too large to be Hotpath progress (over ${LIMITS.importBytes / 1_000_000} MB).`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? ` (${e.message})` : '';
    return {
      ok: false,
      error: `This file is not valid JSON${detail}. Choose a file made by “Export progress”.`,
    };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return {
      ok: false,
      error: 'This file is not a Hotpath progress export (its "format" field is missing or different).',
    };
  }
  const loaded = loadProgress(data);
  if (!loaded.ok) return { ok: false, error: `This progress file cannot be imported. ${loaded.error}` };
  return { ok: true, state: loaded.state, fromVersion: loaded.fromVersion };
}

/**
 * Applies an import to the current progress: merged, never replacing (importing an old file cannot lose
 * newer work). The current generation is kept, so other open tabs merge the result instead of dropping it.
 */
export function applyImport(current: ProgressState, imported: ProgressState): ProgressState {
  return {
    ...mergeProgress(current, { ...imported, generation: current.generation }),
    generation: current.generation,
  };
}

/** True when importing would change nothing (for a "nothing new in that file" message). */
export function importChangesNothing(current: ProgressState, next: ProgressState): boolean {
  return canonicalJson(current) === canonicalJson(next);
}
