"""Show a figure in a notebook together with a short description of it (its alt text).

A notebook ends a plot cell with ``show_figure("gated.alt_gru")`` instead of ``plt.show()``.
The stored output then says in words what the picture shows, for a screen reader and for
any viewer that cannot show the picture:

* the PNG output carries the text as ``alt`` in its metadata (nbconvert's HTML export
  writes it into ``<img alt="…">``) and as its plain-text fallback (in place of
  matplotlib's «<Figure size 900x500 with 1 Axes>»);
* the same text is printed under the picture as its caption («Сурет: …»).

The text is an i18n key, so it follows ``set_language`` like every other label.
"""
from __future__ import annotations

import base64
import io

import matplotlib.pyplot as plt
from IPython.display import display
from matplotlib.figure import Figure

from ..i18n import tr
from ..validate import check_instance, check_str

__all__ = ["caption", "show_figure"]


def caption(alt_key: str, **values) -> str:
    """Print the caption of a picture that another helper has shown (e.g. ``fit``'s live
    plot) and return its text."""
    text = tr(check_str(alt_key, "alt_key"), **values)
    print(tr("plots.caption", alt=text))
    return text


def show_figure(alt_key: str, fig=None, **values) -> None:
    """Show ``fig`` (default: the current pyplot figure) with the alt text ``tr(alt_key, **values)``,
    print that text as its caption, and close the figure (so it is not shown twice)."""
    text = tr(check_str(alt_key, "alt_key"), **values)
    fig = plt.gcf() if fig is None else check_instance(fig, "fig", Figure)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=fig.dpi, bbox_inches="tight")  # as the inline backend does
    plt.close(fig)
    display({"image/png": base64.b64encode(buffer.getvalue()).decode("ascii"), "text/plain": text},
            metadata={"image/png": {"alt": text}}, raw=True)
    print(tr("plots.caption", alt=text))
