"""Activation functions and their derivatives, side by side."""
from __future__ import annotations

import matplotlib.pyplot as plt
import torch

from ..i18n import tr
from ..models.activations import ACTIVATION_FUNCTIONS
from ..validate import check_choice, check_float, check_sequence
from .style import COLORS, SMALL

__all__ = ["plot_activations"]


def plot_activations(names=("sigmoid", "tanh", "relu", "leaky_relu"), span: float = 4.0):
    """One panel per function: f(x) solid, f′(x) dashed.

    Leaky ReLU differs from ReLU only by its small slope for x < 0 (0.01), invisible at the
    panel's scale: a small window magnifies that part."""
    names = [check_choice(n, "names", ACTIVATION_FUNCTIONS) for n in check_sequence(names, "names")]
    span = check_float(span, "span", 1e-3, 1e3)
    x = torch.linspace(-span, span, 401)
    fig, axes = plt.subplots(1, len(names), figsize=(3.1 * len(names), 2.9), sharey=True, squeeze=False)
    for ax, name in zip(axes[0], names):
        f, df = ACTIVATION_FUNCTIONS[name]
        ax.plot(x, f(x), lw=2.2, color=COLORS["model"], label="f(x)")
        ax.plot(x, df(x), lw=1.8, ls="--", color=COLORS["second"], label=tr("basics.derivative"))
        ax.axhline(0, color="black", lw=0.6)
        ax.axvline(0, color="black", lw=0.6)
        ax.set_title(name)
        ax.set_ylim(-1.3, 2.3)
        ax.set_xlabel("x")
        if name == "leaky_relu":
            _magnify_negative(ax, f, span)
    axes[0][0].legend(loc="upper left")
    return fig


def _magnify_negative(ax, f, span: float) -> None:
    """A window in the upper left of ``ax`` with f on x < 0 at a hundredfold vertical scale."""
    x = torch.linspace(-span, 0, 101)
    window = ax.inset_axes([0.2, 0.52, 0.36, 0.34])
    window.plot(x, f(x), lw=2, color=COLORS["model"])
    window.axhline(0, color="black", lw=0.6)
    window.set_ylim(-0.05, 0.01)
    window.set_xticks([-span, 0])
    window.set_yticks([-0.04, 0])
    window.tick_params(labelsize=SMALL)
    window.set_title("x < 0", fontsize=SMALL)
