"""A full classroom on one server: 1, 2, 4, 8 … students run a notebook at the same moment.

Each student is a separate process with its own kernel (nbclient), all started together,
as when a whole class presses "Run all" after the lecturer says so.  For each class size
the script reports every kernel's wall time and peak resident memory, and fails if any
cell raised an error.  The table and what it implies (students per core and per GB, a
worked example for a 16-core, 64 GB server) are written into docs/classroom.md between
its markers, so the figures in the document are the ones this script measured.

    nice -n 5 .venv/bin/python scripts/classroom_load.py                 # 1 2 4 8, notebook 04
    .venv/bin/python scripts/classroom_load.py --kernels 1 2 --notebook 03 --no-write   # a trial
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "classroom.md"
BEGIN, END = "<!-- classroom:begin -->", "<!-- classroom:end -->"
SERVER_CORES, SERVER_GB, RESERVE_GB = 16, 64, 4   # the worked example
SLOWDOWN = 2.0   # a class accepts "Run all" taking at most twice as long as alone

# The last cell of every student's run: the kernel's own peak memory and CPU time.
PROBE = """\
import json, resource
_usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"peak_kb": _usage.ru_maxrss, "cpu_s": _usage.ru_utime + _usage.ru_stime}))
"""


def one_student(path: Path) -> dict:
    """Execute the notebook in a fresh kernel; wall time, peak memory, CPU time, errors."""
    notebook = nbformat.read(path, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell(PROBE))
    start = time.perf_counter()
    client = NotebookClient(notebook, timeout=1800, kernel_name="python3", allow_errors=True,
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    wall = time.perf_counter() - start
    errors = [f"{o.ename}: {o.evalue}" for cell in notebook.cells if cell.cell_type == "code"
              for o in cell.get("outputs", []) if o.get("output_type") == "error"]
    probe = json.loads("".join(o.get("text", "") for o in notebook.cells[-1].outputs
                               if o.get("name") == "stdout") or "{}")
    return {"wall_s": wall, "peak_mb": probe.get("peak_kb", 0) / 1024,
            "cpu_s": probe.get("cpu_s", float("nan")), "errors": errors}


def class_of(n: int, path: Path) -> dict:
    """n students at once, each in its own process (and so its own kernel)."""
    command = [sys.executable, __file__, "--one", str(path)]
    start = time.perf_counter()
    students = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(n)]
    results = [json.loads(p.communicate()[0].strip().splitlines()[-1]) for p in students]
    return {"kernels": n, "makespan_s": time.perf_counter() - start, "students": results}


def machine() -> dict:
    memory_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"cores": os.cpu_count(), "memory_gb": round(memory_gb, 1),
            "python": platform.python_version(), "load_before": os.getloadavg()[0]}


def table(runs: list[dict], cores: int) -> list[str]:
    alone = statistics.median(s["wall_s"] for s in runs[0]["students"])
    lines = ["| kernels at once | per core | wall per kernel, s (min – median – max) | × alone | "
             "all done, s | peak memory per kernel, MB (max) | CPU per kernel, s (median) | errors |",
             "|---:|---:|---|---:|---:|---:|---:|---:|"]
    for run in runs:
        walls = [s["wall_s"] for s in run["students"]]
        peaks = [s["peak_mb"] for s in run["students"]]
        cpus = [s["cpu_s"] for s in run["students"]]
        errors = sum(len(s["errors"]) for s in run["students"])
        lines.append(f"| {run['kernels']} | {run['kernels'] / cores:.1f} | {min(walls):.1f} – "
                     f"{statistics.median(walls):.1f} – {max(walls):.1f} | "
                     f"{statistics.median(walls) / alone:.1f} | {run['makespan_s']:.1f} | {max(peaks):.0f} | "
                     f"{statistics.median(cpus):.1f} | {errors} |")
    return lines


def implications(runs: list[dict], cores: int) -> list[str]:
    """Students per core and per GB from the measurements, and the worked example."""
    alone = runs[0]["students"][0]
    cpu_s = statistics.median(s["cpu_s"] for run in runs for s in run["students"])
    peak_mb = max(s["peak_mb"] for run in runs for s in run["students"])
    per_core = SLOWDOWN * alone["wall_s"] / cpu_s   # kernels one core finishes within SLOWDOWN × alone
    per_gb = 1024 / peak_mb
    by_cpu = int(per_core * SERVER_CORES)
    by_memory = int((SERVER_GB - RESERVE_GB) * per_gb)
    return [
        f"* One kernel alone: {alone['wall_s']:.1f} s wall, {cpu_s:.1f} CPU-seconds (median over "
        f"every run), at most {peak_mb:.0f} MB resident.",
        f"* Students per core: about {per_core:.1f} if all press «Run all» together and accept "
        f"{SLOWDOWN:.0f}× the time it takes alone ({SLOWDOWN:.0f} × {alone['wall_s']:.1f} s wall "
        f"÷ {cpu_s:.1f} CPU-s).",
        f"* Students per GB: about {per_gb:.1f} (1024 MB ÷ {peak_mb:.0f} MB peak per kernel).",
        f"* Worked example, a {SERVER_CORES}-core, {SERVER_GB} GB server: CPU allows about "
        f"{by_cpu} students running at once ({per_core:.1f} × {SERVER_CORES}); memory allows "
        f"about {by_memory} kernels ({SERVER_GB} GB less {RESERVE_GB} GB for the system, "
        f"× {per_gb:.1f}); the smaller, {min(by_cpu, by_memory)}, estimates the class that "
        f"server takes with everyone running the notebook at the same moment (an estimate "
        f"from the figures above, not measured on such a server).",
    ]


def write_doc(lines: list[str]) -> None:
    text = DOC.read_text(encoding="utf-8")
    head, rest = text.split(BEGIN)
    _, tail = rest.split(END)
    DOC.write_text(head + BEGIN + "\n" + "\n".join(lines) + "\n" + END + tail, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernels", type=int, nargs="+", default=[1, 2, 4, 8])
    parser.add_argument("--notebook", default="04", help="number or name prefix (default 04)")
    parser.add_argument("--no-write", action="store_true", help="print, do not touch docs/")
    parser.add_argument("--one", help=argparse.SUPPRESS)   # internal: one student
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_student(Path(args.one))))
        return
    path = next((ROOT / "notebooks").glob(f"{args.notebook}*.ipynb"))
    info = machine()
    runs = []
    for n in args.kernels:
        print(f"{n} kernel(s) at once on {path.name} …", flush=True)
        runs.append(class_of(n, path))
        print("   walls:", [round(s["wall_s"], 1) for s in runs[-1]["students"]], flush=True)
    lines = [f"Measured by `scripts/classroom_load.py --kernels {' '.join(map(str, args.kernels))} "
             f"--notebook {args.notebook}` on {time.strftime('%Y-%m-%d')}: {path.name}, "
             f"{info['cores']} cores, {info['memory_gb']} GB, Python {info['python']}, "
             f"load average before the run {info['load_before']:.1f}.", "", *table(runs, info["cores"]), "",
             *implications(runs, info["cores"])]
    print("\n".join(lines))
    failed = [e for run in runs for s in run["students"] for e in s["errors"]]
    if not args.no_write:
        write_doc(lines)
    if failed:
        sys.exit(f"{len(failed)} error(s) in the students' kernels, e.g. {failed[0]}")


if __name__ == "__main__":
    main()
