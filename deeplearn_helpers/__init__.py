"""Helpers for the Lecture 13 notebooks: models, data, training, plots, explorers, checks.

The ideas stay in the notebooks; this package holds what would otherwise be repeated or
would hide the idea under plumbing.  Start reading at ``train.py`` and ``models/``.
"""
import os

# OpenMP threads that wait for work spin on the CPU by default.  On a laptop that is also
# running a browser (or on a shared 2-core machine) that spinning made small networks train
# ten times slower; "PASSIVE" lets waiting threads sleep.  It only takes effect when this
# package is imported before torch, as the notebooks' first cell does.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from .core import count_parameters, get_device, seed_everything  # noqa: E402
from .i18n import get_language, set_language, tr  # noqa: E402
from .plots.style import apply_style  # noqa: E402
from .train import History, fit  # noqa: E402
from .validate import HelperInputError  # noqa: E402

__all__ = ["History", "HelperInputError", "apply_style", "count_parameters", "fit",
           "get_device", "get_language", "seed_everything", "set_language", "tr"]
__version__ = "0.1.0"
