"""Execute each notebook headless; measure wall time, peak memory, explorer latency.

After the notebook's own cells, one extra cell runs in the same kernel: it moves every
control of every explorer (``widgets.drive_explorers``) and reports the kernel's peak
resident memory.  Quality figures come from ``metrics.record`` calls in the notebook.
"""
from __future__ import annotations

import datetime
import json
import os
import statistics
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"

PROBE = """\
import json, resource
from deeplearn_helpers.widgets import drive_explorers
_report = drive_explorers()
print(json.dumps({"explorers": _report,
                  "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def p95(values):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def measure(path: Path) -> dict:
    notebook = nbformat.read(path, as_version=4)
    n_cells = len(notebook.cells)
    notebook.cells.append(nbformat.v4.new_code_cell(PROBE))
    with tempfile.TemporaryDirectory() as tmp:
        metrics_file = Path(tmp) / "metrics.jsonl"
        os.environ["DEEPLEARN_METRICS_FILE"] = str(metrics_file)
        try:
            client = NotebookClient(notebook, timeout=600, kernel_name="python3",
                                    resources={"metadata": {"path": str(path.parent)}},
                                    record_timing=True)
            client.execute()
        finally:
            os.environ.pop("DEEPLEARN_METRICS_FILE", None)
        figures = []
        if metrics_file.exists():
            figures = [json.loads(line) for line in metrics_file.read_text(encoding="utf-8").splitlines()]
    code_cells = [c for c in notebook.cells[:n_cells] if c.cell_type == "code"]
    wall = _seconds_between(code_cells[0], code_cells[-1])
    probe = json.loads("".join(o.get("text", "") for o in notebook.cells[-1].outputs
                               if o.get("name") == "stdout"))
    return {"wall": wall, "peak_mb": probe["peak_kb"] / 1024, "explorers": probe["explorers"],
            "figures": figures}


def _seconds_between(first, last) -> float:
    parse = lambda s: datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))  # noqa: E731
    start = parse(first.metadata["execution"]["iopub.execute_input"])
    end = parse(last.metadata["execution"]["shell.execute_reply"])
    return (end - start).total_seconds()


def run(only=None) -> str:
    """Measure the chosen notebooks; the table keeps earlier measurements of the others
    (``results/notebooks.json``), each with the date it was taken."""
    store = Path(__file__).parent / "results" / "notebooks.json"
    measured = json.loads(store.read_text(encoding="utf-8")) if store.exists() else {}
    paths = sorted(NOTEBOOKS.glob("[0-9]*.ipynb"))
    if only:
        paths = [p for p in paths if any(p.name.startswith(prefix) for prefix in only)]
    for path in paths:
        print(f"  {path.name} ...", flush=True)
        measured[path.name] = dict(measure(path), date=datetime.date.today().isoformat())
    store.parent.mkdir(exist_ok=True)
    store.write_text(json.dumps(measured, ensure_ascii=False, indent=1), encoding="utf-8")
    return render(measured)


def render(measured: dict) -> str:
    rows = ["## Notebooks (executed headless, fresh kernel)", "",
            "| notebook | wall time (s) | peak memory (MB) | explorer | controls moved | p95 latency (s) | redraws/s while training |",
            "|---|---|---|---|---|---|---|"]
    quality = ["", "### Quality figures recorded by the notebooks", "",
               "| notebook | figure | value |", "|---|---|---|"]
    for name in sorted(measured):
        result = measured[name]
        explorers = result["explorers"] or {"—": {"latencies": [], "ticks": []}}
        for i, (explorer, timing) in enumerate(explorers.items()):
            first = i == 0
            ticks, lat = timing["ticks"], timing["latencies"]
            redraws = f"{1 / statistics.median(ticks):.1f}" if ticks else ""
            rows.append("| {} | {} | {} | {} | {} | {} | {} |".format(
                name if first else "", f"{result['wall']:.1f}" if first else "",
                f"{result['peak_mb']:.0f}" if first else "", explorer, len(lat),
                f"{p95(lat):.3f}" if lat else "", redraws))
        for figure in result["figures"]:
            value = figure["value"]
            shown = f"{value:.4g}" if isinstance(value, float) else value
            quality.append(f"| {name} | {figure['name']} | {shown} {figure.get('unit', '')} |")
    return "\n".join(rows + quality) + "\n"
