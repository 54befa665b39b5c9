import type { ShikiTransformer } from 'shiki';

/** Puts the fence's language on the <pre>, so <CodeTabs> can label the two forms of an example. */
const languageOnPre: ShikiTransformer = {
  pre(node) {
    node.properties['data-language'] = this.options.lang;
  },
};

/** Shiki themes chosen for contrast (comments stay above 4.5:1 on their own backgrounds). */
export const shikiOptions = {
  themes: { light: 'github-light-default', dark: 'github-dark-default' },
  defaultColor: 'light',
  // Loading only the grammars the lessons use keeps the build fast (all grammars: tens of seconds).
  langs: ['ts', 'js', 'sql', 'python', 'text', 'bash'],
  transformers: [languageOnPre],
} as const;
