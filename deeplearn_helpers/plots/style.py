"""One figure style for the whole series: static figures and explorers alike.

* Fonts: DejaVu Sans (shipped with matplotlib) has every Kazakh Cyrillic letter
  (ә ғ қ ң ө ұ ү һ і), so no system font is needed.
* Size: every figure is drawn at ``DPI`` and no text is smaller than ``MIN_FONT_PX``
  pixels at the figure's dpi (``min_font_points``), so a figure 9 inches wide (810 px)
  stays readable on a 1280-px screen or projector.  Small text (legends, annotations)
  uses ``SMALL``; nothing smaller.
* Colour: one colour-blind-safe palette (Okabe & Ito, 2008), ``PALETTE``, and named
  roles, ``COLORS``: the same thing has the same colour in every notebook (real data
  black, generated vermilion, the model blue, a baseline grey and dashed, the truth black).
  ``tests/test_figures.py`` checks every plot function and explorer against these rules.
"""
from __future__ import annotations

import io

import matplotlib
import numpy as np
from matplotlib.figure import Figure
from PIL import Image

from ..validate import check_float, check_instance

KAZAKH_FONT = "DejaVu Sans"

# --- size --------------------------------------------------------------------------------
DPI = 90                 # static figures and explorers: a 9-inch figure is 810 px wide
MIN_FONT_PX = 11         # the smallest text a projected figure may have, in pixels
BASE, SMALL, TITLE = 11, 9, 12   # font sizes in points (SMALL is 11.25 px at DPI)


def min_font_points(dpi: float = DPI) -> float:
    """The smallest font size (points) that is still ``MIN_FONT_PX`` pixels at ``dpi``."""
    return MIN_FONT_PX * 72.0 / dpi


# --- colour ------------------------------------------------------------------------------
# Okabe & Ito's colour-blind-safe palette, used in the same order everywhere.
BLUE, VERMILION, GREEN, PURPLE = "#0072B2", "#D55E00", "#009E73", "#CC79A7"
ORANGE, SKY, YELLOW, BLACK = "#E69F00", "#56B4E9", "#F0E442", "#000000"
PALETTE = [BLUE, VERMILION, GREEN, PURPLE, ORANGE, SKY, YELLOW, BLACK]
GREY, LIGHT_GREY = "#777777", "#BBBBBB"

# Named roles: what a colour means, the same in every notebook and explorer.
COLORS = {
    "model": BLUE,          # what a network computes or predicts
    "second": VERMILION,    # a second model or curve beside the first
    "third": GREEN,
    "real": BLACK,          # real data (points, images) in generative pictures
    "generated": VERMILION, # what a generator made
    "mode": SKY,            # the centres of a mixture's modes (rings around them)
    "truth": BLACK,         # the right answer a forecast or a model is compared to
    "baseline": GREY,       # a simple reference (chance, naive forecast): grey and dashed
    "marked": VERMILION,    # the marked / highlighted items of a sequence
    "muted": LIGHT_GREY,    # everything that is only context
    "positive": BLUE,       # sign of a weight
    "negative": VERMILION,
    "class0": VERMILION,    # the two classes of a 2-D problem
    "class1": BLUE,
    "ink": "#333333",       # lines of a diagram
    "correct": GREEN,       # feedback: a right answer, a check that holds
    "wrong": VERMILION,     # feedback: a wrong answer, an error message
}
BASELINE_STYLE = {"color": GREY, "ls": "--", "lw": 1.2}   # ax.axhline(y, **BASELINE_STYLE)
# Colour maps: values in [0, 1] or ≥ 0 (activations, gates) in viridis; signed values in a
# diverging map; a discriminator's D(x) from white ("generated") to blue ("real"), a hue that
# neither the real (black) nor the generated (vermilion) points use.
SEQUENTIAL_CMAP, DIVERGING_CMAP, CRITIC_CMAP = "viridis", "RdBu_r", "Blues"


def apply_style() -> None:
    """Set the series' matplotlib defaults (fonts, sizes, colours, dpi)."""
    matplotlib.rcParams.update({
        "font.family": "sans-serif",
        "font.sans-serif": [KAZAKH_FONT],
        "font.size": BASE,
        "axes.titlesize": TITLE,
        "axes.labelsize": BASE,
        "xtick.labelsize": SMALL + 1,
        "ytick.labelsize": SMALL + 1,
        "legend.fontsize": SMALL + 1,
        "legend.title_fontsize": SMALL + 1,
        "figure.titlesize": TITLE + 1,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": True,
        "grid.alpha": 0.25,
        "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
        "image.cmap": "viridis",
        "figure.dpi": DPI,
        "savefig.dpi": DPI,
        "figure.autolayout": False,
        "figure.constrained_layout.use": True,
    })


def figure_png(fig, dpi: int | None = None) -> bytes:
    """Render a figure to PNG bytes (what explorers push into an ``ipywidgets.Image``).

    At the figure's own dpi (the default) it draws once on the figure's Agg canvas and
    encodes that; ``savefig`` would lay the figure out and draw it a second time."""
    check_instance(fig, "fig", Figure)
    dpi = None if dpi is None else check_float(dpi, "dpi", 10, 1000)
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
