"""Explorers (interactive pictures) and the quiz for the control questions."""
from .base import Explorer, drive_explorers, new_figure
from .quiz import Quiz

__all__ = ["Explorer", "Quiz", "drive_explorers", "new_figure"]
