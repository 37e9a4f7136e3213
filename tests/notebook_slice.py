"""The cells a notebook's explorers need, so that the browser test need not run every cell.

nbval executes every cell of every notebook in the same test run and compares its outputs.
What only a browser can show (a widget renders, a moved control reaches the kernel, the
picture changes) needs the explorers, and each explorer needs only what it is built from.
``explorer_slice`` keeps:

* the first code cell (it finds the package, sets the style and the language);
* every cell whose stored outputs hold a widget (the explorers and the quizzes);
* going backwards from those, the last cell before a use that defines a name the kept cells
  read (an assignment, an import, a ``def``/``class``, a ``for``/``with`` target), and
  what that cell reads in turn;
* a cell that passes a needed object to a call standing alone on a line (``fit(model, …)``,
  ``model.load_state_dict(…)``): it may change that object in place.  (Imported names,
  modules and functions, are not objects a call changes: ``plt.show()`` keeps no cell.)

Names are read with ``ast``; a line starting with ``%`` or ``!`` (an IPython magic) is
skipped.  A name that no earlier cell defines stays unresolved; the browser test then fails
with the kernel's NameError, so a slice that misses something cannot pass silently.
"""
from __future__ import annotations

import ast
import builtins
import copy

WIDGET = "application/vnd.jupyter.widget-view+json"
BUILTINS = set(dir(builtins))


def _tree(source: str) -> ast.Module:
    lines = [line for line in source.splitlines() if not line.lstrip().startswith(("%", "!"))]
    return ast.parse("\n".join(lines))


def imported_names(source: str) -> set[str]:
    """Names a cell binds by ``import``: modules and functions, which no call changes."""
    return {(alias.asname or alias.name).split(".")[0] for node in ast.walk(_tree(source))
            if isinstance(node, (ast.Import, ast.ImportFrom)) for alias in node.names}


def _names(node: ast.AST, stored: bool) -> set[str]:
    """Names stored (assigned, imported, defined) or loaded anywhere under ``node``."""
    found = set()
    for n in ast.walk(node):
        if isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del)) == stored:
            found.add(n.id)
        elif stored and isinstance(n, (ast.Import, ast.ImportFrom)):
            found |= {(alias.asname or alias.name).split(".")[0] for alias in n.names}
        elif stored and isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found.add(n.name)
    return found


def cell_names(source: str) -> tuple[set[str], set[str], set[str]]:
    """(defined, read, passed to a call standing alone) for one code cell.

    Read: a name the cell uses before binding it itself, statement by statement (in
    ``m = tune(m)`` the right side reads the earlier ``m``; a loop's or a comprehension's
    own variable is not read).  A function's parameters are its own."""
    tree = _tree(source)
    parameters = {arg.arg for node in ast.walk(tree) if isinstance(node, ast.arguments)
                  for arg in [*node.posonlyargs, *node.args, *node.kwonlyargs, node.vararg, node.kwarg] if arg}
    bound, read, passed = set(), set(), set()
    for statement in tree.body:
        if isinstance(statement, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            if statement.value is not None:
                read |= _names(statement.value, False) - _names(statement.value, True) - bound
            for target in targets:          # a[i] = … reads a and i; x += 1 reads x
                read |= _names(target, False) - bound
                if isinstance(statement, ast.AugAssign):
                    read |= _names(target, True) - bound
        else:
            read |= _names(statement, False) - _names(statement, True) - bound
        bound |= _names(statement, True)
        if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call):
            call = statement.value
            if isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name):
                passed.add(call.func.value.id)                              # model.load_state_dict(…)
            for argument in [*call.args, *(k.value for k in call.keywords)]:  # fit(model, …)
                passed |= _names(argument, False)
    return bound, read - BUILTINS - parameters, passed - BUILTINS - parameters


def has_widget(cell: dict) -> bool:
    return any(WIDGET in output.get("data", {}) for output in cell.get("outputs", []))


def explorer_slice(notebook: dict) -> list[int]:
    """Indices (into ``notebook["cells"]``) of the code cells the explorers and quizzes need, in order."""
    code = [i for i, cell in enumerate(notebook["cells"]) if cell["cell_type"] == "code"]
    names = {i: cell_names("".join(notebook["cells"][i]["source"])) for i in code}
    imported = set().union(*(imported_names("".join(notebook["cells"][i]["source"])) for i in code))
    targets = {i for i in code if has_widget(notebook["cells"][i])}
    if not targets:
        return []
    keep, needed = {code[0]}, set()
    for i in reversed([i for i in code if i <= max(targets)]):
        defined, read, passed = names[i]
        if i in targets or defined & needed:
            keep.add(i)
            needed = (needed - defined) | read
        elif (passed - imported) & needed:  # may change a needed object in place
            keep.add(i)
            needed |= read
    return sorted(keep)


def sliced_notebook(notebook: dict) -> dict:
    """A copy of ``notebook`` with the markdown and only the code cells ``explorer_slice`` keeps."""
    kept = set(explorer_slice(notebook))
    result = copy.deepcopy(notebook)
    result["cells"] = [cell for i, cell in enumerate(result["cells"])
                       if cell["cell_type"] != "code" or i in kept]
    return result
