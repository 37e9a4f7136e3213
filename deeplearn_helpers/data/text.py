"""The Kazakh text corpus: loading, cleaning, a held-out split, and a character vocabulary.

``files/kazakh_corpus.txt`` holds the lecture's own text and traditional Kazakh proverbs
(мақал-мәтелдер) written down and proofread by the team (see ``files/DATA_LICENSES.md``).
Lines starting with ``#`` are headings and are skipped.

Cleaning keeps what a Kazakh character model should learn: lower-case Kazakh Cyrillic
letters, spaces, line breaks and punctuation.  Words written in Latin letters (LSTM, GAN,
Deep Learning) and digits are dropped, so a sampled text can only use Kazakh letters.
"""
from __future__ import annotations

import re
from importlib import resources

import torch

from ..i18n import tr
from ..validate import HelperInputError, check_int, check_str, check_tensor, fail

__all__ = ["KAZAKH_LETTERS", "PUNCTUATION", "Vocab", "load_corpus", "clean_text", "split_corpus"]

# The 42 letters of the Kazakh Cyrillic alphabet (it contains the Russian 33).
KAZAKH_LETTERS = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
PUNCTUATION = " \n.,:;!?—-()«»"
CORPUS_FILE = "kazakh_corpus.txt"


def clean_text(text: str) -> str:
    """Lower-case, drop Latin words and digits, keep Kazakh letters and punctuation."""
    text = check_str(text, "text", allow_empty=True).lower()
    text = text.replace("–", "—").replace("·", " ").replace("ё", "е")
    text = re.sub(r"\S*[a-z0-9]\S*", " ", text)                  # Latin words, numbers
    text = "".join(c for c in text if c in KAZAKH_LETTERS or c in PUNCTUATION)
    text = re.sub(r"\(\W*\)", " ", text)                         # brackets left empty
    text = re.sub(r"[ ]+", " ", text)
    lines = [line.strip(" ") for line in text.split("\n")]
    return "\n".join(line for line in lines if re.search(f"[{KAZAKH_LETTERS}]", line)) + "\n"


def load_corpus(part: str = "all") -> str:
    """The cleaned corpus; ``part``: "all", "lecture" or "proverbs"."""
    if not isinstance(part, str) or part not in ("all", "lecture", "proverbs"):
        raise HelperInputError(tr("err.choice", name="part", choices="all, lecture, proverbs",
                                  got=repr(part)))
    path = resources.files("deeplearn_helpers.data").joinpath("files", CORPUS_FILE)
    sections: list[list[str]] = []                 # a heading line "# ..." starts a section
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("#"):
            sections.append([])
        elif sections:
            sections[-1].append(line)
    lecture, proverbs = ("\n".join(lines) for lines in sections)
    return clean_text({"all": lecture + "\n" + proverbs, "lecture": lecture,
                       "proverbs": proverbs}[part])


def split_corpus(text: str, every: int = 10) -> tuple[str, str]:
    """(train, held-out): every ``every``-th line is held out, so both cover lecture and proverbs."""
    check_str(text, "text")
    every = check_int(every, "every", 2)
    lines = text.rstrip("\n").split("\n")
    held = [line for i, line in enumerate(lines) if i % every == every - 1]
    train = [line for i, line in enumerate(lines) if i % every != every - 1]
    return "\n".join(train) + "\n", "\n".join(held) + "\n"


class Vocab:
    """Characters ↔ integer ids; built from the training text."""

    def __init__(self, text: str):
        check_str(text, "text")
        self.chars = sorted(set(text))
        self.index = {c: i for i, c in enumerate(self.chars)}

    def __len__(self) -> int:
        return len(self.chars)

    def unknown(self, text: str) -> list[str]:
        """The characters of ``text`` that the vocabulary does not have."""
        return sorted(set(check_str(text, "text", allow_empty=True)) - set(self.index))

    def encode(self, text: str) -> torch.Tensor:
        """(T,) int64 ids; characters not in the vocabulary raise a clear error."""
        check_str(text, "text", allow_empty=True)
        missing = self.unknown(text)
        if missing:
            raise HelperInputError(tr("app.unknown_chars", chars="".join(missing)[:20]))
        return torch.tensor([self.index[c] for c in text], dtype=torch.int64)

    def decode(self, ids) -> str:
        """Ids (N,) → the text they stand for."""
        ids = check_tensor(ids, "ids", ndim=1, dtype=torch.int64).long().tolist()
        for i in ids:
            if not 0 <= i < len(self.chars):
                fail("err.range", name="ids", low=0, high=len(self.chars) - 1, got=i)
        return "".join(self.chars[i] for i in ids)
