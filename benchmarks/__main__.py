"""Command line: python -m benchmarks [SECTION ...] [--only NOTEBOOK_PREFIX ...]."""
from __future__ import annotations

import argparse
import datetime
import os
import platform
from pathlib import Path

import torch

from . import sections

HERE = Path(__file__).parent
RESULTS = HERE / "results"


def header() -> str:
    return "\n".join([
        "# Benchmark results",
        "",
        f"Written by `python -m benchmarks` ({datetime.date.today().isoformat()}). "
        f"Machine: {os.cpu_count()} CPU cores, {platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()}, torch {torch.__version__}, "
        f"{torch.get_num_threads()} torch threads, no GPU used.",
        "Budgets (design.md): each notebook ≤ 60 s and ≤ 1.5 GB; explorer p95 ≤ 0.1 s; "
        "playground ≥ 10 redraws/s.",
        "",
    ])


def assemble() -> None:
    parts = [header()]
    for name in sections.ORDER:
        path = RESULTS / f"{name}.md"
        if path.exists():
            parts.append(path.read_text(encoding="utf-8"))
    (HERE / "RESULTS.md").write_text("\n".join(parts), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sections", nargs="*", default=sections.ORDER, help="sections to run")
    parser.add_argument("--only", nargs="*", default=None, help="notebook name prefixes (notebooks section)")
    args = parser.parse_args()
    RESULTS.mkdir(exist_ok=True)
    for name in args.sections:
        print(f"== {name}", flush=True)
        text = sections.run(name, only=args.only)
        (RESULTS / f"{name}.md").write_text(text, encoding="utf-8")
        print(text, flush=True)
    assemble()
    print(f"-> {HERE / 'RESULTS.md'}")


if __name__ == "__main__":
    main()
