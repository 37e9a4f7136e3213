"""One sequence model for the series: a recurrent layer (RNN, LSTM or GRU) and a linear readout.

The recurrent layer is torch's fast ``nn.RNN`` / ``nn.LSTM`` / ``nn.GRU`` with time first:
x has shape (T, B, input).  The readout turns hidden states into outputs:

* ``readout="last"`` — many-to-one: only the last hidden state h_T is read, (B, output);
* ``readout="all"``  — many-to-many: every h_t is read, (T, B, output).

What a model costs, measured the same way for every cell:

* ``saved_megabytes`` — the memory autograd keeps for the backward pass, each storage once;
* ``median_milliseconds`` — robust timings: warm-up, calls taking turns, median, one thread.
"""
from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from typing import Callable

import torch
from torch import nn

from ..core import torch_threads
from ..validate import check_choice, check_int, check_module, check_tensor, fail

__all__ = ["CELLS", "READOUTS", "SequenceConfig", "SequenceModel", "median_milliseconds",
           "saved_megabytes"]

CELLS = {"rnn": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}
READOUTS = ("last", "all")


@dataclass
class SequenceConfig:
    cell: str = "rnn"          # "rnn" | "lstm" | "gru"
    input_size: int = 1
    hidden_size: int = 32
    output_size: int = 1
    num_layers: int = 1
    readout: str = "last"      # "last" (many-to-one) | "all" (many-to-many)


class SequenceModel(nn.Module):
    """x (T, B, input) → recurrent layer → linear readout → (B, output) or (T, B, output)."""

    def __init__(self, config: SequenceConfig | None = None, **kwargs):
        super().__init__()
        config = config or SequenceConfig(**kwargs)
        check_choice(config.cell, "cell", CELLS)
        check_choice(config.readout, "readout", READOUTS)
        check_int(config.input_size, "input_size", 1, 100_000)
        check_int(config.hidden_size, "hidden_size", 1, 100_000)
        check_int(config.output_size, "output_size", 1, 100_000)
        check_int(config.num_layers, "num_layers", 1, 16)
        self.config = config
        self.recurrent = CELLS[config.cell](config.input_size, config.hidden_size,
                                            num_layers=config.num_layers)
        self.head = nn.Linear(config.hidden_size, config.output_size)

    def _check(self, x: torch.Tensor) -> torch.Tensor:
        x = check_tensor(x, "x", ndim=3, shape=(None, None, self.config.input_size),
                         hint="(T, B, input)")
        if x.shape[0] == 0 or x.shape[1] == 0:
            fail("err.empty", name="x")
        return x

    def hidden_states(self, x: torch.Tensor) -> torch.Tensor:
        """The last layer's hidden states h_1 … h_T, (T, B, hidden): for pictures."""
        x = self._check(x)
        out, _ = self.recurrent(x)                       # (T, B, H)
        return out

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.hidden_states(x)                        # (T, B, H)
        if self.config.readout == "last":
            return self.head(h[-1])                      # (B, output)
        return self.head(h)                              # (T, B, output)


def saved_megabytes(model: nn.Module, x: torch.Tensor) -> float:
    """Megabytes autograd keeps for the backward pass of ``model(x)``, beyond the weights and x.

    Every tensor autograd saves passes through a ``saved_tensors_hooks`` pack function.  One
    storage is often saved many times (W_hh and the input at every step, views of one
    buffer), so each storage is counted once, by its address, and the storages of the
    parameters and of x, which exist anyway, are left out.
    """
    check_module(model, "model")
    x = check_tensor(x, "x")
    existing = {p.untyped_storage().data_ptr() for p in model.parameters()}
    existing.add(x.untyped_storage().data_ptr())
    kept: dict[int, int] = {}                           # storage address → bytes

    def pack(tensor):
        storage = tensor.untyped_storage()
        if storage.data_ptr() not in existing:
            kept[storage.data_ptr()] = storage.nbytes()
        return tensor

    with torch.autograd.graph.saved_tensors_hooks(pack, lambda tensor: tensor):
        model(x)
    return sum(kept.values()) / 2**20


def median_milliseconds(calls: dict[str, Callable[[], object]], repeats: int = 9) -> dict[str, float]:
    """The median wall-clock time of each call, in milliseconds, on one torch thread.

    Each call runs once to warm up (first-call allocations), then the calls take turns
    ``repeats`` times (a, b, c, a, b, c, …), so a burst of load from another program falls
    on all of them alike, and the median ignores the runs such a burst slowed down.
    """
    if not isinstance(calls, dict) or not calls or not all(callable(f) for f in calls.values()):
        fail("err.type", name="calls", expected="{name: function}", got=type(calls).__name__)
    repeats = check_int(repeats, "repeats", 1, 1000)
    times: dict[str, list[float]] = {name: [] for name in calls}
    with torch_threads(1):
        for call in calls.values():
            call()                                      # warm-up
        for _ in range(repeats):
            for name, call in calls.items():
                start = time.perf_counter()
                call()
                times[name].append(time.perf_counter() - start)
    return {name: 1000 * statistics.median(values) for name, values in times.items()}
