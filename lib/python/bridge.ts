/**
 * The one door between JavaScript and the Python runner: installs lib/python/hp_*.py into a Pyodide
 * instance (once per instance and version) and calls `dispatch(command, json) -> json` on it. Only
 * strings and numbers cross, so no Python object is ever owned by JavaScript (nothing to destroy, nothing
 * leaks); inputs stay in Python behind integer handles. Nothing here imports pyodide: callers pass
 * anything shaped like PyodideLike (the real Pyodide in the worker and in tests).
 */
import { PYTHON_MODULES } from './generated/python-sources';
import type { PythonErrorInfo } from './errors';

/** The subset of the Pyodide API the runner uses. */
export interface PyodideLike {
  runPython(code: string): unknown;
}

export type PyReply<T> = ({ ok: true } & T) | { ok: false; error: PythonErrorInfo };

export interface PythonBridge {
  call<T extends object>(command: string, args?: Record<string, unknown>): PyReply<T>;
}

type Dispatch = ((command: string, payload: string) => unknown) & { destroy?: () => void };

function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

/** Changes whenever a .py file changes, so a long-lived interpreter picks up a new runner. */
export const RUNNER_VERSION = fnv(PYTHON_MODULES.map((m) => m.source).join('\0'));

/** Python that installs the modules (inside a function: nothing is left in Pyodide's globals). */
export function installScript(): string {
  const mods = PYTHON_MODULES.map((m) => `(${JSON.stringify(m.name)}, ${JSON.stringify(m.source)})`);
  return `def _hotpath_install():
    import sys, types
    runner = sys.modules.get("_hotpath_runner")
    if getattr(runner, "HOTPATH_VERSION", None) != ${JSON.stringify(RUNNER_VERSION)}:
        for name, source in [${mods.join(', ')}]:
            module = types.ModuleType(name)
            sys.modules[name] = module
            exec(compile(source, "<hotpath " + name + ">", "exec"), module.__dict__)
        runner = sys.modules["_hotpath_runner"]
        runner.HOTPATH_VERSION = ${JSON.stringify(RUNNER_VERSION)}
    return runner.dispatch
globals().pop("_hotpath_install")()`;
}

const bridges = new WeakMap<object, PythonBridge>();

/** The bridge for one interpreter (installed on first use). */
export function pythonBridge(py: PyodideLike): PythonBridge {
  const known = bridges.get(py);
  if (known) return known;
  const dispatch = py.runPython(installScript()) as Dispatch;
  if (typeof dispatch !== 'function') throw new Error('The Python runner did not install.');
  const bridge: PythonBridge = {
    call<T extends object>(command: string, args: Record<string, unknown> = {}): PyReply<T> {
      let text: unknown;
      try {
        text = dispatch(command, JSON.stringify(args));
      } catch (e) {
        // dispatch catches every Python exception, so this is Pyodide itself failing.
        const message = e instanceof Error ? e.message : String(e);
        return {
          ok: false,
          error: { name: 'PyodideError', message: message.slice(0, 1000), traceback: '', fatal: true },
        };
      }
      return JSON.parse(String(text)) as PyReply<T>;
    },
  };
  bridges.set(py, bridge);
  return bridge;
}
