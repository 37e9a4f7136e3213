"""The adding problem: a test of long memory, in the variant of Le, Jaitly & Hinton (2015)
and Arjovsky, Shah & Bengio (2016).

Each sequence has T steps with two numbers per step: a value drawn uniformly from [0, 1],
and a marker that is 1 at exactly two steps (one in the first half, one in the second)
and 0 elsewhere.  The target is the sum of the two marked values.  A model must notice
the first marked value, carry it across up to T steps of noise, and add the second.
(Hochreiter & Schmidhuber's original task of 1997 drew the values from [−1, 1] and asked
for 0.5 + (X₁ + X₂)/4.)

Guessing the mean (1.0) every time gives a mean squared error (MSE) of
Var(u₁ + u₂) = 2 · 1/12 = 1/6 ≈ 0.167, so an MSE far below that means real memory.

Batches come time-first, x (T, B, 2), y (B, 1), as ``SequenceModel`` expects.
``experiments.gated.train_adding`` is the experiment the notebook and the benchmark share.
"""
from __future__ import annotations

import torch
from torch import nn

from ..validate import check_float, check_generator, check_int, check_module, check_tensor, fail

__all__ = ["MEAN_BASELINE_MSE", "AddingProblem", "adding_batch", "adding_mse", "check_length",
           "adding_sequence", "marker_positions"]

MEAN_BASELINE_MSE = 1 / 6  # MSE of always answering 1.0, the mean of the target


def check_length(length) -> int:
    """``length`` if it is a valid number of steps (2 … 10 000), else a HelperInputError."""
    return check_int(length, "length", 2, 10_000)


def adding_batch(length: int, batch_size: int, generator: torch.Generator | None = None):
    """A batch of adding-problem sequences: x (T, B, 2) = (value, marker), y (B, 1)."""
    T = check_length(length)
    B = check_int(batch_size, "batch_size", 1, 1_000_000)
    generator = check_generator(generator)
    values = torch.rand(T, B, generator=generator)                     # (T, B)
    first = torch.randint(0, T // 2, (B,), generator=generator)        # one mark in each half
    second = torch.randint(T // 2, T, (B,), generator=generator)
    markers = torch.zeros(T, B)
    columns = torch.arange(B)
    markers[first, columns] = 1.0
    markers[second, columns] = 1.0
    x = torch.stack([values, markers], dim=-1)                         # (T, B, 2)
    y = (values * markers).sum(dim=0, keepdim=True).T                   # (B, 1)
    return x, y


class AddingProblem:
    """A fresh batch at every call, from its own seeded generator (``fit`` calls it per step)."""

    def __init__(self, length: int, batch_size: int = 64, seed: int = 0):
        self.length = check_length(length)
        self.batch_size = check_int(batch_size, "batch_size", 1, 1_000_000)
        self.generator = torch.Generator().manual_seed(check_int(seed, "seed", 0))

    def __call__(self, step: int = 0):
        return adding_batch(self.length, self.batch_size, self.generator)

    def fixed_set(self, size: int, seed: int):
        """A set that never changes, e.g. for validation or testing (its own seed)."""
        return adding_batch(self.length, size, torch.Generator().manual_seed(check_int(seed, "seed", 0)))


def adding_sequence(length: int, positions, values=None, seed: int = 0):
    """One sequence with markers at ``positions`` (two steps): x (T, 1, 2), y (1, 1).

    The values at the marked steps are ``values`` if given (two numbers in [0, 1]);
    every other value is random noise from ``seed``.
    """
    T = check_length(length)
    if not isinstance(positions, (list, tuple)) or len(positions) != 2:
        fail("adding.err_positions", length=T)
    first, second = (check_int(p, "positions", 0, T - 1) for p in positions)
    if first == second:
        fail("adding.err_positions", length=T)
    x, _ = adding_batch(T, 1, torch.Generator().manual_seed(check_int(seed, "seed", 0)))
    x[:, 0, 1] = 0.0
    x[[first, second], 0, 1] = 1.0
    if values is not None:
        if not isinstance(values, (list, tuple)) or len(values) != 2:
            fail("adding.err_values")
        for position, value in zip((first, second), values):
            x[position, 0, 0] = check_float(value, "values", 0.0, 1.0)
    y = (x[:, :, 0] * x[:, :, 1]).sum(dim=0, keepdim=True).T          # (1, 1)
    return x, y


def marker_positions(x: torch.Tensor) -> torch.Tensor:
    """The two marked steps of every sequence in x (T, B, 2), earlier first: (B, 2) integers."""
    x = check_tensor(x, "x", ndim=3, shape=(None, None, 2), hint="(T, B, 2)")
    markers = x[..., 1].T                                              # (B, T)
    binary = ((markers == 0) | (markers == 1)).all()
    if not binary or not (markers.sum(dim=1) == 2).all():
        fail("adding.err_two_markers")
    return torch.nonzero(markers == 1)[:, 1].view(-1, 2)               # (B, 2), rows in order


def adding_mse(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> float:
    """Mean squared error of ``model(x)`` (B, 1) against the sums y (B, 1), without gradients."""
    check_module(model, "model")
    x = check_tensor(x, "x", ndim=3, shape=(None, None, 2), hint="(T, B, 2)")
    y = check_tensor(y, "y", shape=(x.shape[1], 1), hint="(B, 1)")
    with torch.no_grad():
        return float(((model(x) - y) ** 2).mean())


