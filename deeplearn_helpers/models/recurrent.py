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
from dataclasses import dataclass
from typing import Callable

import torch
from torch import nn

from ..i18n import tr
from ..validate import check_callable, check_choice, check_dtype, check_float, check_int, check_tensor, fail

__all__ = ["BPTTResult", "RNNCellScratch", "bptt", "identity_relu_rnn", "scaled_orthogonal",
           "unroll"]

NONLINEARITIES = {"tanh": torch.tanh, "relu": torch.relu}


class RNNCellScratch(nn.Module):
    """h_next = tanh(x · W_ihᵀ + b_ih + h · W_hhᵀ + b_hh) for a batch; torch's names and shapes."""

    def __init__(self, input_size: int, hidden_size: int, bias: bool = True,
                 nonlinearity: str = "tanh", dtype: torch.dtype | None = None):
        super().__init__()
        self.input_size = check_int(input_size, "input_size", 1, 100_000)
        self.hidden_size = check_int(hidden_size, "hidden_size", 1, 100_000)
        self.nonlinearity = check_choice(nonlinearity, "nonlinearity", NONLINEARITIES)
        bias = check_choice(bias, "bias", [True, False])
        dtype = None if dtype is None else check_dtype(dtype)
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


def _unroll_steps(cell: Callable, x: torch.Tensor, state):
    """Validated loop shared by ``unroll`` and ``bptt``: the list of h_t and the final state."""
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
    hs = []
    for t in range(T):
        state = cell(x[t]) if state is None else cell(x[t], state)  # h_t, or (h_t, c_t)
        hs.append(_hidden_of(state, "cell(x, state)"))               # (B, H)
    if len({tuple(h.shape) for h in hs}) != 1:
        fail("rnn.err_cell_shapes", shapes=sorted({tuple(h.shape) for h in hs}))
    return hs, state


def unroll(cell: Callable, x: torch.Tensor, state=None):
    """Run ``cell`` over every time step of ``x`` (T, B, input).

    ``state`` is the starting memory: a tensor h (B, hidden), a tuple (h, c) for an LSTM
    cell, or None (the cell is then called as ``cell(x_0)`` and starts from zeros, as torch's
    cells do).  Returns ``(outputs, final_state)``: outputs (T, B, hidden) are the hidden
    states h_1 … h_T, and final_state is whatever the cell returned last.
    """
    hs, state = _unroll_steps(cell, x, state)
    return torch.stack(hs), state                        # (T, B, H), final state


@dataclass
class BPTTResult:
    """What backpropagation through time (BPTT) sent where."""

    hidden_grads: torch.Tensor   # (T, B, H): ∂L/∂h_t, everything that flows back into h_t
    norms: torch.Tensor          # (T,): ‖∂L/∂h_t‖, averaged over the batch
    param_grad_norm: float       # ‖∂L/∂θ‖ over all the cell's parameters (0 for a plain function)
    loss: float


def bptt(cell: Callable, x: torch.Tensor, state=None,
         loss_fn: Callable[[torch.Tensor], torch.Tensor] | None = None) -> BPTTResult:
    """Unroll ``cell`` over ``x`` (T, B, input) and backpropagate ``loss_fn(outputs)`` through time.

    ``loss_fn`` gets the hidden states (T, B, H) and returns a scalar; by default
    L = Σ h_T, a loss that reads only the last step (many-to-one), so every earlier
    ∂L/∂h_t arrives only through the recurrence.
    """
    hs, _ = _unroll_steps(cell, x, state)
    if not any(h.requires_grad for h in hs):
        fail("rnn.err_no_graph")
    loss = loss_fn(torch.stack(hs)) if loss_fn is not None else hs[-1].sum()
    if not isinstance(loss, torch.Tensor) or loss.numel() != 1:
        fail("err.type", name="loss_fn(outputs)", expected=tr("rnn.type_scalar"),
             got=type(loss).__name__)
    params = [p for p in getattr(cell, "parameters", lambda: [])() if p.requires_grad]
    grads = torch.autograd.grad(loss, hs + params, allow_unused=True)
    hidden = torch.stack([g if g is not None else torch.zeros_like(h)
                          for g, h in zip(grads[:len(hs)], hs)])      # (T, B, H)
    squares = [g.pow(2).sum() for g in grads[len(hs):] if g is not None]
    param_norm = float(torch.stack(squares).sum().sqrt()) if squares else 0.0
    return BPTTResult(hidden.detach(), hidden.norm(dim=-1).mean(dim=1).detach(),
                      param_norm, float(loss.detach()))


def scaled_orthogonal(size: int, radius: float, seed: int = 0,
                      dtype: torch.dtype = torch.float32) -> torch.Tensor:
    """ρ·Q with Q a random orthogonal matrix: every direction is stretched by exactly ρ.

    Its spectral radius (largest |eigenvalue|) and all its singular values equal ``radius``,
    so ‖(ρQ)ᵏ v‖ = ρᵏ ‖v‖: a clean knob for the gradient's fate in a tanh RNN, where ρ < 1
    is enough for vanishing and ρ > 1 only allows exploding (saturated units can still make
    it vanish; Pascanu et al., 2013).
    """
    size = check_int(size, "size", 1, 4096)
    radius = check_float(radius, "radius", 0.0, 100.0)
    dtype = check_dtype(dtype)
    generator = torch.Generator().manual_seed(check_int(seed, "seed", 0))
    q, r = torch.linalg.qr(torch.randn(size, size, generator=generator, dtype=torch.float64))
    q = q * torch.sign(torch.diagonal(r))                # a uniformly random orthogonal Q
    return (radius * q).to(dtype)                        # (size, size)


def identity_relu_rnn(input_size: int, hidden_size: int) -> nn.RNN:
    """An IRNN (Le, Jaitly & Hinton, 2015): a plain ReLU ``nn.RNN`` with W_hh = I and zero biases.

    At the start every step copies the state unchanged (h_t = relu(h_{t-1} + W_ih·x_t)), so
    ∂h_t/∂h_{t-1} is the identity on the active units: the gradient neither shrinks nor grows
    along the recurrence until training changes W_hh.
    """
    layer = nn.RNN(check_int(input_size, "input_size", 1, 100_000),
                   check_int(hidden_size, "hidden_size", 1, 100_000), nonlinearity="relu")
    with torch.no_grad():
        layer.weight_hh_l0.copy_(torch.eye(hidden_size))          # (H, H) = I
        layer.bias_ih_l0.zero_()
        layer.bias_hh_l0.zero_()
    return layer
