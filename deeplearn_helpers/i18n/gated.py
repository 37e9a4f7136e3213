"""Strings and control questions of the gated topic: LSTM and GRU (see i18n/__init__.py)."""

STRINGS: dict[str, dict[str, str]] = {}

QUIZZES: dict[str, list[dict]] = {}
