import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The layers (ARCHITECTURE.md): lib/ is pure logic; workers/ are thin entry points over lib/; lessons/ are
// content. A forbidden import fails `npm run check`.
const UI_AND_ROUTES = ['@/components/**', '@/app/**', '../**/components/**', '../**/app/**'];
const CONTENT = ['@/lessons/**', '../**/lessons/**'];
const REACT_AND_NEXT = ['react', 'react/**', 'react-dom', 'react-dom/**', 'next', 'next/**'];
const layer = (files, groups, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }] },
});

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      'node_modules/**',
      '.next*/**',
      'public/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
      'lib/tutor/generated/**',
      'lessons/*/labs/sources.generated.ts',
    ],
  },
  layer(
    ['lib/**/*.{ts,tsx,mjs}'],
    [...UI_AND_ROUTES, ...CONTENT, ...REACT_AND_NEXT],
    'lib/ is pure logic: no UI, routes, React, Next or lesson content (pass content in as data).',
  ),
  layer(
    ['workers/**/*.ts'],
    [...UI_AND_ROUTES, ...CONTENT, ...REACT_AND_NEXT, '@/scripts/**', '@/e2e/**', '@/workers/**'],
    'workers/ are thin entry points: they import lib/ only.',
  ),
  layer(
    ['lessons/**/*.{ts,tsx}'],
    UI_AND_ROUTES,
    'lessons/ are content: they import no UI components or routes.',
  ),
  {
    rules: {
      // `const { type, ...payload } = msg` is how a message's envelope is dropped.
      '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }],
    },
  },
];

export default config;
