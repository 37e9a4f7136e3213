"""Pictures: network and cell diagrams, boundaries, heatmaps, image grids, curves."""
from .curves import plot_history
from .style import PALETTE, apply_style, figure_png

__all__ = ["PALETTE", "apply_style", "figure_png", "plot_history"]
