"""LSTM and GRU cells written from scratch, with their gates in plain sight.

A gate is a vector of numbers between 0 and 1 (a sigmoid) that multiplies another vector
element by element: 1 lets a number through, 0 stops it.  Both cells compute all their
gates from one matrix product of the input x and the previous hidden state h, then split
the result in torch's order:

LSTM (gates i, f, g, o; cell state c):
    i = σ(W_ii x + b_ii + W_hi h + b_hi)          input gate: how much new to write
    f = σ(W_if x + b_if + W_hf h + b_hf)          forget gate: how much old memory to keep
    g = tanh(W_ig x + b_ig + W_hg h + b_hg)       candidate: what could be written
    o = σ(W_io x + b_io + W_ho h + b_ho)          output gate: how much memory to show
    c' = f ⊙ c + i ⊙ g,     h' = o ⊙ tanh(c')

GRU (gates r, z; candidate n):
    r = σ(W_ir x + b_ir + W_hr h + b_hr)          reset gate
    z = σ(W_iz x + b_iz + W_hz h + b_hz)          update gate: how much old h to keep
    n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))  note: r multiplies W_hn h + b_hn
    h' = (1 − z) ⊙ n + z ⊙ h

Along the cell state the LSTM's memory passes one step as c' = f ⊙ c + …, so the direct
path from c_s to c_t has the derivative ∂c_t/∂c_s = diag(f_{s+1} ⊙ … ⊙ f_t).  Gates do not
abolish vanishing gradients, they mitigate them: with f ≈ 0.73 the path shrinks to
0.73⁵⁰ ≈ 1.5·10⁻⁷ over 50 steps; it survives only in units where training has made f ≈ 1
(``memory_retention`` measures it).

The parameters have torch's names and shapes (``weight_ih`` is (k·H, I), the k gate
blocks stacked in the order above), so ``from_torch`` copies a torch layer and the two
give the same numbers.  ``gates(x, state)`` returns every intermediate vector by name,
and ``trace_gates`` does the same over a whole sequence, for pictures and explorers.

What a recurrent model costs, measured the same way for RNN, LSTM and GRU (notebook 02):
``saved_megabytes`` (the memory autograd keeps for the backward pass, each storage once) and
``median_milliseconds`` (robust timings: warm-up, calls taking turns, median, one thread).
"""
from __future__ import annotations

import math
import statistics
import time
from typing import Callable

import torch
from torch import nn

from ..core import kept_rng, torch_threads
from ..i18n import tr
from ..validate import check_dtype, check_float, check_int, check_module, check_tensor, fail, model_takes_data

__all__ = ["GRUCellScratch", "LSTMCellScratch", "median_milliseconds", "memory_change", "memory_retention",
           "saved_megabytes", "set_forget_bias", "trace_gates"]


