"""Notebook 01's claims over seeds 0..4: linear model vs MLP on the spirals, and the
regression net against the true function on a grid."""
from __future__ import annotations

import time

import torch

from deeplearn_helpers import fit, seed_everything
from deeplearn_helpers.data import make_spirals, train_test_split
from deeplearn_helpers.models import MLP, accuracy, classification_loss, regression_loss

# The bars of notebook 01's self-checks (the notebook defines the same numbers).
MAX_LINEAR, MIN_MLP = 0.65, 0.97
LOW, HIGH, POINTS, MAX_MSE = -2, 2, 200, 0.02


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
    return "\n".join(rows) + "\n"
