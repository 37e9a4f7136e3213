"""Execute notebooks top to bottom and store their outputs in place (``make execute``).

Runs each notebook in a fresh kernel from its own folder, as nbval does, and leaves out
per-cell timestamps so that executing twice gives the same file.  Stream outputs are stored
as Jupyter shows them: consecutive pieces of one stream merged, and a line that a carriage
return (``\r``) redrew kept only in its last state (``fit``'s progress bar redraws itself).
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient


# Everything on a line up to its last carriage return, when more text follows on that line.
OVERWRITTEN = re.compile(r"^.*\r(?=[^\n])", re.MULTILINE)


def coalesce_streams(notebook) -> None:
    """Merge consecutive outputs of the same stream and drop what a ``\r`` overwrote."""
    for cell in notebook.cells:
        merged = []
        for output in cell.get("outputs", []):
            previous = merged[-1] if merged else None
            if (output.output_type == "stream" and previous is not None
                    and previous.output_type == "stream" and previous.name == output.name):
                previous.text += output.text
            else:
                merged.append(output)
        for output in merged:
            if output.output_type == "stream":
                output.text = OVERWRITTEN.sub("", output.text).replace("\r\n", "\n")
        if "outputs" in cell:
            cell.outputs = merged


def execute(path: Path, timeout: int = 600) -> float:
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(notebook, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}},
                            record_timing=False)
    start = time.perf_counter()
    client.execute()
    seconds = time.perf_counter() - start
    coalesce_streams(notebook)
    nbformat.write(notebook, path)
    return seconds


def main(paths: list[str]) -> None:
    for name in paths:
        path = Path(name)
        print(f"{path}: ", end="", flush=True)
        print(f"{execute(path):.1f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
