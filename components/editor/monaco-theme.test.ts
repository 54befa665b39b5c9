import { describe, expect, it } from 'vitest';
import { defineHotpathTheme, hexOr } from './monaco-theme';

type ThemeData = { base: string; colors: Record<string, string> };

function fakeMonaco() {
  const themes = new Map<string, ThemeData>();
  const monaco = { editor: { defineTheme: (name: string, data: ThemeData) => themes.set(name, data) } };
  return { themes, monaco: monaco as unknown as Parameters<typeof defineHotpathTheme>[0] };
}

const style = (vars: Record<string, string>) => ({ getPropertyValue: (n: string) => vars[n] ?? '' });

describe('hexOr', () => {
  it('accepts hex colours and rejects anything Monaco cannot parse', () => {
    expect(hexOr(' #1e2025 ', '#000')).toBe('#1e2025');
    expect(hexOr('#abc', '#000')).toBe('#abc');
    expect(hexOr('rgb(1, 2, 3)', '#000')).toBe('#000');
    expect(hexOr('', '#000')).toBe('#000');
  });
});

describe('defineHotpathTheme', () => {
  it('takes editor colours from the app CSS variables', () => {
    const { themes, monaco } = fakeMonaco();
    const name = defineHotpathTheme(monaco, 'dark', style({ '--code-bg': '#101010', '--fg': '#fafafa' }));
    expect(name).toBe('hotpath-dark');
    const t = themes.get(name)!;
    expect(t.base).toBe('vs-dark');
    expect(t.colors['editor.background']).toBe('#101010');
    expect(t.colors['editor.foreground']).toBe('#fafafa');
  });

  it('falls back to the copy of globals.css when a variable is missing or not hex', () => {
    const { themes, monaco } = fakeMonaco();
    const name = defineHotpathTheme(monaco, 'light', style({ '--code-bg': 'var(--x)' }));
    expect(name).toBe('hotpath-light');
    expect(themes.get(name)!.base).toBe('vs');
    expect(themes.get(name)!.colors['editor.background']).toBe('#f4f2ec');
  });
});
