"""Pictures: network and cell diagrams, boundaries, heatmaps, image grids, curves, and
``show_figure`` (a figure with its Kazakh alt text and caption).

This room may import everything below it (``data``, ``models``, ``train``, ``experiments``),
never ``widgets``.  Each module lists its public names in ``__all__``; the package's
``__all__`` is their union, so ``from deeplearn_helpers.plots import *`` and the tests see
every picture.
"""
from . import activations, applications, boundary, curves, gated, generative, network, rnn, show
from .activations import *  # noqa: F401,F403
from .applications import *  # noqa: F401,F403
from .boundary import *  # noqa: F401,F403
from .curves import *  # noqa: F401,F403
from .gated import *  # noqa: F401,F403
from .generative import *  # noqa: F401,F403
from .network import *  # noqa: F401,F403
from .rnn import *  # noqa: F401,F403
from .show import *  # noqa: F401,F403
from .style import COLORS, PALETTE, apply_style, figure_png

__all__ = ["COLORS", "PALETTE", "apply_style", "figure_png",
           *activations.__all__, *applications.__all__, *boundary.__all__, *curves.__all__, *gated.__all__,
           *generative.__all__, *network.__all__, *rnn.__all__, *show.__all__]