class _GatedCell(nn.Module):
    """What LSTM and GRU cells share: k gate blocks of H rows, torch's init and copying."""

    n_blocks = 1                 # how many (H, ·) blocks are stacked in weight_ih
    gate_names: tuple = ()       # the blocks' names, in torch's order
    torch_cell: type = nn.Module
    torch_layer: type = nn.Module

    def __init__(self, input_size: int, hidden_size: int, dtype: torch.dtype | None = None):
        super().__init__()
        self.input_size = check_int(input_size, "input_size", 1, 100_000)
        self.hidden_size = check_int(hidden_size, "hidden_size", 1, 100_000)
        dtype = None if dtype is None else check_dtype(dtype)
        H, I, k = self.hidden_size, self.input_size, self.n_blocks
        bound = 1.0 / math.sqrt(H)  # torch's initialisation: U(-1/√H, 1/√H) for every number

        def uniform(*shape):
            return nn.Parameter(torch.empty(*shape, dtype=dtype).uniform_(-bound, bound))

        self.weight_ih = uniform(k * H, I)               # (kH, I): input → every block
        self.weight_hh = uniform(k * H, H)               # (kH, H): memory → every block
        self.bias_ih = uniform(k * H)                    # (kH,)
        self.bias_hh = uniform(k * H)                    # (kH,)

    @classmethod
    def from_torch(cls, layer: nn.Module):
        """A scratch cell holding a copy of the weights of torch's cell or one-layer layer."""
        if isinstance(layer, cls.torch_cell):
            suffix = ""
        elif isinstance(layer, cls.torch_layer):
            if layer.num_layers != 1 or layer.bidirectional or getattr(layer, "proj_size", 0):
                fail("gated.err_one_layer", kind=cls.torch_layer.__name__,
                     layers=layer.num_layers, bidirectional=layer.bidirectional)
            suffix = "_l0"
        else:
            fail("err.type", name="layer", expected=tr("gated.type_layer",
                 cell=cls.torch_cell.__name__, layer=cls.torch_layer.__name__),
                 got=type(layer).__name__)
        if not layer.bias:
            fail("gated.err_no_bias", kind=type(layer).__name__)
        weight_ih = getattr(layer, "weight_ih" + suffix)
        with kept_rng():                     # the random start is overwritten: leave the caller's generator as it was
            cell = cls(layer.input_size, layer.hidden_size, dtype=weight_ih.dtype)
        with torch.no_grad():
            for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
                getattr(cell, name).copy_(getattr(layer, name + suffix))
        return cell.to(weight_ih.device)

    def _check_inputs(self, x, parts: dict) -> torch.Tensor:
        """Validate x (B, input) and each state tensor (B, hidden); fill missing ones with zeros."""
        x = check_tensor(x, "x", ndim=2, shape=(None, self.input_size), hint="(B, input)")
        for name in parts:
            if parts[name] is None:                      # no memory yet: start from zeros
                parts[name] = x.new_zeros(x.shape[0], self.hidden_size)
            parts[name] = check_tensor(parts[name], name, ndim=2,
                                       shape=(x.shape[0], self.hidden_size), hint="(B, hidden)")
        for name, value in [("x", x), *parts.items()]:
            if value.dtype != self.weight_ih.dtype:
                fail("rnn.err_dtype",  # the same message as the plain RNN cell
                     name=name, got=str(value.dtype).replace("torch.", ""),
                     expected=str(self.weight_ih.dtype).replace("torch.", ""))
        return x

    def extra_repr(self) -> str:
        return f"{self.input_size}, {self.hidden_size}"


class LSTMCellScratch(_GatedCell):
    """One LSTM step, ``cell(x, (h, c)) -> (h_next, c_next)``, as torch's ``nn.LSTMCell``."""

    n_blocks = 4
    gate_names = ("i", "f", "g", "o")
    torch_cell = nn.LSTMCell
    torch_layer = nn.LSTM

    def gates(self, x: torch.Tensor, state=None) -> dict[str, torch.Tensor]:
        """Every vector of one step by name: i, f, g, o, and the new c and h, each (B, H)."""
        if state is None:
            state = (None, None)
        if not isinstance(state, (tuple, list)) or len(state) != 2:
            fail("err.type", name="state", expected=tr("gated.type_lstm_state"),
                 got=type(state).__name__)
        parts = {"h": state[0], "c": state[1]}
        x = self._check_inputs(x, parts)
        h, c = parts["h"], parts["c"]                   # (B, H) each
        z = x @ self.weight_ih.T + self.bias_ih + h @ self.weight_hh.T + self.bias_hh  # (B, 4H)
        i, f, g, o = z.chunk(4, dim=1)                   # (B, H) each, torch's order
        i, f, g, o = torch.sigmoid(i), torch.sigmoid(f), torch.tanh(g), torch.sigmoid(o)
        c_next = f * c + i * g                           # keep part of the old, write the new
        h_next = o * torch.tanh(c_next)                  # show part of the memory
        return {"i": i, "f": f, "g": g, "o": o, "c": c_next, "h": h_next}

    def forward(self, x: torch.Tensor, state=None) -> tuple[torch.Tensor, torch.Tensor]:
        out = self.gates(x, state)
        return out["h"], out["c"]                        # (B, H), (B, H)


