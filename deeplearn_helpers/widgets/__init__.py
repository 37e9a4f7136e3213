"""Explorers (interactive pictures) and the quiz for the control questions."""
from .base import BlitFrame, Explorer, drive_explorers, freeze_layout, new_figure
from .quiz import Quiz

__all__ = ["BlitFrame", "Explorer", "Quiz", "drive_explorers", "freeze_layout", "new_figure"]
from .neuron import *  # noqa: F401,F403,E402
from .playground import *  # noqa: F401,F403,E402
from .gan_lab import *  # noqa: F401,F403
from .latent import *  # noqa: F401,F403
from .rnn import *  # noqa: F401,F403
from .gates import *  # noqa: F401,F403
from .applications import *  # noqa: F401,F403
