"""Sequence tasks for recurrent networks: how far back must the network remember?

``sine_waves`` asks for the next value of a wave at every step (many-to-many).

``recall_batch`` makes sequences of random symbols (one-hot, shape (T, B, K)) and asks for
the symbol seen ``delay`` steps before the end: ``delay=0`` is the last symbol, and
``delay=length - 1`` the very first one.  A short delay needs a short memory; the first
symbol after T steps needs a memory as long as the whole sequence.
"""
from __future__ import annotations

import math

import torch

from ..models.recurrent import identity_relu_rnn
from ..validate import check_choice, check_int, fail

__all__ = ["recall_accuracy", "recall_batch", "recall_sampler", "sine_waves", "train_next_value",
           "train_recall"]


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


def recall_accuracy(model: torch.nn.Module, length: int, delay: int, n_symbols: int = 4,
                    n: int = 1000, seed: int = 10_000) -> float:
    """Share of ``n`` fresh test sequences (a fixed set per seed) whose symbol is recalled."""
    x, y = recall_batch(n, length, delay, n_symbols, torch.Generator().manual_seed(seed))
    was_training = model.training
    model.eval()
    with torch.no_grad():
        accuracy = (model(x).argmax(dim=-1) == y).float().mean().item()
    model.train(was_training)
    return accuracy


RECALL_CELLS = ("rnn", "lstm", "gru", "irnn")


def train_recall(cell: str = "rnn", length: int = 50, delay: int = 2, n_symbols: int = 4,
                 hidden_size: int = 32, steps: int = 200, lr: float = 3e-3, seed: int = 0):
    """Train a many-to-one ``SequenceModel`` on the recall task; return (model, history, accuracy).

    The recipe behind notebook 03's claim (and its unit test over seeds 0..4): Adam,
    a fresh batch of 64 every step, gradient norm clipped at 1, cross-entropy loss,
    torch's default initialisation.  ``cell="irnn"`` is the same plain RNN with ReLU and
    W_hh = I at the start (``models.identity_relu_rnn``, Le et al. 2015), trained alike.
    """
    from ..core import seed_everything
    from ..models.sequence import SequenceModel
    from ..train import fit

    check_choice(cell, "cell", RECALL_CELLS)
    _check(64, length, delay, n_symbols)
    seed_everything(seed)
    model = SequenceModel(cell="rnn" if cell == "irnn" else cell, input_size=n_symbols,
                          hidden_size=hidden_size, output_size=n_symbols, readout="last")
    if cell == "irnn":
        model.recurrent = identity_relu_rnn(n_symbols, hidden_size)

    def loss_fn(model, batch):
        x, y = batch                                     # (T, B, K), (B,)
        return torch.nn.functional.cross_entropy(model(x), y)

    history = fit(model, loss_fn, recall_sampler(64, length, delay, n_symbols, seed), steps=steps,
                  lr=lr, clip_grad_norm=1.0, progress=False, seed=seed)
    return model, history, recall_accuracy(model, length, delay, n_symbols)


def sine_waves(n: int, length: int, generator: torch.Generator | None = None):
    """``n`` sine waves with random frequency and phase; predict each next value (many-to-many).

    Returns x (length, n, 1) = the wave at t = 0 … T−1 and y (length, n, 1) = the wave one step
    later.  One value alone does not say whether the wave goes up or down: that needs memory.
    """
    check_int(n, "n", 1, 1_000_000)
    check_int(length, "length", 2, 10_000)
    freq = 0.1 + 0.2 * torch.rand(n, generator=generator)               # radians per step, (B,)
    phase = 2 * math.pi * torch.rand(n, generator=generator)            # (B,)
    t = torch.arange(length + 1, dtype=torch.float32).unsqueeze(1)      # (T+1, 1)
    wave = torch.sin(freq * t + phase)                                  # (T+1, B)
    return wave[:-1].unsqueeze(-1), wave[1:].unsqueeze(-1)              # (T, B, 1) each


def train_next_value(length: int = 40, hidden_size: int = 32, steps: int = 150, lr: float = 1e-2,
                     seed: int = 0, warmup: int = 10):
    """Train a many-to-many RNN to predict a sine wave's next value.

    Returns (model, history, mse, baseline): the test mean squared error after ``warmup``
    steps, and that of the naive forecast "the next value equals this one".
    """
    from ..core import seed_everything
    from ..models.sequence import SequenceModel
    from ..train import fit

    check_int(warmup, "warmup", 0, length - 1)
    seed_everything(seed)
    generator = torch.Generator().manual_seed(seed)
    model = SequenceModel(cell="rnn", input_size=1, hidden_size=hidden_size, output_size=1,
                          readout="all")
    mse = torch.nn.functional.mse_loss

    history = fit(model, lambda model, batch: mse(model(batch[0]), batch[1]),
                  lambda step: sine_waves(32, length, generator), steps=steps, lr=lr,
                  progress=False, seed=seed)
    x, y = sine_waves(200, length, torch.Generator().manual_seed(10_000))
    with torch.no_grad():
        prediction = model(x)                                          # (T, B, 1)
    return (model, history, mse(prediction[warmup:], y[warmup:]).item(),
            mse(x[warmup:], y[warmup:]).item())
