"""The benchmark's sections, in the order they appear in RESULTS.md.

A section is a module in this folder with ``run(only=None) -> str`` (Markdown).
Add a topic's extra measurements (multi-seed runs, reference models) as a new module and
list it here.
"""
from __future__ import annotations

import importlib
from pathlib import Path

# Sections that exist (a topic adds its module here when it has extra measurements).
ORDER = [name for name in ["notebooks", "basics", "recurrent", "gated", "generative", "applications", "browser"]
         if (Path(__file__).parent / f"{name}.py").exists()]


def run(name: str, only=None) -> str:
    if name not in ORDER:
        raise SystemExit(f"unknown section {name!r}; choose from {ORDER}")
    module = importlib.import_module(f"benchmarks.{name}")
    return module.run(only=only)
