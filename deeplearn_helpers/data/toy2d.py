"""Small 2-D data sets for classification pictures (the playground, notebook 01).

Every function returns ``(X, y)``: ``X`` float32 of shape (N, 2), ``y`` int64 of shape (N,),
and is reproducible through ``seed``.
"""
from __future__ import annotations

import math

import torch

from ..validate import check_choice, check_float, check_int

__all__ = ["DATASETS_2D", "make_2d", "make_circles", "make_moons", "make_spirals", "make_xor",
           "train_test_split"]


def _generator(seed: int) -> torch.Generator:
    return torch.Generator().manual_seed(check_int(seed, "seed", 0))


def make_spirals(n: int = 600, noise: float = 0.2, turns: float = 2.0, seed: int = 0):
    """Two interleaved spirals: no straight line separates them."""
    n = check_int(n, "n", 2, 1_000_000)
    noise = check_float(noise, "noise", 0.0, 2.0)
    g = _generator(seed)
    y = torch.arange(n) % 2                                        # (N,)
    r = torch.rand(n, generator=g)                                 # radius in [0, 1)
    angle = r * turns * 2 * math.pi + y * math.pi                  # second arm turned by π
    X = torch.stack([r * torch.cos(angle), r * torch.sin(angle)], 1) * 2.0   # (N, 2)
    X = X + noise * 0.1 * torch.randn(n, 2, generator=g)
    return X.float(), y.long()


def make_moons(n: int = 600, noise: float = 0.15, seed: int = 0):
    """Two interleaving half circles."""
    n = check_int(n, "n", 2, 1_000_000)
    noise = check_float(noise, "noise", 0.0, 2.0)
    g = _generator(seed)
    y = torch.arange(n) % 2
    t = torch.rand(n, generator=g) * math.pi
    upper = torch.stack([torch.cos(t), torch.sin(t)], 1)
    lower = torch.stack([1 - torch.cos(t), 0.5 - torch.sin(t)], 1)
    X = torch.where(y[:, None] == 0, upper, lower) - torch.tensor([0.5, 0.25])
    X = X + noise * torch.randn(n, 2, generator=g)
    return X.float(), y.long()


def make_circles(n: int = 600, noise: float = 0.1, seed: int = 0):
    """A small circle inside a big one."""
    n = check_int(n, "n", 2, 1_000_000)
    noise = check_float(noise, "noise", 0.0, 2.0)
    g = _generator(seed)
    y = torch.arange(n) % 2
    t = torch.rand(n, generator=g) * 2 * math.pi
    radius = torch.where(y == 0, 1.0, 0.45)
    X = radius[:, None] * torch.stack([torch.cos(t), torch.sin(t)], 1)
    X = X + noise * 0.5 * torch.randn(n, 2, generator=g)
    return X.float(), y.long()


def make_xor(n: int = 600, noise: float = 0.1, seed: int = 0):
    """Four clusters in the corners; opposite corners share a class (the XOR problem)."""
    n = check_int(n, "n", 2, 1_000_000)
    noise = check_float(noise, "noise", 0.0, 2.0)
    g = _generator(seed)
    X = torch.rand(n, 2, generator=g) * 2 - 1
    y = ((X[:, 0] > 0) ^ (X[:, 1] > 0)).long()
    X = X + noise * 0.3 * torch.randn(n, 2, generator=g)
    return X.float(), y


DATASETS_2D = {"spirals": make_spirals, "moons": make_moons, "circles": make_circles, "xor": make_xor}


def make_2d(name: str, n: int = 600, noise: float | None = None, seed: int = 0):
    """One of ``DATASETS_2D`` by name (what the playground's drop-down chooses)."""
    check_choice(name, "name", DATASETS_2D)
    maker = DATASETS_2D[name]
    return maker(n=n, seed=seed) if noise is None else maker(n=n, noise=noise, seed=seed)


def train_test_split(X: torch.Tensor, y: torch.Tensor, test_fraction: float = 0.3, seed: int = 0):
    """Shuffle and split into (X_train, y_train, X_test, y_test)."""
    test_fraction = check_float(test_fraction, "test_fraction", 0.01, 0.99)
    order = torch.randperm(len(X), generator=_generator(seed))
    n_test = max(1, int(round(len(X) * test_fraction)))
    test, train = order[:n_test], order[n_test:]
    return X[train], y[train], X[test], y[test]
