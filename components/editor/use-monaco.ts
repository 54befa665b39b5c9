'use client';

import { useEffect, useRef, useState, type RefObject } from 'react';
import { clampMarkers, type EditorMarker } from './markers';
import type { MonacoEditor } from './monaco-setup';

export type EditorPhase = 'loading' | 'ready' | 'failed';
type Setup = typeof import('./monaco-setup');

export const EDITOR_FONT_SIZE = 14;
export const EDITOR_LINE_HEIGHT = 21;
export const EDITOR_PADDING = 8;

// One download for every editor on the page; a failed attempt may be retried by a later mount.
let setupPromise: Promise<Setup> | null = null;
function loadSetup(): Promise<Setup> {
  setupPromise ??= import('./monaco-setup').catch((err: unknown) => {
    setupPromise = null;
    throw err;
  });
  return setupPromise;
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

function themeMode(): 'light' | 'dark' {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

export interface MonacoInputs {
  value: string;
  onChange(v: string): void;
  language: 'typescript' | 'javascript';
  markers: readonly EditorMarker[];
  onRun?: () => void;
  label: string;
}

/**
 * Loads Monaco after first paint into `host`, keeps it in sync with the props, and reports the phase.
 * `fontSource` is an element styled with the app's mono font: Monaco needs a real font-family list,
 * not `var(--font-mono)`.
 */
export function useMonaco(
  host: RefObject<HTMLDivElement | null>,
  fontSource: RefObject<HTMLElement | null>,
  inputs: MonacoInputs,
): { phase: EditorPhase; editor: RefObject<MonacoEditor | null> } {
  const [phase, setPhase] = useState<EditorPhase>('loading');
  const editorRef = useRef<MonacoEditor | null>(null);
  const latest = useRef(inputs);
  useEffect(() => {
    latest.current = inputs;
  });
  /** Values sent through onChange that the parent has not caught up with yet. */
  const echoes = useRef(new Set<string>());

  useEffect(() => {
    let disposed = false;
    const cleanups: (() => void)[] = [];
    cleanups.push(
      afterFirstPaint(() => {
        loadSetup().then(
          (setup) => {
            const el = host.current;
            if (disposed || !el) return;
            mount(setup, el);
          },
          (err: unknown) => {
            if (disposed) return;
            console.warn('Hotpath: the code editor could not load; using a plain text box.', err);
            setPhase('failed');
          },
        );
      }),
    );

    function mount(setup: Setup, el: HTMLDivElement) {
      const { monaco } = setup;
      const inp = latest.current;
      const fontFamily = fontSource.current ? getComputedStyle(fontSource.current).fontFamily : 'monospace';
      let editor: MonacoEditor;
      try {
        editor = setup.createEditor(el, {
          value: inp.value,
          language: inp.language,
          ariaLabel: inp.label,
          fontFamily,
          fontSize: EDITOR_FONT_SIZE,
          lineHeight: EDITOR_LINE_HEIGHT,
          paddingTop: EDITOR_PADDING,
          themeMode: themeMode(),
          themeSource: document.documentElement,
        });
      } catch (err) {
        console.warn('Hotpath: the code editor failed to start; using a plain text box.', err);
        setPhase('failed');
        return;
      }
      editorRef.current = editor;
      cleanups.push(() => {
        editorRef.current = null;
        editor.getModel()?.dispose();
        editor.dispose();
      });

      const sub = editor.onDidChangeModelContent(() => {
        const v = editor.getValue();
        if (v === latest.current.value) return;
        remember(echoes.current, v);
        latest.current.onChange(v);
      });
      cleanups.push(() => sub.dispose());

      editor.addAction({
        id: 'hotpath.run',
        label: 'Run code',
        keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
        run: () => latest.current.onRun?.(),
      });

      // Esc then Tab leaves the editor: Esc turns on "Tab moves focus" until the next other key or blur.
      let escaped = false;
      const setEscaped = (on: boolean) => {
        if (escaped === on) return;
        escaped = on;
        editor.updateOptions({ tabFocusMode: on });
      };
      const keys = editor.onKeyDown((e) => {
        const k = e.keyCode;
        if (k === monaco.KeyCode.Escape) setEscaped(true);
        else if (k !== monaco.KeyCode.Tab && k !== monaco.KeyCode.Shift) setEscaped(false);
      });
      const blur = editor.onDidBlurEditorText(() => setEscaped(false));
      cleanups.push(() => {
        keys.dispose();
        blur.dispose();
      });

      // Theme follows <html data-theme>; colours are re-read from the CSS variables on each change.
      const applyTheme = () => setup.applyTheme(themeMode(), document.documentElement);
      const observer = new MutationObserver(applyTheme);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
      cleanups.push(() => observer.disconnect());

      // The web font may arrive after Monaco measured the fallback font.
      void document.fonts?.ready.then(() => {
        if (!disposed) monaco.editor.remeasureFonts();
      });

      setPhase('ready');
    }

    return () => {
      disposed = true;
      for (const c of cleanups.reverse()) c();
    };
  }, [host, fontSource]);

  const { value, language, markers, label } = inputs;

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    if (model.getValue() === value) {
      echoes.current.clear();
      return;
    }
    // The parent may re-render with a value we emitted a few keystrokes ago: that is not a new value.
    if (echoes.current.has(value)) return;
    // An edit (not setValue) so that Ctrl+Z can undo a reset or an example loaded from outside.
    editor.pushUndoStop();
    editor.executeEdits('hotpath', [{ range: model.getFullModelRange(), text: value }]);
    editor.pushUndoStop();
  }, [value, phase]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    void loadSetup().then(({ monaco }) => monaco.editor.setModelLanguage(model, language));
  }, [language, phase]);

  useEffect(() => {
    editorRef.current?.updateOptions({ ariaLabel: label });
  }, [label, phase]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    void loadSetup().then(({ monaco }) => {
      if (model.isDisposed()) return;
      const ranges = clampMarkers(
        markers,
        { lineCount: model.getLineCount(), lineLength: (l) => model.getLineLength(l) },
        (l) => model.getLineContent(l),
      );
      monaco.editor.setModelMarkers(
        model,
        'hotpath',
        ranges.map((r) => ({
          ...r,
          severity: r.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
        })),
      );
    });
  }, [markers, phase]);

  return { phase, editor: editorRef };
}
