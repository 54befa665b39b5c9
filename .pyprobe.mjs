import { loadPyodide } from 'pyodide';
const py = await loadPyodide();
const code = process.argv[2];
console.log(py.runPython(code));
