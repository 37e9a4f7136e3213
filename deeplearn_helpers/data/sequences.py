"""Sequence tasks for recurrent networks: how far back must the network remember?

``sine_waves`` asks for the next value of a wave at every step (many-to-many).

``recall_batch`` makes sequences of random symbols (one-hot, shape (T, B, K)) and asks for
the symbol seen ``delay`` steps before the end: ``delay=0`` is the last symbol, and
``delay=length - 1`` the very first one.  A short delay needs a short memory; the first
symbol after T steps needs a memory as long as the whole sequence.

Tensors are time-first, (T, B, features), as ``models.SequenceModel`` reads them.  The
recipes that train on these tasks are in ``experiments/recurrent.py``.
"""
from __future__ import annotations

import math

import torch

from ..validate import check_generator, check_int, fail

__all__ = ["recall_batch", "recall_sampler", "sine_waves"]


def _check(n: int, length: int, delay: int, n_symbols: int):
    check_int(n, "n", 1, 1_000_000)
    check_int(length, "length", 1, 10_000)
    check_int(n_symbols, "n_symbols", 2, 1000)
    check_int(delay, "delay", 0)
    if delay >= length:
        fail("err.range", name="delay", low=0, high=length - 1, got=delay)


def recall_batch(n: int, length: int, delay: int, n_symbols: int = 4,
                 generator: torch.Generator | None = None) -> tuple[torch.Tensor, torch.Tensor]:
    """``n`` sequences of ``length`` random symbols; the target is the one ``delay`` steps ago.

    Returns x (length, n, n_symbols) one-hot float32 and y (n,) symbol indices (int64).
    Chance accuracy is 1 / n_symbols.
    """
    _check(n, length, delay, n_symbols)
    generator = check_generator(generator)
    symbols = torch.randint(0, n_symbols, (length, n), generator=generator)   # (T, B)
    x = torch.nn.functional.one_hot(symbols, n_symbols).float()               # (T, B, K)
    y = symbols[length - 1 - delay]                                            # (B,)
    return x, y


def recall_sampler(batch_size: int, length: int, delay: int, n_symbols: int = 4, seed: int = 0):
    """A fresh batch every step, for ``train.fit(data=sampler)``: ``sampler(step) -> (x, y)``."""
    _check(batch_size, length, delay, n_symbols)
    generator = torch.Generator().manual_seed(check_int(seed, "seed", 0))

    def sample(step: int) -> tuple[torch.Tensor, torch.Tensor]:
        return recall_batch(batch_size, length, delay, n_symbols, generator)

    return sample


def sine_waves(n: int, length: int, generator: torch.Generator | None = None):
    """``n`` sine waves with random frequency and phase; predict each next value (many-to-many).

    Returns x (length, n, 1) = the wave at t = 0 … T−1 and y (length, n, 1) = the wave one step
    later.  One value alone does not say whether the wave goes up or down: that needs memory.
    """
    check_int(n, "n", 1, 1_000_000)
    check_int(length, "length", 2, 10_000)
    generator = check_generator(generator)
    freq = 0.1 + 0.2 * torch.rand(n, generator=generator)               # radians per step, (B,)
    phase = 2 * math.pi * torch.rand(n, generator=generator)            # (B,)
    t = torch.arange(length + 1, dtype=torch.float32).unsqueeze(1)      # (T+1, 1)
    wave = torch.sin(freq * t + phase)                                  # (T+1, B)
    return wave[:-1].unsqueeze(-1), wave[1:].unsqueeze(-1)              # (T, B, 1) each


