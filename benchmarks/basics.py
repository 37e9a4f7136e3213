"""Notebook 01's claims over seeds 0..4: linear model vs MLP on the spirals, the
regression net against the true function on a grid, the learning curve on the digits and
the depth sweep on the spirals.

The learning curve and the depth sweep are stored, every run, in
``deeplearn_helpers/data/files/basics_results.json`` (with the commit measured): notebook 01
shows them (``experiments.basics.load_results``) and trains one seed live.  Run this section
before the notebooks section.
"""
from __future__ import annotations

import datetime
import json
import time
from pathlib import Path

import torch

from deeplearn_helpers import fit, seed_everything
from deeplearn_helpers.core import torch_threads
from deeplearn_helpers.data import make_spirals, train_test_split
from deeplearn_helpers.experiments import basics as E
from deeplearn_helpers.models import MLP, accuracy, classification_loss, regression_loss

from .age import dirty_files, head
from .sections import PATHS

# The bars of notebook 01's self-checks (the notebook defines the same numbers).
MAX_LINEAR, MIN_MLP = 0.65, 0.97
LOW, HIGH, POINTS, MAX_MSE = -2, 2, 200, 0.02
SEEDS = range(5)
JSON_PATH = Path(__file__).resolve().parent.parent / "deeplearn_helpers" / "data" / "files" / E.RESULTS_FILE


def spirals(seed: int) -> dict:
    X, y = make_spirals(n=800, seed=seed)
    X_train, y_train, X_test, y_test = train_test_split(X, y, test_fraction=0.25, seed=seed)
    result = {}
    for name, sizes in [("linear", [2, 2]), ("mlp", [2, 32, 32, 2])]:
        seed_everything(seed)
        model = MLP(sizes=sizes, activation="tanh")
        start = time.perf_counter()
        fit(model, classification_loss, (X_train, y_train), epochs=150, lr=0.01, progress=False, seed=seed)
        result[name] = (accuracy(model, X_test, y_test), time.perf_counter() - start)
    return result


def regression_grid_mse(seed: int) -> float:
    """Notebook 01, section 8: MSE of the net against sin(2x) on a grid over [LOW, HIGH]."""
    seed_everything(seed)
    gen = torch.Generator().manual_seed(seed)
    x = torch.rand(200, 1, generator=gen) * 4 - 2
    y = torch.sin(2 * x) + 0.1 * torch.randn(200, 1, generator=gen)
    model = MLP(sizes=[1, 32, 32, 1], activation="tanh")
    fit(model, regression_loss, (x, y), epochs=120, batch_size=32, lr=0.01, progress=False)
    grid = torch.linspace(LOW, HIGH, POINTS)[:, None]
    with torch.no_grad():
        return ((model(grid) - torch.sin(2 * grid)) ** 2).mean().item()


def measure_stored() -> dict:
    """Every learning-curve and depth-sweep run for seeds 0..4, as notebook 01 reads them."""
    results = {"commit": head(), "dirty": bool(dirty_files(PATHS["basics"])),
               "date": datetime.date.today().isoformat(), "torch_threads": torch.get_num_threads(),
               "seeds": list(SEEDS),
               "learning_curve": {"sizes": list(E.SIZES), "steps": [E.steps_for(n) for n in E.SIZES],
                                  "accuracy": {name: [] for name in E.LEARNERS}, "seconds": {}},
               "depth": {"depths": list(E.DEPTHS), "budget": E.PARAMETER_BUDGET,
                         "sizes": [E.depth_model(d).config.sizes for d in E.DEPTHS],
                         "accuracy": {str(d): [] for d in E.DEPTHS}, "probe": {str(d): [] for d in E.DEPTHS}}}
    curve = results["learning_curve"]
    for name in E.LEARNERS:
        start = time.perf_counter()
        for seed in SEEDS:
            curve["accuracy"][name].append([round(E.learning_curve_trial(name, n, seed), 4) for n in E.SIZES])
            print(name, seed, curve["accuracy"][name][-1], flush=True)
        curve["seconds"][name] = round(time.perf_counter() - start, 1)
    depth = results["depth"]
    for seed in SEEDS:
        task = E.spiral_task(seed)
        for d in E.DEPTHS:
            run = E.depth_trial(d, seed)
            model, acc = run.model, run.accuracy
            depth["accuracy"][str(d)].append(round(acc, 4))
            depth["probe"][str(d)].append([round(p, 4) for p in E.layer_probe(model, *task)])
        print("depth", seed, [depth["accuracy"][str(d)][-1] for d in E.DEPTHS], flush=True)
    JSON_PATH.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return results


