"""Notebook 03's experiments: how far back can a plain RNN remember? (``from
deeplearn_helpers.experiments import recurrent as E``)

* ``train_next_value``: a many-to-many RNN predicts a sine wave's next value, against the
  naive forecast "the next value equals this one";
* ``train_recall``: a many-to-one network recalls the symbol seen ``delay`` steps before the
  end (``data.recall_batch``); the plain RNN succeeds for short delays only, the IRNN
  (ReLU, W_hh = I at the start) and the gated cells reach further.

Every recipe trains with its own seed inside ``core.kept_rng`` (the caller's random
numbers are left as they were) and returns a ``train.Trained``: the model (eval mode), its
history and the numbers measured after training.  Tensors are time-first, (T, B, F), like
``models.SequenceModel``; ``train.fit`` only batches the steps here (fresh batches per step).
"""
from __future__ import annotations

import torch

from ..core import evaluating, kept_rng
from ..data.sequences import recall_batch, recall_sampler, sine_waves
from ..models.recurrent import identity_relu_rnn
from ..models.sequence import SequenceModel
from ..train import Trained, fit
from ..validate import check_choice, check_int, check_module, model_takes_data

__all__ = ["RECALL_CELLS", "recall_accuracy", "train_next_value", "train_recall"]


def recall_accuracy(model: torch.nn.Module, length: int, delay: int, n_symbols: int = 4,
                    n: int = 1000, seed: int = 10_000) -> float:
    """Share of ``n`` fresh test sequences (a fixed set per seed) whose symbol is recalled."""
    check_module(model, "model")
    seed = check_int(seed, "seed", 0)
    x, y = recall_batch(n, length, delay, n_symbols, torch.Generator().manual_seed(seed))
    with evaluating(model), model_takes_data("model"):
        with torch.no_grad():
            accuracy = (model(x).argmax(dim=-1) == y).float().mean().item()
    return accuracy


RECALL_CELLS = ("rnn", "lstm", "gru", "irnn")


def train_recall(cell: str = "rnn", length: int = 50, delay: int = 2, n_symbols: int = 4,
                 hidden_size: int = 32, steps: int = 200, lr: float = 3e-3, seed: int = 0):
    """Train a many-to-one ``SequenceModel`` on the recall task; ``Trained`` with ``accuracy``.

    The recipe behind notebook 03's claim (and its unit test over seeds 0..4): Adam,
    a fresh batch of 64 every step, gradient norm clipped at 1, cross-entropy loss,
    torch's default initialisation.  ``cell="irnn"`` is the same plain RNN with ReLU and
    W_hh = I at the start (``models.identity_relu_rnn``, Le et al. 2015), trained alike.
    """
    check_choice(cell, "cell", RECALL_CELLS)
    sampler = recall_sampler(64, length, delay, n_symbols, seed)       # checks the task's arguments
    with kept_rng(seed):
        model = SequenceModel(cell="rnn" if cell == "irnn" else cell, input_size=n_symbols,
                              hidden_size=hidden_size, output_size=n_symbols, readout="last")
        if cell == "irnn":
            model.recurrent = identity_relu_rnn(n_symbols, hidden_size)

        def loss_fn(model, batch):
            x, y = batch                                     # (T, B, K), (B,)
            return torch.nn.functional.cross_entropy(model(x), y)

        history = fit(model, loss_fn, sampler, steps=steps, lr=lr, clip_grad_norm=1.0, progress=False,
                      seed=seed)
    model.eval()
    return Trained(model, history, {"accuracy": recall_accuracy(model, length, delay, n_symbols)})


def train_next_value(length: int = 40, hidden_size: int = 32, steps: int = 150, lr: float = 1e-2,
                     seed: int = 0, warmup: int = 10):
    """Train a many-to-many RNN to predict a sine wave's next value.

    Returns a ``Trained`` with ``mse``, the test mean squared error after ``warmup`` steps,
    and ``baseline``, that of the naive forecast "the next value equals this one".
    """
    length = check_int(length, "length", 2, 10_000)
    check_int(warmup, "warmup", 0, length - 1)
    seed = check_int(seed, "seed", 0)
    with kept_rng(seed):
        generator = torch.Generator().manual_seed(seed)
        model = SequenceModel(cell="rnn", input_size=1, hidden_size=hidden_size, output_size=1,
                              readout="all")
        mse = torch.nn.functional.mse_loss

        history = fit(model, lambda model, batch: mse(model(batch[0]), batch[1]),
                      lambda step: sine_waves(32, length, generator), steps=steps, lr=lr,
                      progress=False, seed=seed)
    x, y = sine_waves(200, length, torch.Generator().manual_seed(10_000))
    model.eval()
    with torch.no_grad():
        prediction = model(x)                                          # (T, B, 1)
    return Trained(model, history, {"mse": mse(prediction[warmup:], y[warmup:]).item(),
                                    "baseline": mse(x[warmup:], y[warmup:]).item()})
