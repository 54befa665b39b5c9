'use client';

import { useEffect, useId, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import styles from './code-editor.module.css';
import type { EditorMarker, HeatLine } from './markers';
import { EDITOR_LINE_HEIGHT, useMonaco } from './use-monaco';

export type { EditorMarker, HeatLine } from './markers';

export interface LazyCodeEditorProps {
  value: string;
  onChange(v: string): void;
  language: 'typescript' | 'javascript' | 'python';
  /**
   * Syntax errors etc. as squiggles. Pass a memoised array (a new identity re-sets them). Show them as text
   * too (the playground's SourceProblems does): the squiggles alone are not readable by screen readers.
   */
  markers: EditorMarker[];
  /** Profile heat per line (a memoised array); shown once Monaco is up. */
  heat?: readonly HeatLine[];
  /** Scroll to and focus a line when `nonce` changes. */
  reveal?: { line: number; nonce: number } | null;
  onRun?: () => void;
  /** Accessible name of the editor. */
  label: string;
  /** Height of the editor box in px (fixed, so nothing shifts when Monaco arrives). Default 320. */
  height?: number;
}

interface TestHook {
  setValue(code: string): void;
  getValue(): string;
  /** Monaco's markers (empty until Monaco is up). */
  markers(): { line: number; column: number; message: string }[];
}

declare global {
  interface Window {
    /** e2e test hook of the most recently mounted editor. */
    __hotpathEditor?: TestHook;
  }
}

/**
 * A code editor that paints instantly as a read-only `<pre>` of the code, then swaps in Monaco (loaded
 * with a dynamic import once the browser is idle). If Monaco cannot load, a plain `<textarea>` takes over.
 */
export function LazyCodeEditor(props: LazyCodeEditorProps) {
  const { value, onChange, language, markers, heat, reveal, onRun, label, height = 320 } = props;
  const hostRef = useRef<HTMLDivElement>(null);
  const fontRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const { phase, handle } = useMonaco(hostRef, fontRef, {
    value,
    onChange,
    language,
    markers,
    heat,
    reveal,
    onRun,
    label,
  });

  // Test hook; reads the latest value through refs so it never goes stale.
  const valueRef = useRef(value);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    valueRef.current = value;
    onChangeRef.current = onChange;
  });
  useEffect(() => {
    const hook: TestHook = {
      setValue(code) {
        const h = handle.current;
        if (h) h.replace(code);
        else onChangeRef.current(code);
      },
      getValue: () => handle.current?.getValue() ?? valueRef.current,
      markers: () => handle.current?.getMarkers() ?? [],
    };
    window.__hotpathEditor = hook;
    return () => {
      if (window.__hotpathEditor === hook) delete window.__hotpathEditor;
    };
  }, [handle]);

  const lines = value.split('\n');
  const gutterChars = Math.max(3, String(lines.length).length);

  function onTextareaKey(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onRun?.();
    }
  }

  return (
    <div
      className={styles.root}
      role="group"
      aria-label={label}
      aria-describedby={hintId}
      data-editor-state={phase}
      data-editor-ready={phase === 'ready' ? 'true' : undefined}
    >
      <div className={styles.box} style={{ height }} ref={fontRef}>
        {phase === 'failed' ? (
          <textarea
            className={styles.textarea}
            aria-label={label}
            aria-describedby={hintId}
            value={value}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            onChange={(e) => onChange(e.target.value)}
            onKeyDown={onTextareaKey}
          />
        ) : (
          <>
            {phase === 'loading' && (
              <pre
                className={styles.placeholder}
                tabIndex={0}
                data-testid="editor-placeholder"
                style={{ '--gutter-chars': gutterChars } as CSSProperties}
              >
                <span className={styles.srOnly} role="status">
                  Loading the code editor. The code so far:
                </span>
                {lines.map((line, i) => (
                  <span className={styles.line} key={i} style={{ minHeight: EDITOR_LINE_HEIGHT }}>
                    <span className={styles.ln} aria-hidden="true">
                      {i + 1}
                    </span>
                    {line}
                  </span>
                ))}
              </pre>
            )}
            <div className={styles.host} ref={hostRef} />
          </>
        )}
      </div>
      {phase === 'failed' ? (
        <p className={`${styles.hint} ${styles.warning}`} id={hintId} role="status">
          The code editor could not load, so this is a plain text box (no highlighting). <kbd>Ctrl</kbd>+
          <kbd>Enter</kbd> still runs; <kbd>Tab</kbd> leaves the box.
        </p>
      ) : (
        <p className={styles.hint} id={hintId}>
          <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>Enter</kbd> runs. To leave the editor by keyboard, press{' '}
          <kbd>Esc</kbd> then <kbd>Tab</kbd> (or toggle <kbd>Tab</kbd> moving focus with <kbd>Ctrl</kbd>+
          <kbd>M</kbd>; on a Mac <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>M</kbd>).
        </p>
      )}
    </div>
  );
}
