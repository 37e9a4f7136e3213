"""Write the homework version of each notebook (``make student``).

Exercise cells carry nbgrader's markers.  Everything between ``### BEGIN SOLUTION`` and
``### END SOLUTION`` is replaced by a line that raises NotImplementedError with a Kazakh
hint; outputs are cleared.  The result goes to a separate folder that is not committed.

    python scripts/make_student.py notebooks student
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat

BEGIN = re.compile(r"^(?P<indent>\s*)### BEGIN SOLUTION\s*$")
END = re.compile(r"^\s*### END SOLUTION\s*$")
STUB = '{indent}raise NotImplementedError("Бұл тапсырманы өзіңіз орындаңыз: шешіміңізді осы жерге жазыңыз.")'


def strip_solutions(source: str) -> str:
    """Replace every solution block in one cell's source by the stub."""
    out, inside = [], False
    for line in source.splitlines():
        match = BEGIN.match(line)
        if match and not inside:
            inside = True
            out.append(STUB.format(indent=match["indent"]))
        elif END.match(line) and inside:
            inside = False
        elif not inside:
            out.append(line)
    if inside:
        raise ValueError("### BEGIN SOLUTION without ### END SOLUTION")
    return "\n".join(out)


def make_student(notebook):
    for cell in notebook.cells:
        if cell.cell_type == "code":
            if "### BEGIN SOLUTION" in cell.source:
                cell.source = strip_solutions(cell.source)
            cell.outputs = []
            cell.execution_count = None
    notebook.metadata.pop("widgets", None)
    return notebook


def main(source_dir: str, target_dir: str) -> None:
    target = Path(target_dir)
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(Path(source_dir).glob("*.ipynb")):
        notebook = make_student(nbformat.read(path, as_version=4))
        nbformat.write(notebook, target / path.name)
        print(f"{path} -> {target / path.name}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
