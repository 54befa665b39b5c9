// Monaco's generic editor worker (diffs, word ranges, link detection). No language service runs here:
// the TypeScript worker (~1.4 MiB gzip) is deliberately not used; syntax errors come from sucrase.
import 'monaco-editor/editor/editor.worker';
