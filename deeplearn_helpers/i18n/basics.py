"""Strings and control questions of the basics topic (see i18n/__init__.py for the format)."""

STRINGS: dict[str, dict[str, str]] = {}

QUIZZES: dict[str, list[dict]] = {}
