"""Numbers in Kazakh words: the rule-based converter that makes the translator's pairs,
and ``make_number_pairs``, the translator's split of 0 … 9999 into training and held-out numbers.

Kazakh writes a number the way it reads it, from the largest part to the smallest, with
no "and" and no change of form::

    1945 → бір мың тоғыз жүз қырық бес     (1 × мың, 9 × жүз, 40, 5)

Two conventions are worth knowing (the `num2words` package, lang "kz", follows them too):

* a lone hundred is «жүз», not «бір жүз» (101 → «жүз бір»), but a thousand is «бір мың»
  (1000 → «бір мың», 1100 → «бір мың жүз»);
* zero is «нөл» and appears only for the number 0 itself.
"""
from __future__ import annotations

import torch

from ..i18n import tr
from ..validate import HelperInputError, check_float, check_int

__all__ = ["ONES", "TENS", "number_to_kazakh", "parse_number", "MAX_NUMBER", "make_number_pairs"]

ONES = ["нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"]
TENS = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"]
# Groups of three digits, from the smallest: units, мың (10³), миллион (10⁶), миллиард (10⁹).
SCALES = ["", "мың", "миллион", "миллиард"]
MAX_NUMBER = 10 ** 12 - 1


def _below_thousand(n: int) -> list[str]:
    """Words of 1 ≤ n ≤ 999 (never «нөл»)."""
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    words = []
    if hundreds:
        words += ([ONES[hundreds]] if hundreds > 1 else []) + ["жүз"]
    if tens:
        words.append(TENS[tens])
    if ones:
        words.append(ONES[ones])
    return words


def number_to_kazakh(n: int) -> str:
    """The Kazakh words of a whole number 0 ≤ n ≤ 999 999 999 999."""
    n = check_int(n, "n", 0, MAX_NUMBER)
    if n == 0:
        return ONES[0]
    words: list[str] = []
    for power in range(len(SCALES) - 1, -1, -1):
        group = (n // 1000 ** power) % 1000
        if not group:
            continue
        part = _below_thousand(group)
        if power > 0 and group == 1:
            part = ["бір"]          # «бір мың», «бір миллион»: the one is said before a scale
        words += part + ([SCALES[power]] if power else [])
    return " ".join(words)


def parse_number(text, low: int = 0, high: int = 9999) -> int:
    """Read what a reader typed ("1945", " 7 ") as a number in [low, high], or explain why not."""
    if not isinstance(text, (str, int)) or isinstance(text, bool):
        raise HelperInputError(tr("app.num_not_digits", text=repr(text)[:20]))
    text = str(text).strip()
    if not text:
        raise HelperInputError(tr("app.num_empty"))
    if not text.isascii() or not text.isdigit():
        raise HelperInputError(tr("app.num_not_digits", text=text[:20]))
    value = int(text)
    if not low <= value <= high:
        raise HelperInputError(tr("app.num_range", low=low, high=high, got=value))
    return value


def make_number_pairs(seed: int = 0, held_out: float = 0.2, high: int = 9999):
    """Shuffle 0 … ``high`` with ``seed``; return (train numbers, held-out numbers).

    ``held_out`` is the share of the numbers kept out of training (0 … 1).
    """
    high = check_int(high, "high", 10, 9999)
    held_out = check_float(held_out, "held_out", 0.0, 1.0)
    seed = check_int(seed, "seed", 0)
    order = torch.randperm(high + 1, generator=torch.Generator().manual_seed(seed)).tolist()
    cut = int(round((high + 1) * (1 - held_out)))
    return order[:cut], order[cut:]
