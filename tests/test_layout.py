"""The package's rooms (CONTRIBUTING.md, "The package"): each imports only what its row allows.

data → models → train → experiments → plots → widgets, on a ground floor of core, validate,
i18n, errors (and storage, metrics, checks).  The imports are read with ``ast`` by
``scripts/import_graph.py`` (the same reader that draws the graph for the docs).
"""
import importlib.util
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("import_graph", ROOT / "scripts" / "import_graph.py")
import_graph = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(import_graph)

GROUND = {"errors", "i18n", "validate", "core"}
ALLOWED = {
    "errors": set(),
    "i18n": {"errors"},
    "validate": {"errors", "i18n"},
    "core": GROUND,
    "storage": GROUND,
    "metrics": GROUND,
    "checks": GROUND,
    "train": GROUND,
    "data": GROUND,
    "models": GROUND | {"storage"},
    "experiments": GROUND | {"storage", "metrics", "checks", "data", "models", "train"},
    "plots": GROUND | {"storage", "metrics", "checks", "data", "models", "train", "experiments"},
    "widgets": GROUND | {"storage", "metrics", "checks", "data", "models", "train", "experiments", "plots"},
}
MODULES = sorted(import_graph.PACKAGE.rglob("*.py"))


def _room_of(path):
    return import_graph.room(import_graph.module_name(path))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_import_is_allowed_by_the_room_table(path):
    room = _room_of(path)
    if room == "__init__":                        # the package's front door re-exports a few names
        return
    bad = [f"{target} (line {line})" for target, line, _ in import_graph.package_imports(path)
           if import_graph.room(target) not in ALLOWED[room] | {room}]
    assert not bad, f"{room} may import only {sorted(ALLOWED[room])}; got {bad}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_function_level_import_of_a_package_module(path):
    late = [f"{target} (line {line})" for target, line, inside in import_graph.package_imports(path) if inside]
    assert not late


def test_every_room_is_in_the_table():
    assert {_room_of(p) for p in MODULES} - {"__init__"} <= set(ALLOWED)


def test_the_reader_sees_what_the_test_forbids(tmp_path, monkeypatch):
    """The checks above can fail: a data module that imports train inside a function is caught twice."""
    package = tmp_path / "deeplearn_helpers"
    (package / "data").mkdir(parents=True)
    bad = package / "data" / "bad.py"
    bad.write_text("def f():\n    from ..train import fit\n    return fit\n")
    monkeypatch.setattr(import_graph, "PACKAGE", package)
    [(target, line, inside)] = list(import_graph.package_imports(bad))
    assert (target, line, inside) == ("deeplearn_helpers.train", 2, True)
    assert import_graph.room(target) not in ALLOWED[_room_of(bad)]
