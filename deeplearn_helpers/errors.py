"""The one exception every helper raises on bad input.

It lives in a module of its own, importing nothing, so that both ``validate`` (which needs
``i18n`` for its messages) and ``i18n.kk_grammar`` (which ``i18n`` itself imports) can raise
it without importing each other.
"""

__all__ = ["HelperInputError"]


class HelperInputError(ValueError):
    """A public helper was called with an argument it cannot use."""
