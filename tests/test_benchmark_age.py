"""Benchmarks that know their age: each results section names the commit it measured, and
that commit is not older than the last change to the code, data or weights it measures."""
import ast
import importlib
import importlib.util
import inspect
import pkgutil
import subprocess
from pathlib import Path

import pytest

from benchmarks import age, sections
from benchmarks.__main__ import assembled

RESULTS = age.ROOT / "benchmarks" / "results"


def _need_git_checkout():
    if not (age.ROOT / ".git").exists():
        pytest.skip("not a git checkout (no .git): the commit a benchmark measured cannot be checked here")


@pytest.mark.parametrize("name", sections.ORDER)
def test_section_is_not_older_than_what_it_measures(name):
    _need_git_checkout()     # with .git present, any git failure below fails the test
    path = RESULTS / f"{name}.md"
    text = path.read_text(encoding="utf-8") if path.exists() else None
    message = age.problem(name, text, sections.PATHS[name])
    if message:
        pytest.fail(message, pytrace=False)


@pytest.mark.parametrize("name", sections.ORDER)
def test_every_measured_path_exists(name):
    _need_git_checkout()
    missing = [p for p in sections.PATHS[name] if not age.git("ls-files", "--", p)]
    assert not missing, f"sections.PATHS[{name!r}] names paths no tracked file matches: {missing}"


def _defining_module(module: str, name: str) -> str:
    """The module that defines ``name``, imported from ``module`` (perhaps a re-exporting package)."""
    owner = importlib.import_module(module)
    if hasattr(owner, "__path__") and importlib.util.find_spec(f"{module}.{name}") is not None:
        return f"{module}.{name}"                                  # a submodule, imported by name
    target = getattr(owner, name, None)
    if inspect.ismodule(target):
        return target.__name__
    for sub in pkgutil.iter_modules(getattr(owner, "__path__", [])):   # a subpackage: who lists it
        submodule = importlib.import_module(f"{module}.{sub.name}")
        if name in getattr(submodule, "__all__", ()):
            return submodule.__name__
    defined_in = getattr(target, "__module__", None)
    return defined_in if isinstance(defined_in, str) and defined_in.startswith("deeplearn_helpers") else module


def _package_modules_used(path: Path) -> set[str]:
    """Files of deeplearn_helpers that ``path`` imports, directly or through the modules it
    imports (a name imported from a subpackage counts as the module that defines it, so a
    subpackage's re-exports do not pull in all its modules)."""
    def imports(file: Path, package: str) -> set[str]:
        found = set()
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = package.split(".")[:len(package.split(".")) - max(node.level - 1, 0)] if node.level else []
                module = ".".join(base + ([node.module] if node.module else []))
                if not module.startswith("deeplearn_helpers"):
                    continue
                found |= {_defining_module(module, alias.name) for alias in node.names}
        return found

    seen, todo = set(), list(imports(path, "benchmarks"))
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        file = Path(importlib.import_module(module).__file__)
        todo += imports(file, module if file.name == "__init__.py" else module.rpartition(".")[0])
    return {Path(importlib.import_module(m).__file__).relative_to(age.ROOT).as_posix() for m in seen}


@pytest.mark.parametrize("name", sections.ORDER)
def test_paths_cover_the_package_modules_a_section_imports(name):
    declared = sections.PATHS[name] + sections.TEXT_ONLY
    used = _package_modules_used(age.ROOT / "benchmarks" / f"{name}.py")
    missing = sorted(f for f in used if not any(f == p or (p.endswith("/") and f.startswith(p)) for p in declared))
    assert not missing, f"benchmarks/sections.py: PATHS[{name!r}] misses modules the section imports: {missing}"


def test_results_md_is_assembled_from_the_section_files():
    text = (age.ROOT / "benchmarks" / "RESULTS.md").read_text(encoding="utf-8")
    assert text == assembled(), ("benchmarks/RESULTS.md differs from the section files: "
                                 "run `python -m benchmarks --assemble` and commit it")


def test_every_section_declares_its_paths():
    assert set(sections.ORDER) <= set(sections.PATHS), set(sections.ORDER) - set(sections.PATHS)
    for name in sections.ORDER:
        assert f"benchmarks/{name}.py" in sections.PATHS[name]
        assert not any(p.startswith("benchmarks/results") or p.endswith("RESULTS.md") for p in sections.PATHS[name])


# --- the check itself, on a tiny repository made for the test -----------------------------

def _git(repo, *args):
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def _commit(repo, message):
    _git(repo, "add", "-A")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", message)


@pytest.fixture
def repo(tmp_path):
    _git(tmp_path, "init", "-q")
    (tmp_path / "code.py").write_text("x = 1\n")
    (tmp_path / "other.py").write_text("y = 1\n")
    _commit(tmp_path, "first")
    return tmp_path


def _stamp(repo, dirty=False):
    return age.stamped("## Toy\n\n| a |\n", [age.Stamp(age.head(repo), "2026-01-01", dirty, "test machine")])


def test_a_fresh_stamp_is_current_and_survives_unrelated_changes(repo):
    text = _stamp(repo)
    assert age.problem("toy", text, ["code.py"], repo) is None
    (repo / "other.py").write_text("y = 2\n")
    _commit(repo, "change a file the section does not measure")
    assert age.problem("toy", text, ["code.py"], repo) is None


def test_a_change_to_measured_code_makes_the_section_stale(repo):
    text = _stamp(repo)
    (repo / "code.py").write_text("x = 2\n")
    _commit(repo, "change measured code")
    message = age.problem("toy", text, ["code.py"], repo)
    assert message is not None and "section toy is stale" in message
    assert "code.py" in message and "python -m benchmarks toy" in message


def test_missing_stamp_dirty_stamp_and_unknown_commit_fail(repo):
    assert "no stamp" in age.problem("toy", "## Toy\n", ["code.py"], repo)
    assert "missing" in age.problem("toy", None, ["code.py"], repo)
    assert "uncommitted" in age.problem("toy", _stamp(repo, dirty=True), ["code.py"], repo)
    forged = age.stamped("## Toy\n", [age.Stamp("0123456789", "2026-01-01", False)])
    assert "not in this repository" in age.problem("toy", forged, ["code.py"], repo)


def test_stamp_round_trip_and_dirty_files(repo):
    stamps = [age.Stamp("abc", "2026-01-01", False, "m", ["01"]), age.Stamp("def", "2026-01-02", True, "m")]
    text = age.stamped("## Toy\n\nbody\n", stamps)
    assert age.read_stamps(text) == stamps
    assert age.body(text).strip() == "## Toy\n\nbody"
    assert age.read_stamps(age.stamped(text, stamps[:1])) == stamps[:1]      # re-stamping replaces
    assert age.dirty_files(["code.py"], repo) == []
    (repo / "code.py").write_text("x = 3\n")
    assert age.dirty_files(["code.py"], repo) == ["code.py"]
    assert age.dirty_files(["other.py"], repo) == []
