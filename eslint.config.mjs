import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

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
  {
    rules: {
      // `const { type, ...payload } = msg` is how a message's envelope is dropped.
      '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }],
    },
  },
];

export default config;
