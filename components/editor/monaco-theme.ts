/**
 * Two Monaco themes that follow app/globals.css. Editor chrome colours are read from the app's CSS
 * variables at the moment the theme is applied (so they always match the page); token colours are fixed
 * per mode and chosen for at least 4.5:1 contrast on --code-bg.
 */
import type * as Api from 'monaco-editor/editor/editor.api';

export type ThemeMode = 'light' | 'dark';

interface Palette {
  keyword: string;
  string: string;
  number: string;
  comment: string;
  type: string;
  regexp: string;
  selection: string;
  fallback: Record<string, string>;
}

const PALETTES: Record<ThemeMode, Palette> = {
  light: {
    keyword: '7a3e9d',
    string: '1c6b35',
    number: '8f4500',
    comment: '5c5c66',
    type: '1d4fb8',
    regexp: 'a4161a',
    selection: '#c8d6f2',
    fallback: {
      '--code-bg': '#f4f2ec',
      '--fg': '#1b1b1f',
      '--muted': '#56565f',
      '--surface': '#ffffff',
      '--surface-2': '#f1efe9',
      '--border': '#d9d6cc',
      '--focus': '#1d4fb8',
      '--bad': '#a4161a',
      '--warn': '#7a4f00',
    },
  },
  dark: {
    keyword: 'd2a8ff',
    string: '7ddc96',
    number: 'ffc27a',
    comment: 'a9a9b3',
    type: '8ab4ff',
    regexp: 'ff8c86',
    selection: '#2f4670',
    fallback: {
      '--code-bg': '#1e2025',
      '--fg': '#ececef',
      '--muted': '#a9a9b3',
      '--surface': '#1a1c20',
      '--surface-2': '#23262b',
      '--border': '#3a3d44',
      '--focus': '#8ab4ff',
      '--bad': '#ff8c86',
      '--warn': '#ffd27a',
    },
  },
};

/** Monaco only accepts hex colours; anything else falls back to the palette's copy of globals.css. */
export function hexOr(value: string, fallback: string): string {
  const v = value.trim();
  return /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(v) ? v : fallback;
}

export function themeName(mode: ThemeMode): string {
  return mode === 'dark' ? 'hotpath-dark' : 'hotpath-light';
}

export function defineHotpathTheme(
  monaco: typeof Api,
  mode: ThemeMode,
  style: Pick<CSSStyleDeclaration, 'getPropertyValue'>,
): string {
  const p = PALETTES[mode];
  const css = (name: string) => hexOr(style.getPropertyValue(name), p.fallback[name] ?? '#808080');
  const bg = css('--code-bg');
  monaco.editor.defineTheme(themeName(mode), {
    base: mode === 'dark' ? 'vs-dark' : 'vs',
    inherit: true,
    rules: [
      { token: 'keyword', foreground: p.keyword },
      { token: 'string', foreground: p.string },
      { token: 'number', foreground: p.number },
      { token: 'comment', foreground: p.comment, fontStyle: 'italic' },
      { token: 'type', foreground: p.type },
      { token: 'regexp', foreground: p.regexp },
    ],
    colors: {
      'editor.background': bg,
      'editor.foreground': css('--fg'),
      'editorGutter.background': bg,
      'editorLineNumber.foreground': css('--muted'),
      'editorLineNumber.activeForeground': css('--fg'),
      'editorCursor.foreground': css('--fg'),
      'editor.lineHighlightBackground': css('--surface-2'),
      'editor.lineHighlightBorder': css('--surface-2'),
      'editor.selectionBackground': p.selection,
      'editor.inactiveSelectionBackground': p.selection,
      'editorError.foreground': css('--bad'),
      'editorWarning.foreground': css('--warn'),
      focusBorder: css('--focus'),
      'editorWidget.background': css('--surface'),
      'editorWidget.border': css('--border'),
      'editorHoverWidget.background': css('--surface'),
      'editorHoverWidget.border': css('--border'),
    },
  });
  return themeName(mode);
}
