"""Notebook 01's experiments: does deep learning need big data, and does depth help?

* **Learning curve** (``learning_curve_trial``): test accuracy on the 500 shipped test
  digits against the number of training digits (20 … 4,500), for a classical model
  (logistic regression on the 784 pixels) and two deep ones (an MLP and a small CNN).
  Every learner gets the same recipe: Adam on batches of ``BATCH`` (the whole subset
  when it is smaller) for ``EPOCHS`` passes over the subset, and at least ``MIN_STEPS``
  steps, so that a small subset is seen many times over.
* **Depth sweep** (``depth_trial``): MLPs with 1 … 4 hidden layers, each as wide as a
  fixed parameter budget allows, on the spirals; depth 0 (the linear model) cannot use
  the budget and is shown as the floor.  ``layer_probe`` measures what each hidden layer
  holds: how well a linear read-out of its neurons separates the classes.

Five seeds of both take minutes, so ``benchmarks/basics.py`` runs them and stores every
run in ``data/files/basics_results.json`` (with the commit it measured); the notebook
shows that file (``load_results``) and trains one seed live for a few settings.

The ``*_claim`` functions turn results into the numbers a notebook's self-check tests,
so that a unit test can feed them a broken input and see the check fail.
"""
from __future__ import annotations

import json
import math
import statistics
from importlib import resources

import torch
from torch import nn

from ..core import evaluating, kept_rng
from ..data.digits import load_digits
from ..data.toy2d import make_spirals, train_test_split
from ..models.classifier import DigitClassifier
from ..models.mlp import MLP, accuracy, classification_loss
from ..train import Trained, fit
from ..validate import check_choice, check_float, check_int, check_module, check_tensor, fail

__all__ = ["BATCH", "DEPTHS", "EPOCHS", "LEARNERS", "MIN_STEPS", "PARAMETER_BUDGET", "RESULTS_FILE", "SIZES",
           "curve_stats", "depth_claim", "depth_model", "depth_stats", "depth_trial", "digit_subset",
           "gap", "layer_probe", "learning_curve_claim", "learning_curve_trial", "load_results",
           "make_learner", "spiral_task", "steps_for", "width_for_budget"]

RESULTS_FILE = "basics_results.json"

# --- learning curve ----------------------------------------------------------------------

SIZES = (20, 50, 100, 200, 500, 1000, 2000, 4500)     # training digits, 2 … 450 per class
LEARNERS = ("logistic", "mlp", "cnn")
MIN_STEPS, EPOCHS, BATCH, LR = 300, 10, 64, 3e-3


