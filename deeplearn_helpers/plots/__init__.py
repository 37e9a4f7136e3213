"""Pictures: network and cell diagrams, boundaries, heatmaps, image grids, curves."""
from .curves import plot_history
from .style import COLORS, PALETTE, apply_style, figure_png

__all__ = ["COLORS", "PALETTE", "apply_style", "figure_png", "plot_history"]
from .activations import *  # noqa: F401,F403,E402
from .boundary import *  # noqa: F401,F403,E402
from .network import *  # noqa: F401,F403,E402
from .generative import *  # noqa: F401,F403
from .rnn import *  # noqa: F401,F403
from .gated import *  # noqa: F401,F403
from .applications import *  # noqa: F401,F403
from .show import *  # noqa: F401,F403
