"""A fresh laptop or Colab: the package installed from pyproject.toml alone is enough.

A new virtual environment (no system site-packages) gets ``pip install <repo>`` and
nothing else; in it, every module of ``deeplearn_helpers`` and every import that the
notebooks' code cells make must succeed, and the shipped data and weights must be there.
That fails when the package imports something pyproject.toml does not declare.

To stay affordable pip is pinned to the versions of this environment (a constraints file),
so it takes the wheels from its cache or the local wheel index instead of resolving and
downloading anew.  pip builds from a copy of what a clone holds (pyproject.toml, README.md,
the package): setuptools would otherwise reuse the repository's build/lib, where files
deleted from the package linger.
"""
from __future__ import annotations

import ast
import importlib.metadata
import json
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9]*.ipynb"))


def notebook_imports() -> set[str]:
    """Every module named by an import statement in the notebooks' code cells."""
    modules = set()
    for path in NOTEBOOKS:
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] != "code":
                continue
            lines = "".join(cell["source"]).splitlines()
            code = "\n".join(line for line in lines if not line.lstrip().startswith(("%", "!")))
            for node in ast.walk(ast.parse(code)):
                if isinstance(node, ast.Import):
                    modules.update(alias.name for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0:
                    modules.add(node.module)
    return modules


def this_environments_pins() -> str:
    pins = {}
    for dist in importlib.metadata.distributions():
        name = dist.metadata["Name"]
        if name and name.lower().replace("_", "-") != "deeplearn-helpers":
            pins[name.lower()] = f"{name}=={dist.version}"
    return "\n".join(sorted(pins.values())) + "\n"


CHECK = '''
import importlib, pkgutil, sys
from pathlib import Path
import deeplearn_helpers
home = Path(deeplearn_helpers.__file__).parent
assert sys.prefix in str(home), f"imported from {home}, not from the new environment"
for info in pkgutil.walk_packages(deeplearn_helpers.__path__, "deeplearn_helpers."):
    importlib.import_module(info.name)
for name in sys.argv[2:]:
    importlib.import_module(name)
shipped = sorted(p.name for p in (home / "data" / "files").iterdir())
assert shipped == sys.argv[1].split(","), shipped
print("ok", len(sys.argv) - 2)
'''


def test_package_alone_runs_every_import_of_the_notebooks(tmp_path):
    env = tmp_path / "venv"
    venv.create(env, with_pip=True, system_site_packages=False)
    python = env / "bin" / "python"
    (tmp_path / "pins.txt").write_text(this_environments_pins())
    clone = tmp_path / "clone"
    shutil.copytree(ROOT / "deeplearn_helpers", clone / "deeplearn_helpers",
                    ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, clone / name)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-compile",
                    "--constraint", str(tmp_path / "pins.txt"), str(clone)],
                   check=True, cwd=tmp_path, timeout=900)
    files = ",".join(sorted(p.name for p in (ROOT / "deeplearn_helpers" / "data" / "files").iterdir()
                            if p.name != "__pycache__"))
    result = subprocess.run([str(python), "-c", CHECK, files, *sorted(notebook_imports())],
                            cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.startswith("ok")


def test_the_notebooks_import_list_is_read():
    """The parser sees the notebooks' imports (an empty list would make the test above vacuous)."""
    modules = notebook_imports()
    assert {"torch", "deeplearn_helpers"} <= modules
    assert sys.version_info >= (3, 10)
