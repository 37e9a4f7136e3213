"""The homework versions: only exercises and their checks fail, each with a clear message."""
import re
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from make_student import make_student, strip_solutions  # noqa: E402

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9]*.ipynb"))
KAZAKH = re.compile("[әғқңөұүһі]")


def test_solution_blocks_become_a_stub_with_the_same_indent():
    source = "def f(x):\n    # Кеңес: tanh\n    ### BEGIN SOLUTION\n    y = x\n    return y\n    ### END SOLUTION\n"
    stripped = strip_solutions(source)
    assert "return y" not in stripped and "# Кеңес: tanh" in stripped
    assert "\n    raise NotImplementedError(" in stripped
    with pytest.raises(ValueError):
        strip_solutions("### BEGIN SOLUTION\nx = 1\n")


def _tags(cell):
    return set(cell.get("metadata", {}).get("tags", []))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_student_version_fails_only_in_exercises(path):
    notebook = make_student(nbformat.read(path, as_version=4))
    exercise = {i for i, c in enumerate(notebook.cells) if _tags(c) & {"exercise", "exercise-check"}}
    checks = {i for i, c in enumerate(notebook.cells) if "exercise-check" in _tags(c)}
    assert len(checks) >= 3, "each notebook has at least three exercises with checks"
    NotebookClient(notebook, timeout=600, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    errors = {}
    for i, cell in enumerate(notebook.cells):
        for output in cell.get("outputs", []):
            if output.output_type == "error":
                errors[i] = output
    outside = sorted(set(errors) - exercise)
    assert not outside, f"cells {outside} fail outside the exercises: " + \
        "; ".join(f"{errors[i].ename}: {errors[i].evalue}" for i in outside)
    silent = sorted(checks - set(errors))
    assert not silent, f"check cells {silent} did not notice the missing solution"
    for i, error in errors.items():
        assert error.ename in {"NotImplementedError", "ExerciseFailed"}, (i, error.ename, error.evalue)
        assert KAZAKH.search(error.evalue), (i, error.evalue)
