"""Helpers for the Lecture 13 notebooks: models, data, training, plots, explorers, checks.

The ideas stay in the notebooks; this package holds what would otherwise be repeated or
would hide the idea under plumbing.  Start reading at ``train.py`` and ``models/``.
"""
from .core import count_parameters, get_device, seed_everything
from .i18n import get_language, set_language, tr
from .plots.style import apply_style
from .train import History, fit
from .validate import HelperInputError

__all__ = ["History", "HelperInputError", "apply_style", "count_parameters", "fit",
           "get_device", "get_language", "seed_everything", "set_language", "tr"]
__version__ = "0.1.0"
