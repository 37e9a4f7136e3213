"""Pictures of a recurrent network: folded and unrolled in time, and the gradient flowing back.

* ``draw_rnn`` draws the folded network (one cell with a loop: the hidden state feeds
  back) next to the same network unrolled over T steps, where the loop becomes a chain
  of copies that share one set of weights.  ``kind`` picks which inputs and outputs exist:
  many-to-many, many-to-one or one-to-many.
* ``plot_gradient_flow`` draws ‖∂L/∂hₜ‖ against the time step t on a log scale.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import torch
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

from ..i18n import tr
from ..validate import check_choice, check_int, check_tensor, fail
from .style import PALETTE

__all__ = ["KINDS", "draw_rnn", "plot_gradient_flow"]

KINDS = ("many_to_many", "many_to_one", "one_to_many")
_INPUT, _HIDDEN, _OUTPUT = PALETTE[0], PALETTE[2], PALETTE[1]
FOLDED_X = (-0.9, 1.6)


def _box(ax, x, y, text, colour, w=0.7, h=0.5):
    ax.add_patch(FancyBboxPatch((x - w / 2, y - h / 2), w, h, boxstyle="round,pad=0.04",
                                fc=colour, ec="black", lw=1, alpha=0.9))
    ax.text(x, y, text, ha="center", va="center", color="white", fontsize=11, weight="bold")


def _arrow(ax, start, end, label="", colour="black", rad=0.0, label_offset=(0.0, 0.0)):
    ax.add_patch(FancyArrowPatch(start, end, arrowstyle="-|>", mutation_scale=12, lw=1.3,
                                 color=colour, connectionstyle=f"arc3,rad={rad}"))
    if label:
        mx, my = (start[0] + end[0]) / 2 + label_offset[0], (start[1] + end[1]) / 2 + label_offset[1]
        ax.text(mx, my, label, fontsize=9, ha="center", va="center", color=colour,
                bbox=dict(fc="white", ec="none", pad=0.5))


def _has(kind: str, steps: int):
    """Which time steps have an input x_t and an output y_t."""
    inputs = [0] if kind == "one_to_many" else list(range(steps))
    outputs = [steps - 1] if kind == "many_to_one" else list(range(steps))
    return inputs, outputs


def _folded(ax):
    _box(ax, 0, 0, "h", _HIDDEN)
    _box(ax, 0, -1.3, "x", _INPUT)
    _box(ax, 0, 1.3, "y", _OUTPUT)
    _arrow(ax, (0, -1.05), (0, -0.27), "$W_{xh}$", label_offset=(0.35, 0))
    _arrow(ax, (0, 0.27), (0, 1.05), "$W_{hy}$", label_offset=(-0.42, 0))
    # the loop: hₜ goes out on the right and comes back in as hₜ₋₁ at the next step
    ax.plot([0.2, 0.2, 0.9, 0.9], [0.27, 0.6, 0.6, 0.0], color=_HIDDEN, lw=1.3)
    _arrow(ax, (0.9, 0.0), (0.37, 0.0), colour=_HIDDEN)
    ax.text(0.95, 0.3, "$W_{hh}$", fontsize=9, color=_HIDDEN, ha="left", va="center")
    ax.set_title(tr("rnn.plot_folded"), fontsize=10)
    ax.set_xlim(*FOLDED_X)


def _unrolled_right(steps: int) -> float:
    """Right end of the unrolled panel: at least three steps wide, so its texts fit."""
    return 1.6 * max(steps - 1, 2) + 0.6


def _unrolled(ax, kind: str, steps: int):
    inputs, outputs = _has(kind, steps)
    for t in range(steps):
        cx = 1.6 * t
        _box(ax, cx, 0, f"$h_{t + 1}$", _HIDDEN)
        if t in inputs:
            _box(ax, cx, -1.3, f"$x_{t + 1}$", _INPUT)
            _arrow(ax, (cx, -1.05), (cx, -0.27), "$W_{xh}$" if t == 0 else "", label_offset=(0.35, 0))
        if t in outputs:
            _box(ax, cx, 1.3, f"$y_{t + 1}$", _OUTPUT)
            _arrow(ax, (cx, 0.27), (cx, 1.05))
        start = (cx - 1.6 + 0.36, 0) if t else (cx - 1.05, 0)
        _arrow(ax, start, (cx - 0.37, 0), "$W_{hh}$", colour=_HIDDEN, label_offset=(0, 0.28))
    ax.text(-1.15, 0, "$h_0$", ha="right", va="center", fontsize=11)
    ax.text(1.6 * (steps - 1) / 2, -2.0, tr("rnn.plot_shared"), ha="center", fontsize=9,
            style="italic")
    ax.set_title(tr("rnn.plot_unrolled", kind=tr(f"rnn.kind_{kind}")), fontsize=10)
    ax.set_xlim(-1.5, _unrolled_right(steps))


def draw_rnn(kind: str = "many_to_many", steps: int = 4):
    """The folded network beside the same network unrolled over ``steps`` time steps."""
    check_choice(kind, "kind", KINDS)
    steps = check_int(steps, "steps", 2, 8)
    widths = [FOLDED_X[1] - FOLDED_X[0], _unrolled_right(steps) + 1.5]   # data units, equal aspect
    fig, (left, right) = plt.subplots(1, 2, figsize=(0.75 * sum(widths), 3.5),
                                      gridspec_kw={"width_ratios": widths})
    _folded(left)
    _unrolled(right, kind, steps)
    for ax in (left, right):
        ax.set_ylim(-2.3, 1.8)
        ax.set_aspect("equal")
        ax.axis("off")
    return fig


def plot_gradient_flow(curves: dict[str, object], ax=None, title: str | None = None):
    """‖∂L/∂hₜ‖ against t on a log scale; ``curves`` maps a label to a (T,) array or tensor."""
    if not isinstance(curves, dict) or not curves:
        fail("err.type", name="curves", expected=tr("rnn.type_curves"), got=type(curves).__name__)
    if ax is None:
        _, ax = plt.subplots(figsize=(6, 3.2))
    for i, (label, norms) in enumerate(curves.items()):
        norms = check_tensor(torch.as_tensor(np.asarray(norms, dtype=np.float64)), f"curves[{label!r}]",
                             ndim=1, hint="(T,)")
        steps = np.arange(1, len(norms) + 1)
        ax.semilogy(steps, np.maximum(norms.numpy(), 1e-300), lw=2, label=label,
                    color=PALETTE[i % len(PALETTE)])
    ax.set_xlabel(tr("rnn.axis_step"))
    ax.set_ylabel(tr("rnn.axis_grad_norm"))
    if title:
        ax.set_title(title)
    ax.legend(fontsize=9)
    return ax