class GRUCellScratch(_GatedCell):
    """One GRU step, ``cell(x, h) -> h_next``, as torch's ``nn.GRUCell``."""

    n_blocks = 3
    gate_names = ("r", "z", "n")
    torch_cell = nn.GRUCell
    torch_layer = nn.GRU

    def gates(self, x: torch.Tensor, h: torch.Tensor | None = None) -> dict[str, torch.Tensor]:
        """Every vector of one step by name: r, z, n and the new h, each (B, H)."""
        parts = {"h": h}
        x = self._check_inputs(x, parts)
        h = parts["h"]                                   # (B, H)
        xi = x @ self.weight_ih.T + self.bias_ih         # (B, 3H)
        hh = h @ self.weight_hh.T + self.bias_hh         # (B, 3H)
        x_r, x_z, x_n = xi.chunk(3, dim=1)               # (B, H) each, torch's order
        h_r, h_z, h_n = hh.chunk(3, dim=1)
        r = torch.sigmoid(x_r + h_r)
        z = torch.sigmoid(x_z + h_z)
        n = torch.tanh(x_n + r * h_n)                    # r gates W_hn h + b_hn, bias included
        h_next = (1 - z) * n + z * h
        return {"r": r, "z": z, "n": n, "h": h_next}

    def forward(self, x: torch.Tensor, h: torch.Tensor | None = None) -> torch.Tensor:
        return self.gates(x, h)["h"]                     # (B, H)


def set_forget_bias(layer: nn.Module, value: float = 1.0) -> nn.Module:
    """Start an LSTM's forget gate open: total forget bias b_if + b_hf = ``value``, in place.

    With a bias of 1, f = σ(1 + …) ≈ 0.73 at the start instead of σ(0) = 0.5: a better start
    for learning long memory, not memory by default, since 0.73⁵⁰ ≈ 1.5·10⁻⁷.  Training
    still has to drive f towards 1 in the units that keep something
    (Gers, Schmidhuber & Cummins 2000; Jozefowicz, Zaremba & Sutskever 2015).
    Takes ``nn.LSTMCell``, ``nn.LSTM`` (every layer) or ``LSTMCellScratch``; returns it.
    """
    if not isinstance(layer, (nn.LSTMCell, nn.LSTM, LSTMCellScratch)):
        fail("err.type", name="layer", expected="nn.LSTMCell / nn.LSTM / LSTMCellScratch",
             got=type(layer).__name__)
    value = check_float(value, "value", -100.0, 100.0)
    H = layer.hidden_size
    with torch.no_grad():
        for name, bias in layer.named_parameters():
            if name.startswith("bias_ih"):
                bias[H:2 * H] = value                    # f is the second block: i, f, g, o
            elif name.startswith("bias_hh"):
                bias[H:2 * H] = 0.0
    return layer


def trace_gates(cell: _GatedCell, x: torch.Tensor, state=None) -> dict[str, torch.Tensor]:
    """Run a scratch LSTM or GRU cell over x (T, B, input); every gate and state over time.

    Returns a dict of (T, B, H) tensors: the cell's gates (LSTM: i, f, g, o, c, h;
    GRU: r, z, n, h), plus ``h_prev`` (and ``c_prev`` for the LSTM), the state each step
    started from.  Nothing is tracked for gradients: this is for looking, not training.
    """
    if not isinstance(cell, _GatedCell):
        fail("err.type", name="cell", expected="LSTMCellScratch / GRUCellScratch",
             got=type(cell).__name__)
    x = check_tensor(x, "x", ndim=3, shape=(None, None, cell.input_size), hint="(T, B, input)")
    if x.shape[0] == 0 or x.shape[1] == 0:
        fail("err.empty", name="x")
    lstm = isinstance(cell, LSTMCellScratch)
    if state is None:                                    # no memory yet: start from zeros
        zeros = x.new_zeros(x.shape[1], cell.hidden_size)
        state = (zeros, zeros) if lstm else zeros
    steps: dict[str, list] = {}
    with torch.no_grad():
        for t in range(x.shape[0]):
            out = cell.gates(x[t], state)                # also checks the starting state
            out["h_prev"] = state[0] if lstm else state  # the memory this step started from
            if lstm:
                out["c_prev"] = state[1]
            for name, value in out.items():
                steps.setdefault(name, []).append(value)
            state = (out["h"], out["c"]) if lstm else out["h"]
    return {name: torch.stack(values) for name, values in steps.items()}  # (T, B, H) each


