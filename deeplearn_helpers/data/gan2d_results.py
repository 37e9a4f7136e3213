"""Stored results of the 2-D GAN ablation, for notebook 04.

``benchmarks/gan2d_ablation.py`` trains the fixed 2-D GAN recipe with one ingredient at a
time set to the plain recipe's value, on the ring and the grid, for the random seeds
0..4: about a hundred runs, far more than a notebook's minute.  It stores every run in
``files/gan2d_ablation.json``, with the commit it measured; this module reads that file
and sums it up per variant, so that the notebook can show the table without training.
"""
from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from importlib import resources

from ..i18n import tr
from ..validate import check_choice, check_instance, fail

__all__ = ["ABLATION_FILE", "AblationRow", "ablation_rows", "gan2d_ablation_table", "load_gan2d_ablation"]

ABLATION_FILE = "gan2d_ablation.json"
TARGETS = ("ring", "grid")


@dataclass(frozen=True)
class AblationRow:
    """One variant on one target, over all seeds: the worst and best run, and the median time."""

    variant: str
    change: str            # what the variant changes, e.g. "r1_gamma: 0.1 → 0.0" ("" for the full recipe)
    steps: int             # rounds of the game per run
    seeds: int
    modes: int
    covered_min: int
    covered_max: int
    quality_min: float
    quality_mean: float
    quality_max: float
    cpu_seconds: float     # median CPU time of one run (one torch thread)


def load_gan2d_ablation() -> dict:
    """The stored results as written by the benchmark: settings, variants and one entry per run."""
    path = resources.files("deeplearn_helpers.data").joinpath("files", ABLATION_FILE)
    if not path.is_file():
        fail("gen.err_no_results", path=f"data/files/{ABLATION_FILE}")
    return json.loads(path.read_text(encoding="utf-8"))


def _change(variant: dict) -> str:
    return ", ".join(f"{name}: {old} → {new}" for name, (old, new) in variant["changes"].items())


def ablation_rows(target: str = "ring", results: dict | None = None) -> list[AblationRow]:
    """One :class:`AblationRow` per variant on ``target``, in the stored order.

    ``results`` defaults to the stored file; the benchmark passes its fresh results.
    """
    check_choice(target, "target", TARGETS)
    results = load_gan2d_ablation() if results is None else check_instance(results, "results", dict)
    if not all(isinstance(results.get(key), list) for key in ("variants", "runs")):
        fail("err.type", name="results", expected="{'variants': [...], 'runs': [...]}", got=sorted(results))
    rows = []
    for variant in results["variants"]:
        runs = [r for r in results["runs"] if r["variant"] == variant["name"] and r["target"] == target]
        if not runs:
            continue
        covered = [r["covered"] for r in runs]
        quality = [r["high_quality"] for r in runs]
        rows.append(AblationRow(variant["name"], _change(variant), runs[0]["steps"], len(runs), runs[0]["modes"],
                                min(covered),
                                max(covered), min(quality), statistics.fmean(quality), max(quality),
                                statistics.median(r["cpu_s"] for r in runs)))
    return rows


def gan2d_ablation_table(targets: tuple[str, ...] | list[str] = TARGETS) -> str:
    """A compact Markdown table of the stored ablation: one line per variant, for each target
    the rounds trained, the modes covered (worst–best seed) and the share of high-quality
    samples (worst–best).

    In a notebook: ``display(Markdown(gan2d_ablation_table()))``.
    """
    if isinstance(targets, str) or not isinstance(targets, (tuple, list)) or not targets:
        fail("err.type", name="targets", expected="tuple of 'ring' / 'grid'", got=type(targets).__name__)
    for target in targets:
        check_choice(target, "targets", TARGETS)
    results = load_gan2d_ablation()
    per_target = {target: {row.variant: row for row in ablation_rows(target, results)} for target in targets}
    header = [tr("gen.abl_variant")]
    for target in targets:
        header += [tr("gen.abl_steps", target=tr(f"gen.abl_{target}")),
                   tr("gen.abl_modes", target=tr(f"gen.abl_{target}")),
                   tr("gen.abl_quality", target=tr(f"gen.abl_{target}"))]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for variant in results["variants"]:
        label = tr(f"gen.abl_v_{variant['name']}")
        if variant["changes"] and "scale_inputs" not in variant["changes"]:   # the label says it already
            label += f" ({_change(variant)})"
        cells = [label]
        for target in targets:
            row = per_target[target].get(variant["name"])
            cells += ["—", "—", "—"] if row is None else [
                f"{row.steps}", f"{row.covered_min}–{row.covered_max} / {row.modes}",
                f"{row.quality_min:.2f}–{row.quality_max:.2f}"]
        lines.append("| " + " | ".join(cells) + " |")
    seeds = ", ".join(str(s) for s in results["seeds"])
    lines += ["", tr("gen.abl_note", seeds=seeds, samples=results["samples"], commit=results["commit"])]
    return "\n".join(lines)
