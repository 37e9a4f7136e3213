"""2-D GAN ablation: which ingredient of the fixed recipe does the work (notebook 04).

    python -m benchmarks gan2d_ablation

The fixed recipe (``GAN_FIXED``) differs from the plain one (``GAN_PLAIN``) in several
ingredients at once.  Here each ingredient is *removed* on its own: its config fields are
set to the plain recipe's values, everything else stays fixed.  Input scaling is not a
config field: both recipes divide the data by the largest |coordinate| of a centre
(``train_gan_2d(scale_inputs=True)``, as the notebook, the shipped weights and the GAN lab
do), so it is removed from both recipes here, and the plain recipe's rows say it is on.

The full recipe is trained for ``STEPS_2D`` rounds (ring 3,000, grid 6,000).  To keep the
section within about half an hour, the ablation runs for half as many rounds: the row
``half_steps`` is the full recipe at that length, and each ``no_…`` row removes one
ingredient from it.  Each variant is trained on the ring and the grid with the random
seeds 0..4; 2,500 samples are scored with ``metrics.mode_coverage``.  The runs
are stored in ``deeplearn_helpers/data/files/gan2d_ablation.json`` (with the commit
measured) so that notebook 04 can show the table without training
(``deeplearn_helpers.data.gan2d_ablation_table``).
"""
from __future__ import annotations

import concurrent.futures
import dataclasses
import datetime
import json
import os
import statistics
import time
from pathlib import Path

import torch

from deeplearn_helpers.data import make_mixture
from deeplearn_helpers.data.gan2d_results import ABLATION_FILE, ablation_rows
from deeplearn_helpers.metrics import mode_coverage
from deeplearn_helpers.models import GAN_FIXED, GAN_PLAIN, STEPS_2D
from deeplearn_helpers.experiments.generative import train_gan_2d

from .age import dirty_files, head
from .sections import PATHS

