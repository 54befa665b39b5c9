import { availableParallelism } from 'node:os';
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
    // Every core (vitest's default leaves one idle: on a 2-core CI machine that is half of it). The long
    // files are the labs' Python tests, shared out among python-labs-N.test.ts so they run side by side.
    maxWorkers: availableParallelism(),
    // Lab folders' sources are read into lessons/*/labs/sources.generated.ts before any test imports them.
    globalSetup: ['./scripts/vitest-setup.mjs'],
  },
});
