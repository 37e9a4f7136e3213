"""Small 2-D data sets for the pictures and the playground of notebook 01.

Every function returns ``(X, y)`` and is reproducible through ``seed``: ``X`` float32 of
shape (N, 2); ``y`` int64 of shape (N,) for the classification sets (``DATASETS_2D``),
float32 of shape (N,) for the regression ones (``REGRESSION_2D``).  ``FEATURES`` are the
input features the playground offers besides x₁ and x₂ (as in TensorFlow Playground).
"""
from __future__ import annotations

import math

import torch

from ..validate import check_choice, check_float, check_int, check_tensor, fail

__all__ = ["DATASETS_2D", "FEATURES", "REGRESSION_2D", "input_features", "make_2d", "make_circles",
           "make_hills", "make_moons", "make_plane", "make_spirals", "make_xor", "train_test_split"]


def _generator(seed: int) -> torch.Generator:
    return torch.Generator().manual_seed(check_int(seed, "seed", 0))


def _start(n, noise, seed):
    """The checked number of points and noise level, and the set's own generator."""
    return check_int(n, "n", 2, 1_000_000), check_float(noise, "noise", 0.0, 2.0), _generator(seed)


def make_spirals(n: int = 600, noise: float = 0.2, turns: float = 2.0, seed: int = 0):
    """Two interleaved spirals: no straight line separates them."""
    n, noise, g = _start(n, noise, seed)
    turns = check_float(turns, "turns", 0.1, 20.0)
    y = torch.arange(n) % 2                                        # (N,)
    r = torch.rand(n, generator=g)                                 # radius in [0, 1)
    angle = r * turns * 2 * math.pi + y * math.pi                  # second arm turned by π
    X = torch.stack([r * torch.cos(angle), r * torch.sin(angle)], 1) * 2.0   # (N, 2)
    X = X + noise * 0.1 * torch.randn(n, 2, generator=g)
    return X.float(), y.long()


def make_moons(n: int = 600, noise: float = 0.15, seed: int = 0):
    """Two interleaving half circles."""
    n, noise, g = _start(n, noise, seed)
    y = torch.arange(n) % 2
    t = torch.rand(n, generator=g) * math.pi
    upper = torch.stack([torch.cos(t), torch.sin(t)], 1)
    lower = torch.stack([1 - torch.cos(t), 0.5 - torch.sin(t)], 1)
    X = torch.where(y[:, None] == 0, upper, lower) - torch.tensor([0.5, 0.25])
    X = X + noise * torch.randn(n, 2, generator=g)
    return X.float(), y.long()


def make_circles(n: int = 600, noise: float = 0.1, seed: int = 0):
    """A small circle inside a big one."""
    n, noise, g = _start(n, noise, seed)
    y = torch.arange(n) % 2
    t = torch.rand(n, generator=g) * 2 * math.pi
    radius = torch.where(y == 0, 1.0, 0.45)
    X = radius[:, None] * torch.stack([torch.cos(t), torch.sin(t)], 1)
    X = X + noise * 0.5 * torch.randn(n, 2, generator=g)
    return X.float(), y.long()


def make_xor(n: int = 600, noise: float = 0.1, seed: int = 0):
    """Four clusters in the corners; opposite corners share a class (the XOR problem)."""
    n, noise, g = _start(n, noise, seed)
    X = torch.rand(n, 2, generator=g) * 2 - 1
    y = ((X[:, 0] > 0) ^ (X[:, 1] > 0)).long()
    X = X + noise * 0.3 * torch.randn(n, 2, generator=g)
    return X.float(), y


def make_plane(n: int = 600, noise: float = 0.1, seed: int = 0):
    """Regression: a tilted plane, y = (x₁ + x₂) / 4 plus noise, over the square [−2, 2]²."""
    n, noise, g = _start(n, noise, seed)
    X = torch.rand(n, 2, generator=g) * 4 - 2
    y = X.sum(1) / 4 + noise * 0.5 * torch.randn(n, generator=g)
    return X.float(), y.float()


def make_hills(n: int = 600, noise: float = 0.1, seed: int = 0):
    """Regression: two hills and two pits (Gaussian bumps at (±1, ±1)) plus noise."""
    n, noise, g = _start(n, noise, seed)
    X = torch.rand(n, 2, generator=g) * 4 - 2
    centres = torch.tensor([[1.0, 1.0], [-1.0, -1.0], [1.0, -1.0], [-1.0, 1.0]])
    signs = torch.tensor([1.0, 1.0, -1.0, -1.0])
    bumps = torch.exp(-((X[:, None, :] - centres) ** 2).sum(-1) / (2 * 0.5 ** 2))   # (N, 4)
    y = bumps @ signs + noise * 0.5 * torch.randn(n, generator=g)
    return X.float(), y.float()


DATASETS_2D = {"spirals": make_spirals, "moons": make_moons, "circles": make_circles, "xor": make_xor}
REGRESSION_2D = {"plane": make_plane, "hills": make_hills}


def make_2d(name: str, n: int = 600, noise: float | None = None, seed: int = 0):
    """One of ``DATASETS_2D`` or ``REGRESSION_2D`` by name (what the playground's drop-down chooses)."""
    makers = {**DATASETS_2D, **REGRESSION_2D}
    check_choice(name, "name", makers)
    maker = makers[name]
    return maker(n=n, seed=seed) if noise is None else maker(n=n, noise=noise, seed=seed)


# Input features computed from (x₁, x₂): the network sees only the chosen columns.
FEATURES = {
    "x1": lambda X: X[:, 0], "x2": lambda X: X[:, 1],
    "x1^2": lambda X: X[:, 0] ** 2, "x2^2": lambda X: X[:, 1] ** 2, "x1*x2": lambda X: X[:, 0] * X[:, 1],
    "sin x1": lambda X: torch.sin(X[:, 0]), "sin x2": lambda X: torch.sin(X[:, 1]),
}


def input_features(X: torch.Tensor, names) -> torch.Tensor:
    """The columns ``names`` (keys of ``FEATURES``) computed from the points ``X`` (N, 2)."""
    X = check_tensor(X, "X", ndim=2, shape=(None, 2), hint="(N, 2)")
    names = list(names)
    if not names:
        fail("basics.err_no_features")
    for name in names:
        check_choice(name, "feature", FEATURES)
    return torch.stack([FEATURES[name](X) for name in names], 1)     # (N, len(names))


def train_test_split(X: torch.Tensor, y: torch.Tensor, test_fraction: float = 0.3, seed: int = 0):
    """Shuffle and split into (X_train, y_train, X_test, y_test); X and y share their first dimension."""
    X = check_tensor(X, "X")
    y = check_tensor(y, "y", dtype=y.dtype if isinstance(y, torch.Tensor) else torch.int64)
    if X.dim() == 0 or y.dim() == 0 or len(X) != len(y) or len(X) < 2:
        fail("err.same_length", name="X, y", sizes=[tuple(X.shape), tuple(y.shape)])
    test_fraction = check_float(test_fraction, "test_fraction", 0.01, 0.99)
    order = torch.randperm(len(X), generator=_generator(seed))
    n_test = max(1, int(round(len(X) * test_fraction)))
    test, train = order[:n_test], order[n_test:]
    return X[train], y[train], X[test], y[test]
