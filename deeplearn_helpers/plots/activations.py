"""Activation functions and their derivatives, side by side."""
from __future__ import annotations

import matplotlib.pyplot as plt
import torch

from ..i18n import tr
from ..models.activations import ACTIVATION_FUNCTIONS
from ..validate import check_choice

__all__ = ["plot_activations"]


def plot_activations(names=("sigmoid", "tanh", "relu", "leaky_relu"), span: float = 4.0):
    """One panel per function: f(x) solid, f′(x) dashed."""
    names = [check_choice(n, "names", ACTIVATION_FUNCTIONS) for n in names]
    x = torch.linspace(-span, span, 401)
    fig, axes = plt.subplots(1, len(names), figsize=(3.1 * len(names), 2.9), sharey=True, squeeze=False)
    for ax, name in zip(axes[0], names):
        f, df = ACTIVATION_FUNCTIONS[name]
        ax.plot(x, f(x), lw=2.2, label="f(x)")
        ax.plot(x, df(x), lw=1.8, ls="--", label=tr("basics.derivative"))
        ax.axhline(0, color="black", lw=0.6)
        ax.axvline(0, color="black", lw=0.6)
        ax.set_title(name)
        ax.set_ylim(-1.3, 2.3)
        ax.set_xlabel("x")
    axes[0][0].legend(loc="upper left")
    return fig
