"""Which room of ``deeplearn_helpers`` imports which: the package's import graph, read with ``ast``.

A room is a subpackage (``data``, ``models``, ``experiments``, ``plots``, ``widgets``, ``i18n``)
or a top-level module (``train``, ``core``, ``validate``, ...).  Every import of a package
module is counted, at the top of a file or inside a function (``function-level``).

    python scripts/import_graph.py          # a Markdown table: room → the rooms it imports
"""
from __future__ import annotations

import ast
import pathlib
import sys
from collections import defaultdict

PACKAGE = pathlib.Path(__file__).resolve().parent.parent / "deeplearn_helpers"


def module_name(path: pathlib.Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def room(module: str) -> str:
    """``deeplearn_helpers.models.gan`` → ``models``; ``deeplearn_helpers.train`` → ``train``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def package_imports(path: pathlib.Path):
    """(imported module, line, function-level?) for every import of a package module in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = module_name(path)
    base = here.split(".") if path.name == "__init__.py" else here.split(".")[:-1]
    top_level = {id(node) for node in tree.body}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                prefix = base[:len(base) - node.level + 1]
                target = ".".join(prefix + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            targets = [target]
            if not node.module:      # "from .. import checks": each name is a module
                targets = [f"{target}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            continue
        for target in targets:
            if target.split(".")[0] == "deeplearn_helpers":
                yield target, node.lineno, id(node) not in top_level


def graph():
    """{room: {imported room: number of imports}}, and the function-level imports."""
    edges: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    late = []
    for path in sorted(PACKAGE.rglob("*.py")):
        source = room(module_name(path))
        for target, line, function_level in package_imports(path):
            target_room = room(target)
            if target_room != source:
                edges[source][target_room] += 1
            if function_level:
                late.append(f"{path.relative_to(PACKAGE.parent)}:{line} → {target}")
    return edges, late


def markdown() -> str:
    edges, late = graph()
    lines = ["| room | imports (number of import statements) |", "|---|---|"]
    for source in sorted(edges):
        targets = ", ".join(f"{t} ({n})" for t, n in sorted(edges[source].items()))
        lines.append(f"| `{source}` | {targets} |")
    lines.append("")
    lines.append(f"Function-level imports of package modules: {len(late)}")
    lines += [f"- `{item}`" for item in late]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(markdown() + "\n")
