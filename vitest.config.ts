import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: [
      'lib/**/*.test.ts',
      'eval/**/*.test.ts',
      'lessons/**/*.test.ts',
      'components/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    // Lab folders' sources are read into lessons/*/labs/sources.generated.ts before any test imports them.
    globalSetup: ['./scripts/vitest-setup.mjs'],
  },
});