HALF = {kind: steps // 2 for kind, steps in STEPS_2D.items()}   # the ablation's rounds
SEEDS = range(5)
SAMPLES = 2500
# Runs are independent and each uses one torch thread, so they are spread over one worker
# process per CPU core (set GAN2D_WORKERS to choose; 1 runs them in this process).
WORKERS = int(os.environ.get("GAN2D_WORKERS", os.cpu_count() or 1))
JSON_PATH = Path(__file__).resolve().parent.parent / "deeplearn_helpers" / "data" / "files" / ABLATION_FILE

# The ingredients of the fixed recipe: name → the GANConfig fields that make it.
# tests/test_gan2d_ablation.py checks that they cover every field where the recipes differ.
INGREDIENTS = {
    "r1": ("r1_gamma",),
    "skip": ("skip",),
    "ema": ("ema",),
    "width": ("hidden",),
    "lr": ("lr_d", "lr_g"),
    "batch": ("batch",),
}


@dataclasses.dataclass(frozen=True)
class Variant:
    name: str
    config: object                 # a GANConfig
    scale_inputs: bool
    steps: dict                    # target → rounds
    changes: dict                  # field → (value in the fixed recipe, value here)


def variants() -> list[Variant]:
    """The full fixed recipe; at half its rounds, the recipe without each ingredient; the plain recipe."""
    full, half = dict(STEPS_2D), dict(HALF)
    out = [Variant("fixed", GAN_FIXED, True, full, {}), Variant("half_steps", GAN_FIXED, True, half, {})]
    for name, fields in INGREDIENTS.items():
        plain_values = {field: getattr(GAN_PLAIN, field) for field in fields}
        out.append(Variant(f"no_{name}", dataclasses.replace(GAN_FIXED, **plain_values), True, half,
                           {field: (getattr(GAN_FIXED, field), value) for field, value in plain_values.items()}))
    out.append(Variant("no_scaling", GAN_FIXED, False, half, {"scale_inputs": (True, False)}))
    out.append(Variant("plain", GAN_PLAIN, True, half, {}))
    out.append(Variant("plain_no_scaling", GAN_PLAIN, False, half, {"scale_inputs": (True, False)}))
    return out


def train_and_score(kind: str, variant: Variant, seed: int) -> dict:
    mixture = make_mixture(kind)
    start, cpu = time.perf_counter(), time.process_time()
    gan = train_gan_2d(kind, variant.config, steps=variant.steps[kind], seed=seed,
                       scale_inputs=variant.scale_inputs).model
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    cov = mode_coverage(gan.sample(SAMPLES, torch.Generator().manual_seed(123)), mixture.centers, mixture.std)
    return {"variant": variant.name, "target": kind, "seed": seed, "steps": variant.steps[kind], "covered": cov.covered, "modes": cov.modes,
            "high_quality": round(cov.high_quality, 4), "wall_s": round(wall, 2), "cpu_s": round(cpu, 2)}


def _one_thread() -> None:
    torch.set_num_threads(1)


def measure() -> dict:
    """Train every variant on both targets for every seed; return the results as stored.

    The runs are kept in a fixed order (variant, target, seed) whatever order the workers
    finish in; the file is rewritten as runs arrive, so a run cut short leaves what it measured.
    """
    results = {"commit": head(), "dirty": bool(dirty_files(PATHS["gan2d_ablation"])),
               "date": datetime.date.today().isoformat(), "torch_threads": 1, "workers": WORKERS,
               "steps": dict(STEPS_2D), "seeds": list(SEEDS), "samples": SAMPLES,
               "fixed": dataclasses.asdict(GAN_FIXED), "plain": dataclasses.asdict(GAN_PLAIN),
               "variants": [{"name": v.name, "scale_inputs": v.scale_inputs, "steps": v.steps,
                             "changes": {k: list(pair) for k, pair in v.changes.items()}} for v in variants()],
               "runs": []}
    jobs = [(kind, variant, seed) for variant in variants() for kind in STEPS_2D for seed in SEEDS]
    order = {(variant.name, kind, seed): i for i, (kind, variant, seed) in enumerate(jobs)}
    with concurrent.futures.ProcessPoolExecutor(WORKERS, initializer=_one_thread) as pool:
        futures = [pool.submit(train_and_score, *job) for job in jobs]
        for future in concurrent.futures.as_completed(futures):
            results["runs"].append(future.result())
            results["runs"].sort(key=lambda r: order[(r["variant"], r["target"], r["seed"])])
            print(json.dumps(future.result()), flush=True)
            JSON_PATH.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return results


def report(results: dict) -> list[str]:
    dirty = " (with uncommitted changes)" if results["dirty"] else ""
    lines = [f"Commit measured: `{results['commit']}`{dirty}; {len(results['runs'])} runs, one torch thread each, "
             f"{results.get('workers', 1)} at a time; {results['samples']:,} samples per run scored with `metrics.mode_coverage` (within 3σ = high "
             "quality; ≥ 1 % of samples = mode covered). Each `no_…` variant is the fixed recipe with that "
             "ingredient set to the plain recipe's value, trained half the recipe's rounds as `half_steps`. `plain` divides the data by the largest |coordinate| "
             "as the fixed recipe does; `plain_no_scaling` and `no_scaling` do not.", ""]
    for kind in results["steps"]:
        lines += [f"### {kind}, seeds {results['seeds'][0]}..{results['seeds'][-1]}",
                  "", "| variant | change | rounds | modes covered (min–max) | high-quality share (min / mean / max) | "
                  "per seed | CPU s per run (median) | wall s per run (median) |", "|---|---|---|---|---|---|---|---|"]
        for row in ablation_rows(kind, results):
            runs = [r for r in results["runs"] if r["variant"] == row.variant and r["target"] == kind]
            per_seed = " ".join(f"{r['high_quality']:.3f}" for r in runs)
            lines.append(f"| {row.variant} | {row.change or '—'} | {row.steps:,} | {row.covered_min}–{row.covered_max} / {row.modes} | "
                         f"{row.quality_min:.3f} / {row.quality_mean:.3f} / {row.quality_max:.3f} | {per_seed} | "
                         f"{row.cpu_seconds:.1f} | {statistics.median(r['wall_s'] for r in runs):.1f} |")
        lines.append("")
    return lines


def run(only=None) -> str:
    """Measure every variant (``only`` is not used: the stored file must hold them all)."""
    _one_thread()   # as the notebook; small nets gain nothing from more threads
    start = time.perf_counter()
    results = measure()
    return "\n".join(["## 2-D GAN ablation (notebook 04)", ""] + report(results)
                     + [f"_gan2d_ablation: {time.perf_counter() - start:.0f} s_", ""])
