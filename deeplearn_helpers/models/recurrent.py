"""A recurrent cell written from scratch, and a loop that unrolls any cell in time.

The plain (Elman) recurrent cell keeps a hidden state h, its memory, and updates it
with every new input x:

    h_t = tanh(W_ih · x_t + b_ih + W_hh · h_{t-1} + b_hh)

The same weights are used at every time step (weight sharing).  ``RNNCellScratch``
follows torch's own ``nn.RNNCell``: the same parameter names and shapes and the same call
``cell(x, h) -> h_next``, so ``RNNCellScratch.from_torch(layer)`` copies a torch layer's
weights and gives the same numbers.  ``unroll`` runs any such cell (this one, torch's
``nn.RNNCell`` / ``nn.GRUCell``, or an LSTM cell that returns ``(h, c)``) over a whole
sequence.
"""
from __future__ import annotations

import math
from typing import Callable

import torch
from torch import nn

from ..i18n import tr
from ..validate import check_callable, check_choice, check_int, check_tensor, fail

__all__ = ["RNNCellScratch", "unroll"]

NONLINEARITIES = {"tanh": torch.tanh, "relu": torch.relu}


class RNNCellScratch(nn.Module):
    """h_next = tanh(x · W_ihᵀ + b_ih + h · W_hhᵀ + b_hh) for a batch; torch's names and shapes."""

    def __init__(self, input_size: int, hidden_size: int, bias: bool = True,
                 nonlinearity: str = "tanh", dtype: torch.dtype | None = None):
        super().__init__()
        self.input_size = check_int(input_size, "input_size", 1, 100_000)
        self.hidden_size = check_int(hidden_size, "hidden_size", 1, 100_000)
        self.nonlinearity = check_choice(nonlinearity, "nonlinearity", NONLINEARITIES)
        H, I = self.hidden_size, self.input_size
        bound = 1.0 / math.sqrt(H)  # torch's initialisation: U(-1/√H, 1/√H) for every number

        def uniform(*shape):
            return nn.Parameter(torch.empty(*shape, dtype=dtype).uniform_(-bound, bound))

        self.weight_ih = uniform(H, I)                   # (H, I): input → hidden
        self.weight_hh = uniform(H, H)                   # (H, H): hidden → hidden, the memory
        self.bias_ih = uniform(H) if bias else None      # (H,)
        self.bias_hh = uniform(H) if bias else None      # (H,)

    @classmethod
    def from_torch(cls, layer: nn.Module) -> "RNNCellScratch":
        """A scratch cell with a copy of the weights of ``nn.RNNCell`` or a one-layer ``nn.RNN``."""
        if isinstance(layer, nn.RNNCell):
            suffix = ""
        elif isinstance(layer, nn.RNN):
            if layer.num_layers != 1 or layer.bidirectional:
                fail("rnn.err_one_layer", layers=layer.num_layers,
                     bidirectional=layer.bidirectional)
            suffix = "_l0"
        else:
            fail("err.type", name="layer", expected=tr("rnn.type_layer"),
                 got=type(layer).__name__)
        weight_ih = getattr(layer, "weight_ih" + suffix)
        cell = cls(layer.input_size, layer.hidden_size, bias=layer.bias,
                   nonlinearity=layer.nonlinearity, dtype=weight_ih.dtype)
        with torch.no_grad():
            for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
                mine = getattr(cell, name)
                if mine is not None:
                    mine.copy_(getattr(layer, name + suffix))
        return cell.to(weight_ih.device)

    def forward(self, x: torch.Tensor, h: torch.Tensor | None = None) -> torch.Tensor:
        x = check_tensor(x, "x", ndim=2, shape=(None, self.input_size), hint="(B, input)")
        if h is None:                                    # no memory yet: start from zeros
            h = x.new_zeros(x.shape[0], self.hidden_size)
        h = check_tensor(h, "h", ndim=2, shape=(x.shape[0], self.hidden_size), hint="(B, hidden)")
        for name, value in (("x", x), ("h", h)):
            if value.dtype != self.weight_ih.dtype:
                fail("rnn.err_dtype", name=name, got=str(value.dtype).replace("torch.", ""),
                     expected=str(self.weight_ih.dtype).replace("torch.", ""))
        pre = x @ self.weight_ih.T + h @ self.weight_hh.T  # (B, H)
        if self.bias_ih is not None:
            pre = pre + self.bias_ih + self.bias_hh        # (B, H)
        return NONLINEARITIES[self.nonlinearity](pre)     # (B, H)

    def extra_repr(self) -> str:
        return f"{self.input_size}, {self.hidden_size}, nonlinearity={self.nonlinearity!r}"


def _hidden_of(state, what: str) -> torch.Tensor:
    """The hidden state h of a state that is a tensor h or a tuple (h, c)."""
    h = state[0] if isinstance(state, (tuple, list)) and state else state
    if not isinstance(h, torch.Tensor):
        fail("err.type", name=what, expected=tr("rnn.type_state"), got=type(state).__name__)
    return h


def _check_state(state, batch: int, hidden_size: int | None) -> None:
    parts = state if isinstance(state, (tuple, list)) else (state,)
    if not parts:
        fail("err.type", name="state", expected=tr("rnn.type_state"), got="()")
    for i, part in enumerate(parts):
        name = "state" if len(parts) == 1 else f"state[{i}]"
        check_tensor(part, name, ndim=2, shape=(batch, hidden_size), hint="(B, hidden)")


def unroll(cell: Callable, x: torch.Tensor, state=None):
    """Run ``cell`` over every time step of ``x`` (T, B, input).

    ``state`` is the starting memory: a tensor h (B, hidden), a tuple (h, c) for an LSTM
    cell, or None (the cell is then called as ``cell(x_0)`` and starts from zeros, as torch's
    cells do).  Returns ``(outputs, final_state)``: outputs (T, B, hidden) are the hidden
    states h_1 … h_T, and final_state is whatever the cell returned last.
    """
    check_callable(cell, "cell")
    x = check_tensor(x, "x", ndim=3, hint="(T, B, input)")
    T, B, width = x.shape
    if T == 0 or B == 0:
        fail("err.empty", name="x")
    input_size = getattr(cell, "input_size", None)
    hidden_size = getattr(cell, "hidden_size", None)
    if isinstance(input_size, int) and width != input_size:
        fail("err.dim", name="x", axis=2, expected=input_size, shape=tuple(x.shape))
    if state is not None:
        _check_state(state, B, hidden_size if isinstance(hidden_size, int) else None)
    outputs = []
    for t in range(T):
        state = cell(x[t]) if state is None else cell(x[t], state)  # h_t, or (h_t, c_t)
        outputs.append(_hidden_of(state, "cell(x, state)"))          # (B, H)
    try:
        return torch.stack(outputs), state               # (T, B, H), final state
    except RuntimeError:
        fail("rnn.err_cell_shapes", shapes=sorted({tuple(o.shape) for o in outputs}))
