"""Execute notebooks top to bottom and store their outputs in place (``make execute``).

Runs each notebook in a fresh kernel from its own folder, as nbval does, and leaves out
per-cell timestamps so that executing twice gives the same file.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient


def execute(path: Path, timeout: int = 600) -> float:
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(notebook, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}},
                            record_timing=False)
    start = time.perf_counter()
    client.execute()
    seconds = time.perf_counter() - start
    nbformat.write(notebook, path)
    return seconds


def main(paths: list[str]) -> None:
    for name in paths:
        path = Path(name)
        print(f"{path}: ", end="", flush=True)
        print(f"{execute(path):.1f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