def digit_subset(size: int, seed: int = 0):
    """``size`` training digits, the same number of each class, chosen with ``seed``."""
    size = check_int(size, "size", 10, 4500)
    if size % 10:
        fail("basics.err_size_tens", size=size)
    images, labels = load_digits("train")
    generator = torch.Generator().manual_seed(check_int(seed, "seed", 0))
    keep = []
    for digit in range(10):
        members = (labels == digit).nonzero().squeeze(1)
        keep.append(members[torch.randperm(len(members), generator=generator)[:size // 10]])
    keep = torch.cat(keep)
    return images[keep], labels[keep]                  # (size, 28, 28), (size,)


def make_learner(name: str) -> nn.Module:
    """A fresh model that takes (B, 28, 28) images: logistic regression, an MLP or a CNN."""
    check_choice(name, "name", LEARNERS)
    if name == "logistic":                             # 784 pixels → 10 scores, no hidden layer
        return nn.Sequential(nn.Flatten(), MLP(sizes=[784, 10]))
    if name == "mlp":                                  # one hidden layer of 128 ReLU neurons
        return nn.Sequential(nn.Flatten(), MLP(sizes=[784, 128, 10], activation="relu"))
    return DigitClassifier(width=8)                    # two conv + pool blocks, then two linear layers


def _test_accuracy(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> float:
    """Accuracy in eval mode (no dropout), leaving the model in the mode it was in."""
    with evaluating(model), torch.no_grad():
        return (model(x).argmax(dim=1) == y).float().mean().item()


def steps_for(size: int) -> int:
    """Training steps for a subset of ``size`` digits: ``EPOCHS`` passes, at least ``MIN_STEPS``."""
    size = check_int(size, "size", 1)
    return max(MIN_STEPS, EPOCHS * math.ceil(size / BATCH))


def learning_curve_trial(name: str, size: int, seed: int = 0, steps: int | None = None) -> float:
    """Train learner ``name`` on ``size`` digits; its accuracy on the 500 test digits."""
    x, y = digit_subset(size, seed)
    steps = steps_for(size) if steps is None else check_int(steps, "steps", 1)
    with kept_rng(seed):                               # the caller's random numbers are left as they were
        model = make_learner(name)
        fit(model, classification_loss, (x, y), steps=steps, batch_size=min(BATCH, size), lr=LR,
            progress=False, seed=seed)
    return _test_accuracy(model, *load_digits("test"))


def _check_runs(runs, name: str, nested: bool) -> None:
    """A non-empty list of accuracies (``nested``: of equally long, non-empty lists of them)."""
    rows = runs if nested else [runs]
    if not isinstance(runs, (list, tuple)) or not runs or not all(isinstance(r, (list, tuple)) and r for r in rows) \
            or len({len(r) for r in rows}) != 1:
        fail("err.type", name=name, expected="[[accuracy, …], …]" if nested else "[accuracy, …]",
             got=type(runs).__name__)
    for row in rows:
        for value in row:
            check_float(value, name, 0.0, 1.0)


def curve_stats(accuracies: dict[str, list[list[float]]]) -> dict[str, dict[str, list[float]]]:
    """Per learner, per size: mean, lowest and highest accuracy over the seeds.

    ``accuracies[learner][seed][size_index]``, as stored by the benchmark."""
    if not isinstance(accuracies, dict) or not accuracies:
        fail("err.type", name="accuracies", expected="{learner: [[accuracy, …], …]}", got=type(accuracies).__name__)
    for name, runs in accuracies.items():
        _check_runs(runs, f"accuracies[{name!r}]", nested=True)
    stats = {}
    for name, runs in accuracies.items():
        columns = list(zip(*runs))                     # one tuple of seeds per size
        stats[name] = {"mean": [statistics.fmean(c) for c in columns],
                       "low": [min(c) for c in columns], "high": [max(c) for c in columns]}
    return stats


def gap(accuracies: dict, deep: str, index: int) -> float:
    """Mean accuracy of learner ``deep`` minus the logistic regression's, at size ``index``."""
    stats = curve_stats(accuracies)
    check_choice("logistic", "accuracies", stats)
    check_choice(deep, "deep", stats)
    check_int(index, "index", 0, len(stats[deep]["mean"]) - 1)
    return stats[deep]["mean"][index] - stats["logistic"]["mean"][index]


def learning_curve_claim(accuracies: dict, deep: str = "cnn", middle: str = "mlp") -> dict[str, float]:
    """The numbers behind notebook 01's statement about the learning curve.

    ``gap_small`` / ``gap_large``: ``deep`` minus logistic regression (mean accuracy) at the
    smallest and the largest size; ``min_gap``: the smallest such gap over all sizes;
    ``widest_earlier``: the largest gap below the largest size; ``classical_gain`` /
    ``deep_gain``: what the last step in size adds to each model's mean accuracy;
    ``middle_gap``: the largest gap of the ``middle`` learner (the MLP) over logistic regression."""
    stats = curve_stats(accuracies)
    for name in ("logistic", deep, middle):
        check_choice(name, "accuracies", stats)
    sizes = len(stats["logistic"]["mean"])
    if sizes < 2 or any(len(s["mean"]) != sizes for s in stats.values()):
        fail("err.type", name="accuracies", expected="≥ 2 sizes, the same for every learner", got=sizes)
    gaps = [gap(accuracies, deep, i) for i in range(sizes)]
    return {"gap_small": gaps[0], "gap_large": gaps[-1], "min_gap": min(gaps), "widest_earlier": max(gaps[:-1]),
            "classical_gain": stats["logistic"]["mean"][-1] - stats["logistic"]["mean"][-2],
            "deep_gain": stats[deep]["mean"][-1] - stats[deep]["mean"][-2],
            "middle_gap": max(gap(accuracies, middle, i) for i in range(sizes))}


# --- depth sweep -------------------------------------------------------------------------

DEPTHS = (0, 1, 2, 3, 4)                               # hidden layers
PARAMETER_BUDGET = 300
SPIRAL_TURNS, SPIRAL_POINTS, DEPTH_EPOCHS, DEPTH_LR = 2.0, 1000, 150, 0.01


def spiral_task(seed: int = 0):
    """Spirals with three turns (harder than section 7's two): train and test halves."""
    X, y = make_spirals(n=SPIRAL_POINTS, turns=SPIRAL_TURNS, seed=seed)
    return train_test_split(X, y, test_fraction=0.3, seed=seed)


def _parameters(depth: int, width: int) -> int:
    sizes = [2] + [width] * depth + [2]
    return sum(n * m + m for n, m in zip(sizes[:-1], sizes[1:]))


def width_for_budget(depth: int, budget: int = PARAMETER_BUDGET) -> int:
    """The widest equal-width MLP with ``depth`` hidden layers within ``budget`` parameters."""
    depth = check_int(depth, "depth", 1, 16)
    budget = check_int(budget, "budget", _parameters(depth, 1))
    width = 1
    while _parameters(depth, width + 1) <= budget:
        width += 1
    return width


def depth_model(depth: int, budget: int = PARAMETER_BUDGET) -> MLP:
    """A fresh MLP with ``depth`` hidden tanh layers at the budget (depth 0: the linear model)."""
    depth = check_int(depth, "depth", 0, 16)
    width = width_for_budget(depth, budget) if depth else 0
    return MLP(sizes=[2] + [width] * depth + [2], activation="tanh")


def depth_trial(depth: int, seed: int = 0, budget: int = PARAMETER_BUDGET, epochs: int = DEPTH_EPOCHS) -> Trained:
    """Train ``depth_model(depth)`` on ``spiral_task(seed)``; ``Trained`` with the test ``accuracy``."""
    X_train, y_train, X_test, y_test = spiral_task(seed)
    with kept_rng(seed):
        model = depth_model(depth, budget)
        history = fit(model, classification_loss, (X_train, y_train), epochs=check_int(epochs, "epochs", 1),
                      lr=DEPTH_LR, progress=False, seed=seed)
    return Trained(model, history, {"accuracy": accuracy(model, X_test, y_test)})


@torch.no_grad()
def layer_probe(model: MLP, X_train, y_train, X_test, y_test) -> list[float]:
    """Per hidden layer: test accuracy of a linear read-out of its neurons (least squares
    on ±1 targets, fitted on the training points).  A layer whose neurons make the classes
    separable by one straight cut in their own space scores high."""
    if not isinstance(check_module(model, "model"), MLP):
        fail("err.type", name="model", expected="MLP", got=type(model).__name__)
    X_train = check_tensor(X_train, "X_train", ndim=2)
    X_test = check_tensor(X_test, "X_test", ndim=2)
    y_train = check_tensor(y_train, "y_train", ndim=1, shape=(len(X_train),), dtype=torch.long)
    y_test = check_tensor(y_test, "y_test", ndim=1, shape=(len(X_test),), dtype=torch.long)
    def read_out(h_train, h_test):
        ones = lambda h: torch.cat([h, torch.ones(len(h), 1)], 1)          # noqa: E731 (bias column)
        target = (2.0 * y_train - 1.0)[:, None]                           # (N, 1): −1 or +1
        w = torch.linalg.lstsq(ones(h_train), target).solution            # (H + 1, 1)
        return ((ones(h_test) @ w).squeeze(1) > 0).long().eq(y_test).float().mean().item()
    return [read_out(a, b) for a, b in zip(model.hidden(X_train), model.hidden(X_test))]


def depth_stats(accuracies: dict[str, list[float]]) -> dict[int, dict[str, float]]:
    """Per depth: mean, lowest and highest test accuracy over the seeds.

    ``accuracies[str(depth)][seed]``, as stored by the benchmark (JSON keys are strings)."""
    if not isinstance(accuracies, dict) or not accuracies:
        fail("err.type", name="accuracies", expected="{'depth': [accuracy, …]}", got=type(accuracies).__name__)
    for d, runs in accuracies.items():
        check_int(int(d) if isinstance(d, str) and d.isdigit() else d, "depth", 0, 16)
        _check_runs(runs, f"accuracies[{d!r}]", nested=False)
    return {int(d): {"mean": statistics.fmean(a), "low": min(a), "high": max(a)}
            for d, a in accuracies.items()}


def depth_claim(accuracies: dict[str, list[float]]) -> dict[str, float]:
    """The numbers behind notebook 01's statement about depth: the best depth by mean
    accuracy, how much one hidden layer adds over the linear model, what a second adds
    over one, and the deepest network's mean minus the best one's."""
    stats = depth_stats(accuracies)
    mean = {d: s["mean"] for d, s in stats.items()}
    for d in (0, 1, 2):
        check_choice(d, "depth", mean)
    best = max(mean, key=mean.get)
    return {"best_depth": best, "one_over_linear": mean[1] - mean[0], "two_over_one": mean[2] - mean[1],
            "deepest": max(mean), "deepest_minus_best": mean[max(mean)] - mean[best]}


# --- stored five-seed results ------------------------------------------------------------

def load_results() -> dict:
    """The benchmark's stored runs: ``{"commit", "learning_curve": {...}, "depth": {...}}``."""
    path = resources.files("deeplearn_helpers.data").joinpath("files", RESULTS_FILE)
    if not path.is_file():
        fail("basics.err_no_results", path=f"data/files/{RESULTS_FILE}")
    return json.loads(path.read_text(encoding="utf-8"))
