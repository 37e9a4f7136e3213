"""Strings and control questions of the generative topic (see i18n/__init__.py for the format)."""

STRINGS: dict[str, dict[str, str]] = {}

QUIZZES: dict[str, list[dict]] = {}
