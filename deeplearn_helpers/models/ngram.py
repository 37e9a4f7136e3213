"""Smoothed character n-gram models: the honest baseline for a character language model.

An n-gram model predicts the next character from the previous n − 1 by counting.  Unseen
contexts need *smoothing*; two kinds are here:

* ``"add_k"`` (Lidstone):  P(c | h) = (N(h c) + k) / (N(h) + k·V), V = size of the vocabulary;
* ``"kneser_ney"`` (interpolated Kneser–Ney, Chen & Goodman 1999): subtract a discount d
  from every seen count and give the saved mass to a lower-order model, whose counts are
  *continuation* counts (in how many different contexts a character appears):

      P(c | h) = max(N(h c) − d, 0) / N(h)  +  d · N₁₊(h •) / N(h) · P(c | h′),

  h′ = h without its first character; the lowest order mixes with the uniform 1/V.

Both are proper distributions over the vocabulary: Σ_c P(c | h) = 1 for every context h.
The vocabulary is fixed at ``fit`` time and must hold every character that can occur.
Quality is measured in bits per character (bpc) on held-out text: −mean log₂ P(next char).
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict

from ..validate import check_choice, check_float, check_int, check_str, fail

__all__ = ["NGramModel", "best_ngram"]


class NGramModel:
    """Character n-gram model of a given ``order`` (1 = unigram … 5), fitted by counting."""

    def __init__(self, order: int = 3, smoothing: str = "kneser_ney", k: float = 0.1,
                 discount: float = 0.75):
        self.order = check_int(order, "order", 1, 5)
        self.smoothing = check_choice(smoothing, "smoothing", ["add_k", "kneser_ney"])
        self.k = check_float(k, "k", 1e-6, 10.0)
        self.discount = check_float(discount, "discount", 0.0, 1.0)
        self.vocab: list[str] = []

    def fit(self, text: str, vocab=None) -> "NGramModel":
        """Count the n-grams of ``text``; ``vocab`` (all characters that may occur) defaults
        to the characters of ``text``."""
        check_str(text, "text")
        vocab = "" if vocab is None else vocab
        if not isinstance(vocab, (str, list, tuple, set, frozenset)) or not all(isinstance(c, str) for c in vocab):
            fail("err.type", name="vocab", expected="str / list[str]", got=type(vocab).__name__)
        self.vocab = sorted(set(text) | set(vocab))
        self.known = frozenset(self.vocab)
        n = self.order
        padded = "\n" * (n - 1) + text
        # counts[m][h][c]: character c after context h of length m (m = 0 … n − 1)
        self.counts = [defaultdict(Counter) for _ in range(n)]
        for i in range(n - 1, len(padded)):
            c = padded[i]
            for m in range(n):
                self.counts[m][padded[i - m:i]][c] += 1
        # continuation counts for the lower orders: N₁₊(• h c) = distinct left neighbours
        self.continuation = [defaultdict(Counter) for _ in range(n)]
        for m in range(n - 1):
            for context, following in self.counts[m + 1].items():
                for c in following:
                    self.continuation[m][context[1:]][c] += 1
        return self

    def _p(self, context: str, c: str, m: int, highest: bool) -> float:
        uniform = 1.0 / len(self.vocab)
        if m < 0:
            return uniform
        table = self.counts[m] if highest else self.continuation[m]
        following = table.get(context)
        lower = self._p(context[1:], c, m - 1, False)
        if not following:
            return lower
        total = sum(following.values())
        seen = min(self.discount, 1.0)
        return (max(following[c] - seen, 0.0) + seen * len(following) * lower) / total

    def prob(self, context: str, c: str) -> float:
        """P(c | the last order − 1 characters of ``context``); ``c`` must be in the vocabulary."""
        if not self.vocab:
            fail("app.ngram_not_fitted")
        if c not in self.known:
            fail("app.unknown_chars", chars=c)
        n = self.order
        context = ("\n" * (n - 1) + context)[-(n - 1):] if n > 1 else ""
        if self.smoothing == "add_k":
            following = self.counts[n - 1].get(context, Counter())
            total = sum(following.values())
            return (following[c] + self.k) / (total + self.k * len(self.vocab))
        return self._p(context, c, n - 1, True)

    def bits_per_char(self, text: str) -> float:
        """−mean log₂ P(next character) over ``text`` (each character given what came before)."""
        check_str(text, "text")
        padded = "\n" * (self.order - 1) + text
        total = 0.0
        for i in range(self.order - 1, len(padded)):
            context = padded[max(0, i - self.order + 1):i]
            total -= math.log2(max(self.prob(context, padded[i]), 1e-12))
        return total / len(text)


def best_ngram(train: str, held_out: str, max_order: int = 5, vocab=None) -> tuple[NGramModel, dict]:
    """Fit every order 1 … ``max_order`` with both smoothings; return the best on ``held_out``.

    Choosing on the held-out text itself flatters the baseline: a model that beats it
    beats every n-gram tried here.  The dict maps (smoothing, order) → bits per character.
    """
    max_order = check_int(max_order, "max_order", 1, 5)
    scores, best = {}, None
    for smoothing in ("add_k", "kneser_ney"):
        for order in range(1, max_order + 1):
            model = NGramModel(order, smoothing).fit(train, vocab)
            scores[(smoothing, order)] = model.bits_per_char(held_out)
            if best is None or scores[(smoothing, order)] < best[1]:
                best = (model, scores[(smoothing, order)])
    return best[0], scores
