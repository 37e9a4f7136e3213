"""Mixtures of Gaussians in 2-D: the standard targets for showing GAN mode collapse.

* ``ring``: 8 modes evenly spaced on a circle of radius 2, each with σ = 0.02;
* ``grid``: 25 modes at {−4, −2, 0, 2, 4}², each with σ = 0.05.

Every mode is equally likely.  A :class:`Mixture` knows its centres and σ, so a sample
can be scored later with ``metrics.mode_coverage(samples, mixture.centers, mixture.std)``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import torch

from ..validate import check_choice, check_float, check_int, check_str, check_tensor, fail

__all__ = ["MIXTURES", "Mixture", "grid_gaussians", "make_mixture", "ring_gaussians"]

MIXTURES = ("ring", "grid")


@dataclass(frozen=True)
class Mixture:
    """An equal-weight mixture of round Gaussians: centres (K, 2) and one σ for all."""

    name: str
    centers: torch.Tensor  # (K, 2)
    std: float

    def __post_init__(self):
        check_str(self.name, "name")
        centers = check_tensor(self.centers, "centers", shape=(None, 2), hint="(K, 2)")
        if len(centers) == 0:
            fail("err.empty", name="centers")
        object.__setattr__(self, "centers", centers)     # a list or an array becomes a tensor
        object.__setattr__(self, "std", check_float(self.std, "std", 1e-6, 1e3))

    @property
    def scale(self) -> float:
        """The largest |coordinate| of a centre: divide by it to bring data near [−1, 1]."""
        return float(self.centers.abs().max())

    def sample(self, n: int, generator: torch.Generator | None = None) -> torch.Tensor:
        """``n`` points: pick a mode uniformly, then add Gaussian noise of σ = ``std``."""
        n = check_int(n, "n", 1, 10_000_000)
        k = torch.randint(len(self.centers), (n,), generator=generator)       # (N,)
        noise = torch.randn(n, 2, generator=generator) * self.std             # (N, 2)
        return self.centers[k] + noise                                        # (N, 2)


def make_mixture(kind: str = "ring") -> Mixture:
    """The ``"ring"`` (8 modes) or ``"grid"`` (25 modes) mixture."""
    check_choice(kind, "kind", MIXTURES)
    if kind == "ring":
        angles = torch.arange(8) * (2 * math.pi / 8)
        centers = 2.0 * torch.stack([torch.cos(angles), torch.sin(angles)], 1)  # (8, 2)
        return Mixture("ring", centers.float(), 0.02)
    values = torch.tensor([-4.0, -2.0, 0.0, 2.0, 4.0])
    gx, gy = torch.meshgrid(values, values, indexing="ij")
    centers = torch.stack([gx.reshape(-1), gy.reshape(-1)], 1)                  # (25, 2)
    return Mixture("grid", centers, 0.05)


def _draw(kind: str, n: int, seed: int):
    mixture = make_mixture(kind)
    seed = check_int(seed, "seed", 0)
    x = mixture.sample(n, torch.Generator().manual_seed(seed))
    return x, mixture.centers.clone(), mixture.std


def ring_gaussians(n: int = 2500, seed: int = 0):
    """``(x, centers, std)``: ``n`` points of the ring of 8 Gaussians (radius 2, σ = 0.02)."""
    return _draw("ring", n, seed)


def grid_gaussians(n: int = 2500, seed: int = 0):
    """``(x, centers, std)``: ``n`` points of the 5×5 grid of Gaussians (σ = 0.05)."""
    return _draw("grid", n, seed)
