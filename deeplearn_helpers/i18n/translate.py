"""The tables of every language and the current language (``tr`` itself is in ``__init__``).

Each topic module (``common``, ``basics``, ``recurrent``, ``gated``, ``generative``,
``applications``) holds a dict ``STRINGS`` that maps a key to its text in every language,
and a dict ``QUIZZES`` with the control questions of that topic; they are merged here.
"""
from __future__ import annotations

from ..errors import HelperInputError
from . import applications, basics, common, gated, generative, recurrent

__all__ = ["LANGUAGES", "STRINGS", "QUIZZES", "set_language", "get_language", "pick", "template"]

LANGUAGES = ("kk", "ru", "en")
_TOPICS = (common, basics, recurrent, gated, generative, applications)


def _merge(attribute: str) -> dict:
    merged: dict = {}
    for module in _TOPICS:
        table = getattr(module, attribute)
        clash = merged.keys() & table.keys()
        if clash:
            raise RuntimeError(f"duplicate i18n keys in {module.__name__}: {sorted(clash)}")
        merged.update(table)
    return merged


STRINGS: dict[str, dict[str, str]] = _merge("STRINGS")
QUIZZES: dict[str, list[dict]] = _merge("QUIZZES")

_state = {"language": "kk"}


def set_language(language: str) -> None:
    """Switch every label, caption and message: "kk" (default), "ru" or "en"."""
    if not isinstance(language, str) or language not in LANGUAGES:
        # The message itself cannot depend on a language that does not exist.
        raise HelperInputError(
            f"Тіл '{language}' белгісіз; мүмкін мәндер: {', '.join(LANGUAGES)} / "
            f"unknown language '{language}'; choose one of {', '.join(LANGUAGES)}"
        )
    _state["language"] = language


def get_language() -> str:
    return _state["language"]


def template(key: str) -> str:
    """The unfilled text of ``key`` in the current language."""
    if not isinstance(key, str) or key not in STRINGS:
        # (no message from the tables: the key itself is what is wrong)
        raise HelperInputError(f"no i18n string named {key!r}")
    return STRINGS[key][_state["language"]]


def pick(entry: dict[str, str]) -> str:
    """The current language's text of an inline ``{"kk": ..., "ru": ..., "en": ...}`` dict."""
    if not isinstance(entry, dict) or not all(isinstance(entry.get(lang), str) for lang in LANGUAGES):
        raise HelperInputError(f"an i18n entry needs a text for each of {', '.join(LANGUAGES)}: {entry!r}"[:200])
    return entry[_state["language"]]
