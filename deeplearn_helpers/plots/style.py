"""Plot defaults for the whole series: large, clear, and able to draw Kazakh letters.

DejaVu Sans (shipped with matplotlib) has every Kazakh Cyrillic letter
(ә ғ қ ң ө ұ ү һ і), so no system font is needed.
"""
from __future__ import annotations

import io

import matplotlib
import numpy as np
from PIL import Image

KAZAKH_FONT = "DejaVu Sans"

# Colour-blind-safe palette (Okabe & Ito), used in the same order everywhere.
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"]


def apply_style() -> None:
    """Set the series' matplotlib defaults (fonts, sizes, colours)."""
    matplotlib.rcParams.update({
        "font.family": "sans-serif",
        "font.sans-serif": [KAZAKH_FONT],
        "font.size": 11,
        "axes.titlesize": 12,
        "axes.labelsize": 11,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": True,
        "grid.alpha": 0.25,
        "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
        "figure.dpi": 90,
        "savefig.dpi": 90,
        "figure.autolayout": False,
        "figure.constrained_layout.use": True,
    })


def figure_png(fig, dpi: int | None = None) -> bytes:
    """Render a figure to PNG bytes (what explorers push into an ``ipywidgets.Image``).

    At the figure's own dpi (the default) it draws once on the figure's Agg canvas and
    encodes that; ``savefig`` would lay the figure out and draw it a second time."""
    if dpi is None or dpi == fig.dpi:
        fig.canvas.draw()
        return canvas_png(fig.canvas)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, pil_kwargs={"compress_level": 1})
    return buffer.getvalue()


def canvas_png(canvas) -> bytes:
    """PNG bytes of what an Agg canvas holds now, without drawing it again.

    Low compression: a live picture is encoded many times a second, and level 1 is
    several times faster than the default while the file stays small enough."""
    rgb = np.asarray(canvas.buffer_rgba())[..., :3]                 # (height, width, 3)
    buffer = io.BytesIO()
    Image.fromarray(rgb).save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()
