/** Pieces the playground and the lab workbench share around the editor and the runner. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EditorMarker } from '@/components/editor/markers';
import type { SourceProblem } from '@/lib/runner/transpile';
import type { RunError } from '@/lib/runner/run-state';

/**
 * Editor markers: the problems found while typing, plus the learner's runtime error with a line, as long
 * as the code in the editor is still the code that ran.
 */
export function useEditorMarkers(
  problems: readonly SourceProblem[],
  error: RunError | null,
  ranSource: string | null,
  source: string,
): EditorMarker[] {
  return useMemo(() => {
    const m: EditorMarker[] = problems.map((p) => ({ ...p, severity: 'error' }));
    if (error?.line && error.series === 'learner' && error.name !== 'Not run' && ranSource === source) {
      m.push({
        line: error.line,
        column: error.column ?? 1,
        message: `${error.name}: ${error.message}`,
        severity: 'error',
      });
    }
    return m;
  }, [problems, error, ranSource, source]);
}

/**
 * Runs `start` once after first paint, when the browser is idle (at most 2 s later), e.g. to load the
 * runner and start the sandbox ahead of Run. `start` should be stable (useCallback).
 */
export function useWhenIdle(start: () => void): void {
  useEffect(() => {
    if ('requestIdleCallback' in window) {
      const id = window.requestIdleCallback(start, { timeout: 2000 });
      return () => window.cancelIdleCallback(id);
    }
    const t = setTimeout(start, 300);
    return () => clearTimeout(t);
  }, [start]);
}

/**
 * A loader that imports once and hands back the same promise from then on (retrying after a failure).
 * Made at module scope, it is stable, so effects need not list it.
 */
export function lazyOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    if (!loading) {
      loading = load();
      loading.catch(() => (loading = null));
    }
    return loading;
  };
}

/**
 * The editor's code as state, with a reader of the code as last set: Run and Profile read that, so a
 * click right after an edit (before React renders again) uses the edited code, not the last render's.
 */
export function useCurrentCode(initial: string) {
  const [code, setCode] = useState(initial);
  const now = useRef(initial);
  const set = useCallback((next: string) => {
    now.current = next;
    setCode(next);
  }, []);
  const current = useCallback(() => now.current, []);
  return [code, set, current] as const;
}
