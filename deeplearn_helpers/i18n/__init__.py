"""Languages of every user-facing string: plot labels, widget captions, messages.

Kazakh is the default.  Each topic module (``common``, ``basics``, ``recurrent``,
``gated``, ``generative``, ``applications``) holds a dict ``STRINGS`` that maps a key to its text
in every language, and a dict ``QUIZZES`` with the control questions of that topic::

    STRINGS = {"axis.loss": {"kk": "Шығын", "ru": "Потери", "en": "Loss"}}

Use :func:`tr` to get the text in the current language and :func:`set_language` to switch.
A Kazakh ending after a computed number is computed too: ``{elbo:.0f@ablative}`` prints
«216-дан» but «40-тан» (see ``kk_grammar``).
"""
from __future__ import annotations

import string

from .kk_grammar import *  # noqa: F401,F403
from .kk_grammar import kk_case
from .translate import *  # noqa: F401,F403
from .translate import template


class _CaseFormatter(string.Formatter):
    """str.format, plus ``{value:spec@case}``: the formatted value with its Kazakh ending."""

    def format_field(self, value, format_spec: str) -> str:
        spec, at, case = format_spec.partition("@")
        text = format(value, spec)
        return kk_case(text, case) if at else text


_FORMATTER = _CaseFormatter()


def tr(key: str, **values) -> str:
    """The text of ``key`` in the current language, with ``{placeholders}`` filled in."""
    return _FORMATTER.format(template(key), **values)
