"""The library modules a run's code imports, loaded before any of its lines as part of loading Python
(lib/python/library-imports.ts). Loaded as module _hotpath_imports."""

import ast
import importlib
import sys


def _library(name):
    top = name.split(".")[0]
    return top in sys.stdlib_module_names or top in ("pyodide", "js")


def imports(sources):
    """Modules of Python's standard library (or Pyodide's own) that the sources import and that are not
    loaded yet. Importing them is part of loading Python (seconds for a module like urllib.request on a
    fresh, busy interpreter), not the learner's code: the worker imports them first, one at a time, under
    the load allowance. Only library modules: the learner's own code never runs before it is loaded."""
    names = []
    for source in sources:
        try:
            tree = ast.parse(source)
        except (SyntaxError, ValueError):
            continue  # loading the code reports it at its line
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names += [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.append(node.module)
                # `from package import name` may name a submodule: unknown until the package is loaded.
                parent = sys.modules.get(node.module)
                names += [node.module + "." + a.name for a in node.names if a.name != "*" and not hasattr(parent, a.name)]
    wanted = [n for n in dict.fromkeys(names) if _library(n) and n not in sys.modules]
    return {"modules": wanted}


def import_module(name):
    """Imports one library module; a failure is left for the learner's own import to report."""
    if _library(name) and name not in sys.modules:
        try:
            importlib.import_module(name)
        except Exception:
            pass
    return {}
