"""Explorers (interactive pictures) and the quiz for the control questions.

The top room: it may import anything in the package; nothing imports it.  The package's
``__all__`` is the union of its modules' ``__all__``.
"""
from . import applications, base, gan_lab, gates, latent, neuron, playground, quiz, rnn
from .applications import *  # noqa: F401,F403
from .base import BlitFrame, Explorer, drive_explorers, freeze_layout, new_figure
from .gan_lab import *  # noqa: F401,F403
from .gates import *  # noqa: F401,F403
from .latent import *  # noqa: F401,F403
from .neuron import *  # noqa: F401,F403
from .playground import *  # noqa: F401,F403
from .quiz import Quiz
from .rnn import *  # noqa: F401,F403

__all__ = ["BlitFrame", "Explorer", "Quiz", "drive_explorers", "freeze_layout", "new_figure",
           *applications.__all__, *gan_lab.__all__, *gates.__all__, *latent.__all__, *neuron.__all__,
           *playground.__all__, *rnn.__all__]
