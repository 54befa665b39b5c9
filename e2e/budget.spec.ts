import { test, expect } from '@playwright/test';
import { firstLoadJs } from '../scripts/lib/first-load.mjs';
import { ROUTES } from './routes';

// Size is deterministic for a build, so this is a real budget, not a timing assert.
for (const route of ROUTES) {
  test(`${route}: first-load JavaScript is at most 150 KB gzip`, async ({ baseURL }) => {
    const r = await firstLoadJs(baseURL!, route);
    expect(r.scripts).toBeGreaterThan(0);
    expect(r.gzip).toBeLessThanOrEqual(150 * 1024);
  });
}