def memory_change(trace: dict[str, torch.Tensor]) -> torch.Tensor:
    """How much the memory moved at each step: ‖c_t − c_{t−1}‖ (LSTM) or ‖h_t − h_{t−1}‖ (GRU).

    ``trace`` comes from ``trace_gates``; returns a (T, B) tensor.  Near 0 means the step
    kept the memory as it was; a large value means something was written or forgotten.
    """
    if not isinstance(trace, dict) or "h_prev" not in trace:
        fail("err.type", name="trace", expected="trace_gates(...)", got=type(trace).__name__)
    state = "c" if "c_prev" in trace else "h"
    return (trace[state] - trace[state + "_prev"]).norm(dim=-1)      # (T, B)


def memory_retention(trace: dict[str, torch.Tensor], start: torch.Tensor, stop: torch.Tensor) -> torch.Tensor:
    """How much of the memory at step ``start`` the keep gate lets through to step ``stop``.

    The product of the keep gate (LSTM: f, GRU: z) over the steps start+1 … stop, for every
    sequence and unit: the share of c_start (h_start) still in the memory at ``stop`` if
    nothing else is written, and ∂c_stop/∂c_start along the direct path of the memory.
    ``trace`` comes from ``trace_gates``; ``start`` and ``stop`` are (B,) step indices with
    start < stop.  Returns a (B, H) tensor of numbers in [0, 1].
    """
    if not isinstance(trace, dict) or "h_prev" not in trace:
        fail("err.type", name="trace", expected="trace_gates(...)", got=type(trace).__name__)
    keep = trace["f"] if "f" in trace else trace["z"]                  # (T, B, H)
    T, B = keep.shape[:2]
    start = check_tensor(start, "start", shape=(B,), hint="(B,)")
    stop = check_tensor(stop, "stop", shape=(B,), hint="(B,)")
    if start.is_floating_point() or stop.is_floating_point() or not (
            (0 <= start) & (start < stop) & (stop < T)).all():
        fail("gated.err_span", length=T)
    log_keep = keep.double().clamp_min(1e-300).log()                   # sums of logs: no underflow
    total = torch.cat([log_keep.new_zeros(1, B, keep.shape[2]), log_keep.cumsum(dim=0)])  # (T+1, B, H)
    columns = torch.arange(B)
    return (total[stop + 1, columns] - total[start + 1, columns]).exp().to(keep.dtype)  # (B, H)


def saved_megabytes(model: nn.Module, x: torch.Tensor) -> float:
    """Megabytes autograd keeps for the backward pass of ``model(x)``, beyond the weights and x.

    Every tensor autograd saves passes through a ``saved_tensors_hooks`` pack function.  One
    storage is often saved many times (W_hh and the input at every step, views of one
    buffer), so each storage is counted once, by its address, and the storages of the
    parameters and of x, which exist anyway, are left out.
    """
    check_module(model, "model")
    x = check_tensor(x, "x", dtype=torch.float32)
    existing = {p.untyped_storage().data_ptr() for p in model.parameters()}
    existing.add(x.untyped_storage().data_ptr())
    kept: dict[int, int] = {}                           # storage address → bytes

    def pack(tensor):
        storage = tensor.untyped_storage()
        if storage.data_ptr() not in existing:
            kept[storage.data_ptr()] = storage.nbytes()
        return tensor

    with torch.autograd.graph.saved_tensors_hooks(pack, lambda tensor: tensor), model_takes_data("model"):
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
