"""A picture of a fully connected network: input layer → hidden layers → output layer.

Redraws the lecture's figures 13.1 and 13.2 for any layer sizes.  Given a model, the
lines are coloured by the sign of each weight (blue +, orange −) and drawn thicker
the larger the weight.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import FancyArrowPatch

from ..i18n import tr
from ..validate import check_int, fail
from .style import COLORS, PALETTE

__all__ = ["draw_network", "layer_names"]

MAX_SHOWN = 8  # larger layers are drawn with their first and last neurons and a "⋮"


def layer_names(n_layers: int) -> list[str]:
    """Kazakh (or current-language) names of the layers, input first."""
    n_layers = check_int(n_layers, "n_layers", 2)
    names = [tr("basics.input_layer")]
    names += [tr("basics.hidden_layer", i=i) for i in range(1, n_layers - 1)]
    return names + [tr("basics.output_layer")]


def _shown(size: int) -> list[int | None]:
    if size <= MAX_SHOWN:
        return list(range(size))
    half = MAX_SHOWN // 2
    return list(range(half)) + [None] + list(range(size - half + 1, size))


def draw_network(sizes, ax=None, weights=None, title: str | None = None):
    """Draw neurons as circles and connections as lines; returns the axes.

    ``sizes``: neurons per layer, input first, e.g. ``[3, 4, 4, 2]``.
    ``weights``: optional list of (out, in) arrays, one per layer (e.g. from an MLP).
    """
    if not isinstance(sizes, (list, tuple)) or len(sizes) < 2:
        fail("err.type", name="sizes", expected="[input, ..., output]", got=sizes)
    sizes = [check_int(s, f"sizes[{i}]", 1, 10_000) for i, s in enumerate(sizes)]
    if weights is not None and len(weights) != len(sizes) - 1:
        fail("err.type", name="weights", expected=f"{len(sizes) - 1} matrices", got=len(weights))
    if ax is None:
        _, ax = plt.subplots(figsize=(1.9 * len(sizes) + 1, 3.6))
    columns = [_shown(s) for s in sizes]
    height = max(len(c) for c in columns)
    ys = [np.linspace(height / 2, -height / 2, len(c) + 2)[1:-1] for c in columns]
    colours = [PALETTE[2]] + [PALETTE[0]] * (len(sizes) - 2) + [PALETTE[1]]
    scale = max((np.abs(np.asarray(w)).max() for w in weights), default=1.0) if weights else 1.0
    for layer in range(len(sizes) - 1):
        for j, (a, ya) in enumerate(zip(columns[layer], ys[layer])):
            for k, (b, yb) in enumerate(zip(columns[layer + 1], ys[layer + 1])):
                if a is None or b is None:
                    continue
                if weights is None:
                    colour, width = COLORS["baseline"], 0.6
                else:
                    w = float(np.asarray(weights[layer])[b, a])
                    colour = COLORS["positive"] if w > 0 else COLORS["negative"]
                    width = 0.3 + 2.5 * abs(w) / scale
                ax.plot([layer, layer + 1], [ya, yb], color=colour, lw=width, alpha=0.6, zorder=1)
    for layer, (column, y) in enumerate(zip(columns, ys)):
        for neuron, yy in zip(column, y):
            if neuron is None:
                ax.text(layer, yy, "⋮", ha="center", va="center", fontsize=16)
            else:
                ax.scatter([layer], [yy], s=420, color=colours[layer], edgecolor="black", zorder=2)
        ax.text(layer, -height / 2 - 0.35, f"{layer_names(len(sizes))[layer]}\n({sizes[layer]})",
                ha="center", va="top", fontsize=10)
    arrow = FancyArrowPatch((0, height / 2 + 0.3), (len(sizes) - 1, height / 2 + 0.3),
                            arrowstyle="-|>", mutation_scale=15, color="black")
    ax.add_patch(arrow)
    ax.text((len(sizes) - 1) / 2, height / 2 + 0.45, tr("basics.forward"), ha="center", va="bottom")
    ax.set_xlim(-0.5, len(sizes) - 0.5)
    ax.set_ylim(-height / 2 - 1.3, height / 2 + 1.0)
    ax.axis("off")
    if title:
        ax.set_title(title)
    return ax
