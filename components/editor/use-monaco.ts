'use client';

import { useEffect, useRef, useState, type RefObject } from 'react';
import type { EditorMarker, HeatLine } from './markers';
import type { EditorHandle, EditorLanguage } from './monaco-mount';

export type EditorPhase = 'loading' | 'ready' | 'failed';
type Mount = typeof import('./monaco-mount');

export const EDITOR_FONT_SIZE = 14;
export const EDITOR_LINE_HEIGHT = 21;
export const EDITOR_PADDING = 8;

// One download for every editor on the page; a failed attempt may be retried by a later mount.
let mountPromise: Promise<Mount> | null = null;
function loadMount(): Promise<Mount> {
  mountPromise ??= import('./monaco-mount').catch((err: unknown) => {
    mountPromise = null;
    throw err;
  });
  return mountPromise;
}

/** Runs `fn` once the browser is idle after first paint (or after 1 s at the latest). */
function afterFirstPaint(fn: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(fn, { timeout: 1000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(fn, 1);
  return () => window.clearTimeout(id);
}

/** Adds to a bounded set (oldest out), so a parent that never echoes values back cannot grow it. */
function remember(set: Set<string>, v: string, max = 64): void {
  set.add(v);
  if (set.size > max) {
    const oldest = set.values().next();
    if (!oldest.done) set.delete(oldest.value);
  }
}

export interface MonacoInputs {
  value: string;
  onChange(v: string): void;
  language: EditorLanguage;
  markers: readonly EditorMarker[];
  /** Profile heat per line; pass a memoised array. */
  heat?: readonly HeatLine[];
  /** Reveal this line when `nonce` changes (the hot-spot list's links). */
  reveal?: { line: number; nonce: number } | null;
  onRun?: () => void;
  label: string;
}

const NO_HEAT: readonly HeatLine[] = [];

/**
 * Loads Monaco after first paint into `host`, keeps it in sync with the props, and reports the phase.
 * `fontSource` is an element styled with the app's mono font: Monaco needs a real font-family list,
 * not `var(--font-mono)`.
 */
export function useMonaco(
  host: RefObject<HTMLDivElement | null>,
  fontSource: RefObject<HTMLElement | null>,
  inputs: MonacoInputs,
): { phase: EditorPhase; handle: RefObject<EditorHandle | null> } {
  const [phase, setPhase] = useState<EditorPhase>('loading');
  const handleRef = useRef<EditorHandle | null>(null);
  const latest = useRef(inputs);
  useEffect(() => {
    latest.current = inputs;
  });
  /** Values sent through onChange that the parent has not caught up with yet. */
  const echoes = useRef(new Set<string>());

  useEffect(() => {
    let disposed = false;
    const fail = (err: unknown) => {
      if (disposed) return;
      console.warn('Hotpath: the code editor could not load; using a plain text box.', err);
      setPhase('failed');
    };
    const cancelIdle = afterFirstPaint(() => {
      loadMount().then((m) => {
        const el = host.current;
        if (disposed || !el) return;
        const inp = latest.current;
        try {
          handleRef.current = m.mountEditor(el, {
            value: inp.value,
            language: inp.language,
            label: inp.label,
            fontFamily: fontSource.current ? getComputedStyle(fontSource.current).fontFamily : 'monospace',
            fontSize: EDITOR_FONT_SIZE,
            lineHeight: EDITOR_LINE_HEIGHT,
            padding: EDITOR_PADDING,
            onChange(v) {
              if (v === latest.current.value) return;
              remember(echoes.current, v);
              latest.current.onChange(v);
            },
            onRun: () => latest.current.onRun?.(),
          });
          setPhase('ready');
        } catch (err) {
          fail(err);
        }
      }, fail);
    });
    return () => {
      disposed = true;
      cancelIdle();
      handleRef.current?.dispose();
      handleRef.current = null;
    };
  }, [host, fontSource]);

  const { value, language, markers, label, heat = NO_HEAT, reveal } = inputs;

  useEffect(() => {
    const h = handleRef.current;
    if (!h) return;
    if (h.getValue() === value) {
      echoes.current.clear();
      return;
    }
    // The parent may re-render with a value we emitted a few keystrokes ago: that is not a new value.
    if (!echoes.current.has(value)) h.replace(value);
  }, [value, phase]);

  useEffect(() => handleRef.current?.setLanguage(language), [language, phase]);
  useEffect(() => handleRef.current?.setLabel(label), [label, phase]);
  useEffect(() => handleRef.current?.setMarkers(markers), [markers, phase]);
  useEffect(() => handleRef.current?.setHeat(heat), [heat, phase]);
  useEffect(() => {
    if (reveal) handleRef.current?.revealLine(reveal.line);
  }, [reveal, phase]);

  return { phase, handle: handleRef };
}
