import { expect, type Page } from '@playwright/test';

/** Collects console errors, page errors and any request that leaves this machine. */
export function watchPage(page: Page) {
  const errors: string[] = [];
  const offMachine: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('request', (req) => {
    const url = req.url();
    if (!/^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:|about:)/.test(url)) offMachine.push(url);
  });
  return {
    errors,
    offMachine,
    expectClean() {
      expect(errors, 'console errors').toEqual([]);
      expect(offMachine, 'requests off the machine').toEqual([]);
    },
  };
}