def stored_report(results: dict) -> list[str]:
    curve, depth = results["learning_curve"], results["depth"]
    stats = E.curve_stats(curve["accuracy"])
    lines = ["", f"### Learning curve on the digits (test accuracy on 500 digits; mean [min–max] over seeds "
             f"{results['seeds'][0]}..{results['seeds'][-1]}; one torch thread)", "",
             "| training digits | steps | " + " | ".join(E.LEARNERS) + " |", "|---" * (2 + len(E.LEARNERS)) + "|"]
    for i, (size, steps) in enumerate(zip(curve["sizes"], curve["steps"])):
        cells = [f"{stats[n]['mean'][i]:.3f} [{stats[n]['low'][i]:.3f}–{stats[n]['high'][i]:.3f}]" for n in E.LEARNERS]
        lines.append(f"| {size:,} | {steps} | " + " | ".join(cells) + " |")
    claim = E.learning_curve_claim(curve["accuracy"])
    lines += ["", "Deep (CNN) minus classical (logistic regression), mean accuracy: "
              f"{claim['gap_small']:+.3f} at {curve['sizes'][0]} digits, {claim['gap_large']:+.3f} at "
              f"{curve['sizes'][-1]:,}; gain of the last step ({curve['sizes'][-2]:,} → {curve['sizes'][-1]:,}): "
              f"logistic {claim['classical_gain']:+.3f}, CNN {claim['deep_gain']:+.3f}. Seconds for all seeds and sizes: "
              + ", ".join(f"{n} {s:.0f}" for n, s in curve["seconds"].items()) + ".", "",
              f"### Depth sweep on the spirals (budget {depth['budget']} parameters; test accuracy)", "",
              "| hidden layers | sizes | mean [min–max] | per seed | linear read-out per hidden layer (seed 0) |",
              "|---|---|---|---|---|"]
    dstats = E.depth_stats(depth["accuracy"])
    for d, sizes in zip(depth["depths"], depth["sizes"]):
        s = dstats[d]
        per_seed = " ".join(f"{a:.3f}" for a in depth["accuracy"][str(d)])
        probe = " → ".join(f"{p:.2f}" for p in depth["probe"][str(d)][0]) or "—"
        lines.append(f"| {d} | {sizes} | {s['mean']:.3f} [{s['low']:.3f}–{s['high']:.3f}] | {per_seed} | {probe} |")
    dclaim = E.depth_claim(depth["accuracy"])
    lines += ["", f"Best depth by mean accuracy: {dclaim['best_depth']} hidden layers; one hidden layer over the linear "
              f"model {dclaim['one_over_linear']:+.3f}, two over one {dclaim['two_over_one']:+.3f}, "
              f"{dclaim['deepest']} layers minus the best {dclaim['deepest_minus_best']:+.3f}.", ""]
    return lines


def run(only=None) -> str:
    rows = ["## Notebook 01: spirals, linear model vs MLP (test accuracy, 150 epochs); regression", "",
            f"Bars: linear ≤ {MAX_LINEAR}, MLP ≥ {MIN_MLP}, regression MSE to sin(2x) on a grid of "
            f"{POINTS} points over [{LOW}, {HIGH}] < {MAX_MSE}, for every seed.", "",
            "| seed | linear accuracy | MLP accuracy | MLP training time (s) | regression grid MSE |",
            "|---|---|---|---|---|"]
    for seed in range(5):
        r = spirals(seed)
        rows.append(f"| {seed} | {r['linear'][0]:.3f} | {r['mlp'][0]:.3f} | {r['mlp'][1]:.1f} "
                    f"| {regression_grid_mse(seed):.4f} |")
    with torch_threads(1):     # small nets gain nothing from more threads; timings comparable
        rows += stored_report(measure_stored())
    return "\n".join(rows) + "\n"
