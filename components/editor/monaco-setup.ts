/**
 * Everything Monaco needs. Only imported by monaco-mount.ts, which lazy-code-editor loads with `import()`,
 * so none of it is in a page's first-load JS.
 *
 * Lean on purpose: the editor core API, the JavaScript/TypeScript and Python Monarch tokenizers
 * (highlighting only; each tokenizer is a small chunk loaded when a model first uses its language)
 * and a handful of editing features through monaco-editor 0.57's `features/<name>/register` entry points.
 * No `languages/features/typescript/register`, so the TypeScript language-service worker is never
 * downloaded. The package's export map sends `monaco-editor/<path>` to `esm/vs/<path>.js`.
 *
 * CSS: Monaco's ESM files import their own stylesheets with relative paths (e.g. `codicon.css`). Next 16 /
 * Turbopack accepts these global CSS imports from node_modules inside this dynamically imported module and
 * emits them as two CSS chunks loaded with it (checked with `next build` + `next start`), so no manual CSS
 * import is needed. (A package path such as `monaco-editor/min/vs/editor/editor.main.css` would not work
 * anyway: the export map turns `monaco-editor/<path>` into `esm/vs/<path>.js`.)
 * Turbopack also adds a small `Buffer` polyfill (~7 KiB gzip) because Monaco's VSBuffer mentions `Buffer`.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/javascript/register';
import 'monaco-editor/languages/definitions/typescript/register';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import { defineHotpathTheme, type ThemeMode } from './monaco-theme';

export type Monaco = typeof monaco;
export type MonacoEditor = monaco.editor.IStandaloneCodeEditor;

type MonacoEnv = { getWorker(workerId: string, label: string): Worker };

let environmentSet = false;

function setWorkerEnvironment(): void {
  if (environmentSet) return;
  environmentSet = true;
  const env: MonacoEnv = {
    getWorker() {
      // Only the generic editor worker exists here (no language-service workers).
      return new Worker(new URL('../../workers/monaco-editor.worker.ts', import.meta.url), {
        type: 'module',
      });
    },
  };
  (self as unknown as { MonacoEnvironment?: MonacoEnv }).MonacoEnvironment = env;
}

export interface CreateOptions {
  value: string;
  language: 'typescript' | 'javascript' | 'python';
  ariaLabel: string;
  fontFamily: string;
  fontSize: number;
  lineHeight: number;
  paddingTop: number;
  themeMode: ThemeMode;
  themeSource: Element;
}

/** Layout constants shared with the placeholder so that swapping one for the other shifts nothing. */
export const GUTTER = { lineNumbersMinChars: 3, lineDecorationsWidth: 12 } as const;

export function createEditor(container: HTMLElement, opts: CreateOptions): MonacoEditor {
  setWorkerEnvironment();
  applyTheme(opts.themeMode, opts.themeSource);
  return monaco.editor.create(container, {
    value: opts.value,
    language: opts.language,
    ariaLabel: opts.ariaLabel,
    fontFamily: opts.fontFamily,
    fontSize: opts.fontSize,
    lineHeight: opts.lineHeight,
    fontLigatures: false,
    padding: { top: opts.paddingTop, bottom: opts.paddingTop },
    lineNumbersMinChars: GUTTER.lineNumbersMinChars,
    lineDecorationsWidth: GUTTER.lineDecorationsWidth,
    glyphMargin: false,
    folding: false,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    // 'dimmed' would draw the last empty line's number below contrast minimums (axe colour-contrast).
    renderFinalNewline: 'on',
    automaticLayout: true,
    tabSize: opts.language === 'python' ? 4 : 2,
    renderLineHighlight: 'line',
    overviewRulerLanes: 0,
    hideCursorInOverviewRuler: true,
    quickSuggestions: false,
    wordBasedSuggestions: 'off',
    fixedOverflowWidgets: true,
    accessibilitySupport: 'auto',
  });
}

/** (Re)defines the theme from the app's current CSS variables and makes it active for every editor. */
export function applyTheme(mode: ThemeMode, source: Element): string {
  const name = defineHotpathTheme(monaco, mode, getComputedStyle(source));
  monaco.editor.setTheme(name);
  return name;
}

export { monaco };
