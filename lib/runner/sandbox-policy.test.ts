import { describe, expect, it } from 'vitest';
import { RELAY_SCRIPT_SHA256 } from './sandbox-html';
import { appOrigin, sandboxCsp, sandboxHeaders } from './sandbox-policy';

describe('the sandbox learns the app origin', () => {
  it('from the Host header, http unless the proxy says https', () => {
    expect(appOrigin({ host: '127.0.0.1:3201' })).toBe('http://127.0.0.1:3201');
    expect(appOrigin({ host: 'Hotpath.Example.org' })).toBe('http://hotpath.example.org');
    expect(appOrigin({ host: 'hotpath.example.org', forwardedProto: 'https' })).toBe(
      'https://hotpath.example.org',
    );
    expect(appOrigin({ host: 'localhost:3000', forwardedProto: 'http' })).toBe('http://localhost:3000');
  });

  it('from HOTPATH_ORIGIN when pinned, whatever the Host says', () => {
    expect(appOrigin({ pinned: 'https://hotpath.example.org', host: 'evil.example' })).toBe(
      'https://hotpath.example.org',
    );
    expect(appOrigin({ pinned: 'https://hotpath.example.org:8443', host: null })).toBe(
      'https://hotpath.example.org:8443',
    );
    // A pinned value that is not a bare origin is refused, not trimmed into one.
    for (const bad of ['https://a.example/path', 'ftp://a.example', 'https://*.example', 'a.example']) {
      expect(appOrigin({ pinned: bad, host: 'a.example' }), bad).toBeNull();
    }
  });

  it('never from a Host that could widen the policy', () => {
    const hostile = [
      "a.example; script-src 'unsafe-inline' *",
      'a.example connect-src *',
      '*',
      '*.example',
      'a.example/pyodide/',
      '[::1]:3000',
      'a.example:80:80',
      'user@a.example',
      '',
      null,
      undefined,
    ];
    for (const host of hostile) expect(appOrigin({ host }), String(host)).toBeNull();
  });
});

describe('the sandbox CSP', () => {
  it('allows the relay, eval, wasm, blob workers and the app’s Pyodide folder only', () => {
    expect(sandboxCsp('http://127.0.0.1:3201')).toBe(
      [
        "default-src 'none'",
        `script-src 'sha256-${RELAY_SCRIPT_SHA256}' 'unsafe-eval' 'wasm-unsafe-eval' blob: http://127.0.0.1:3201/pyodide/`,
        'connect-src http://127.0.0.1:3201/pyodide/',
        'worker-src blob:',
      ].join('; '),
    );
  });

  it('with no known origin, fetches nothing at all', () => {
    const csp = sandboxCsp(null);
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/https?:/);
  });

  it("never names 'self' and sends isolation headers with it", () => {
    for (const origin of [null, 'https://a.example']) expect(sandboxCsp(origin)).not.toContain("'self'");
    const h = sandboxHeaders('x');
    expect(h).toMatchObject({
      'Content-Security-Policy': 'x',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cache-Control': 'no-store',
    });
  });
});
