/**
 * The live editor behind LazyCodeEditor: creates Monaco in a host element and wires it to the app
 * (onChange, Ctrl/Cmd+Enter, markers, theme, Esc-then-Tab). Only reached through `import()`, so none of
 * this, nor Monaco, is in a page's first-load JS.
 */
import { clampMarkers, type EditorMarker, type HeatLine } from './markers';
import { applyTheme, createEditor, monaco, type MonacoEditor } from './monaco-setup';

export type EditorLanguage = 'typescript' | 'javascript' | 'python';

/** Python's convention is four spaces; the app's TypeScript and JavaScript use two. */
const tabSizeOf = (language: EditorLanguage) => (language === 'python' ? 4 : 2);

export interface MountOptions {
  value: string;
  language: EditorLanguage;
  label: string;
  fontFamily: string;
  fontSize: number;
  lineHeight: number;
  padding: number;
  /** Called with the full text after every edit. */
  onChange(value: string): void;
  onRun(): void;
}

export interface EditorHandle {
  getValue(): string;
  /** Replaces the text as one undoable edit (Ctrl+Z brings the old text back). */
  replace(value: string): void;
  setMarkers(markers: readonly EditorMarker[]): void;
  /** The markers Monaco holds now (line, column, message), for tests. */
  getMarkers(): { line: number; column: number; message: string }[];
  /** Profile heat per line (whole-line tint, a bar in the gutter, the figure after the code, hover). */
  setHeat(lines: readonly HeatLine[]): void;
  /** Scrolls to a line and puts the cursor at its start. */
  revealLine(line: number): void;
  setLanguage(language: EditorLanguage): void;
  setLabel(label: string): void;
  dispose(): void;
}

function themeMode(): 'light' | 'dark' {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

export function mountEditor(host: HTMLElement, opts: MountOptions): EditorHandle {
  const root = document.documentElement;
  const editor: MonacoEditor = createEditor(host, {
    value: opts.value,
    language: opts.language,
    ariaLabel: opts.label,
    fontFamily: opts.fontFamily,
    fontSize: opts.fontSize,
    lineHeight: opts.lineHeight,
    paddingTop: opts.padding,
    themeMode: themeMode(),
    themeSource: root,
  });
  const model = editor.getModel();
  if (!model) throw new Error('Monaco created an editor without a model');
  let disposed = false;
  const heat = editor.createDecorationsCollection();

  const subs = [editor.onDidChangeModelContent(() => opts.onChange(model.getValue()))];

  editor.addAction({
    id: 'hotpath.run',
    label: 'Run code',
    keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
    run: () => opts.onRun(),
  });

  // Esc then Tab leaves the editor: Esc turns on "Tab moves focus" until another key or blur.
  let escaped = false;
  const setEscaped = (on: boolean) => {
    if (escaped === on) return;
    escaped = on;
    editor.updateOptions({ tabFocusMode: on });
  };
  subs.push(
    editor.onKeyDown((e) => {
      const k = e.keyCode;
      if (k === monaco.KeyCode.Escape) setEscaped(true);
      else if (k !== monaco.KeyCode.Tab && k !== monaco.KeyCode.Shift) setEscaped(false);
    }),
    editor.onDidBlurEditorText(() => setEscaped(false)),
  );

  // The theme follows <html data-theme>; colours are re-read from the CSS variables on each change.
  const observer = new MutationObserver(() => applyTheme(themeMode(), root));
  observer.observe(root, { attributes: true, attributeFilter: ['data-theme'] });

  // The web font may arrive after Monaco measured the fallback font.
  void document.fonts?.ready.then(() => {
    if (!disposed) monaco.editor.remeasureFonts();
  });

  return {
    getValue: () => model.getValue(),
    replace(value) {
      if (model.getValue() === value) return;
      editor.pushUndoStop();
      editor.executeEdits('hotpath', [{ range: model.getFullModelRange(), text: value }]);
      editor.pushUndoStop();
    },
    getMarkers: () =>
      monaco.editor
        .getModelMarkers({ resource: model.uri, owner: 'hotpath' })
        .map((m) => ({ line: m.startLineNumber, column: m.startColumn, message: m.message })),
    setMarkers(markers) {
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
    },
    setHeat(lines) {
      const count = model.getLineCount();
      heat.set(
        lines
          .filter((l) => l.line >= 1 && l.line <= count)
          .map((l) => {
            const level = Math.max(1, Math.min(5, Math.round(l.heat)));
            return {
              range: new monaco.Range(l.line, 1, l.line, model.getLineMaxColumn(l.line)),
              options: {
                isWholeLine: true,
                className: `hp-heat hp-heat-${level}`,
                linesDecorationsClassName: `hp-heat-bar hp-heat-bar-${level}`,
                hoverMessage: { value: l.hover },
                after: { content: `  ${l.inline}`, inlineClassName: 'hp-heat-figure' },
              },
            };
          }),
      );
    },
    revealLine(line) {
      const l = Math.max(1, Math.min(model.getLineCount(), Math.trunc(line)));
      editor.revealLineInCenter(l);
      editor.setPosition({ lineNumber: l, column: 1 });
      editor.focus();
    },
    setLanguage: (language) => {
      monaco.editor.setModelLanguage(model, language);
      model.updateOptions({ tabSize: tabSizeOf(language) });
    },
    setLabel: (label) => editor.updateOptions({ ariaLabel: label }),
    dispose() {
      disposed = true;
      heat.clear();
      observer.disconnect();
      for (const s of subs) s.dispose();
      editor.dispose();
      model.dispose();
    },
  };
}
