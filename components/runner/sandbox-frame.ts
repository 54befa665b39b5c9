/**
 * The pieces of the runner host that touch the document and the network: the hidden sandboxed iframe,
 * the measuring runtime's text (fetched once per page, handed to the sandbox, which fetches nothing
 * itself), and unguessable run ids.
 */
import { SANDBOX_IFRAME_ATTRIBUTES } from '@/lib/runner/sandbox-html';

export const RUNTIME_URL = '/runtime/measure-worker.js';

/** Appends the hidden runner frame (`/sandbox`, opaque origin); `loaded` settles when its relay is up. */
export function appendSandboxFrame(doc: Document): { frame: HTMLIFrameElement; loaded: Promise<void> } {
  const frame = doc.createElement('iframe');
  frame.setAttribute('sandbox', SANDBOX_IFRAME_ATTRIBUTES.sandbox);
  frame.setAttribute('allow', SANDBOX_IFRAME_ATTRIBUTES.allow);
  frame.setAttribute('title', SANDBOX_IFRAME_ATTRIBUTES.title);
  frame.setAttribute('aria-hidden', 'true');
  frame.setAttribute('tabindex', '-1');
  frame.setAttribute('data-hotpath-runner', '');
  frame.style.cssText = 'position:absolute;width:0;height:0;border:0;visibility:hidden';
  const loaded = new Promise<void>((resolve) =>
    frame.addEventListener('load', () => resolve(), { once: true }),
  );
  frame.src = SANDBOX_IFRAME_ATTRIBUTES.src;
  doc.body.appendChild(frame);
  return { frame, loaded };
}

let runtime: Promise<string> | null = null;

/** The measuring worker's script as text, fetched once per page (again after a failure). */
export function loadRuntimeText(): Promise<string> {
  if (!runtime) {
    runtime = fetch(RUNTIME_URL).then((r) => {
      if (!r.ok) throw new Error(`The measuring runtime could not be loaded (${r.status} ${RUNTIME_URL}).`);
      return r.text();
    });
    runtime.catch(() => (runtime = null));
  }
  return runtime;
}

/** Random 31-bit ids: learner code cannot guess the current run's id to forge its messages. */
export function freshRunId(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return (a[0] ?? 1) & 0x7fffffff || 1;
}
