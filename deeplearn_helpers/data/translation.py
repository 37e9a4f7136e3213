"""Translation between two languages: Kazakh number phrases → Russian ones.

The pairs are made on the fly: the Kazakh side by ``numbers_kk.number_to_kazakh``, the Russian
side by the ``num2words`` package (lang "ru"), the oracle.  The two languages write a number
in the same order, but Russian changes the form of its words where Kazakh does not:

* gender: «бір мың» → «одна тысяча», «екі мың» → «две тысячи» (тысяча is feminine),
  but «бір» → «один», «екі» → «два» on their own;
* case and number after a numeral: «тысяча» (1), «тысячи» (2–4), «тысяч» (5–9);
* fused hundreds: «екі жүз» (two words) → «двести» (one word), «бес жүз» → «пятьсот».

So a word-by-word dictionary cannot translate: «екі» is «два», «две» or part of «двести»,
depending on the next Kazakh word.

``PhraseVocab`` turns phrases into token ids: the source padded on the *left* (as the
seq2seq encoder expects), the target followed by ``</s>`` and padded on the right;
ids 0, 1, 2 are ``<pad>``, ``<s>``, ``</s>`` (``models.seq2seq.PAD_ID``, ``BOS_ID``, ``EOS_ID``:
the model's convention, checked equal by tests/test_seq2seq.py).  ``NumberVocab`` does the
same for digits → Kazakh words.  Tensors are time-first, (S, B) and (L, B).
"""
from __future__ import annotations

import torch
from num2words import num2words

from ..validate import check_int, check_sequence, check_tensor, fail
from .numbers_kk import ONES, TENS, number_to_kazakh, parse_number

__all__ = ["number_to_russian", "PhraseVocab", "NumberVocab", "decode_target", "kk_ru_vocab", "KK_RU_HIGH"]

PAD, BOS, EOS = "<pad>", "<s>", "</s>"
KK_RU_HIGH = 9999       # the translation task covers the numbers 0 … 9999


def number_to_russian(n: int) -> str:
    """The Russian words of 0 ≤ n ≤ 9999 (the oracle: ``num2words(n, lang="ru")``)."""
    return num2words(check_int(n, "n", 0, KK_RU_HIGH), lang="ru")


def _words(words, name: str) -> list[str]:
    """The words of an iterable of strings (a generator is fine), or a HelperInputError."""
    if isinstance(words, (str, bytes)) or not hasattr(words, "__iter__"):
        fail("err.type", name=name, expected="iterable of str", got=type(words).__name__)
    try:
        words = list(words)
    except TypeError:                                    # e.g. a tensor holding one number
        fail("err.type", name=name, expected="iterable of str", got=type(words).__name__)
    if not all(isinstance(w, str) for w in words):
        fail("err.type", name=name, expected="iterable of str", got=type(words).__name__)
    return words


class PhraseVocab:
    """Word ids of a source and a target language; phrases are strings of words."""

    def __init__(self, src_words, tgt_words):
        self.src = [PAD] + sorted(set(_words(src_words, "src_words")))
        self.tgt = [PAD, BOS, EOS] + sorted(set(_words(tgt_words, "tgt_words")))
        self.src_index = {w: i for i, w in enumerate(self.src)}
        self.tgt_index = {w: i for i, w in enumerate(self.tgt)}

    def _ids(self, phrase: str, index: dict) -> list[int]:
        unknown = [w for w in phrase.split() if w not in index]
        if unknown:
            fail("app.unknown_words", words=", ".join(unknown[:5]))
        return [index[w] for w in phrase.split()]

    def encode_src(self, phrases) -> torch.Tensor:
        """(B,) source phrases → (S, B) ids, padded on the left to the longest."""
        rows = [self._ids(p, self.src_index) for p in phrases]
        width = max(len(r) for r in rows)
        return torch.tensor([[0] * (width - len(r)) + r for r in rows], dtype=torch.int64).T

    def encode_tgt(self, phrases) -> torch.Tensor:
        """(B,) target phrases → (L, B) ids: the words, ``</s>``, then padding."""
        rows = [self._ids(p, self.tgt_index) + [self.tgt_index[EOS]] for p in phrases]
        width = max(len(r) for r in rows)
        return torch.tensor([r + [0] * (width - len(r)) for r in rows], dtype=torch.int64).T

    def decode_tgt(self, ids) -> str:
        """Target ids (L,) → the phrase up to the first ``</s>``."""
        return decode_target(self.tgt, ids)


def decode_target(tokens: list[str], ids) -> str:
    """Target ids (L,) → their words up to the first ``</s>``, without ``<pad>`` and ``<s>``."""
    if not isinstance(tokens, (list, tuple)) or not all(isinstance(t, str) for t in tokens):
        fail("err.type", name="tokens", expected="list[str]", got=type(tokens).__name__)
    words = []
    for i in check_tensor(ids, "ids", ndim=1, dtype=torch.int64).long().tolist():
        if not 0 <= i < len(tokens):
            fail("err.range", name="ids", low=0, high=len(tokens) - 1, got=i)
        if tokens[i] == EOS:
            break
        if tokens[i] not in (PAD, BOS):
            words.append(tokens[i])
    return " ".join(words)


def kk_ru_vocab() -> PhraseVocab:
    """Every Kazakh and every Russian word of the numbers 0 … 9999."""
    numbers = range(KK_RU_HIGH + 1)
    return PhraseVocab((w for n in numbers for w in number_to_kazakh(n).split()),
                       (w for n in numbers for w in number_to_russian(n).split()))


class NumberVocab:
    """Source tokens: the ten digits; target tokens: every Kazakh number word up to мың."""

    def __init__(self):
        self.src = [PAD] + list("0123456789")
        self.tgt = [PAD, BOS, EOS] + ONES + [w for w in TENS if w] + ["жүз", "мың"]
        self.src_index = {t: i for i, t in enumerate(self.src)}
        self.tgt_index = {t: i for i, t in enumerate(self.tgt)}
        self.max_src, self.max_tgt = 4, 8     # "9999"; «тоғыз мың тоғыз жүз тоқсан тоғыз» + </s>

    def encode_numbers(self, numbers) -> torch.Tensor:
        """(B,) numbers → (S, B) digit ids, right-aligned and padded on the left."""
        numbers = [parse_number(n) for n in check_sequence(numbers, "numbers")]
        rows = [[0] * (self.max_src - len(str(n))) + [self.src_index[d] for d in str(n)]
                for n in numbers]
        return torch.tensor(rows, dtype=torch.int64).T

    def encode_words(self, numbers) -> torch.Tensor:
        """(B,) numbers → (L, B) target ids of their words, then </s>, then padding."""
        numbers = [parse_number(n) for n in check_sequence(numbers, "numbers")]
        rows = []
        for n in numbers:
            ids = [self.tgt_index[w] for w in number_to_kazakh(n).split()] + [self.tgt_index[EOS]]
            rows.append(ids + [0] * (self.max_tgt - len(ids)))
        return torch.tensor(rows, dtype=torch.int64).T

    def decode_words(self, ids) -> str:
        """Target ids (L,) → the Kazakh words up to the first ``</s>``."""
        return decode_target(self.tgt, ids)
