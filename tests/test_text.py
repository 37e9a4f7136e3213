"""The Kazakh corpus: cleaning, alphabet, split and vocabulary."""
import re
from importlib import resources

import pytest

from deeplearn_helpers.data.text import (KAZAKH_LETTERS, PUNCTUATION, Vocab, clean_text, load_corpus,
                                         split_corpus)
from deeplearn_helpers.validate import HelperInputError


def test_clean_text_keeps_kazakh_and_drops_latin_and_digits():
    assert clean_text("LSTM (Long Short-Term Memory) — Желі 13.4!") == "— желі\n"   # "13.4!" is one token with digits: dropped whole
    assert clean_text("Қазақ тілі, ӘҒҚҢӨҰҮІ.") == "қазақ тілі, әғқңөұүі.\n"


def test_corpus_uses_only_kazakh_letters_and_punctuation():
    text = load_corpus()
    assert set(text) <= set(KAZAKH_LETTERS + PUNCTUATION)
    assert len(text) > 7000
    proverbs = load_corpus("proverbs")
    assert proverbs.startswith("оқу — инемен құдық қазғандай.") and "#" not in proverbs
    assert "терең оқыту" in load_corpus("lecture")
    with pytest.raises(HelperInputError):
        load_corpus("poems")


def test_split_and_vocab_roundtrip():
    train, held = split_corpus("а\nә\nб\nв\n", every=2)
    assert (train, held) == ("а\nб\n", "ә\nв\n")
    vocab = Vocab("сәлем әлем")
    assert vocab.decode(vocab.encode("сәлем")) == "сәлем"
    with pytest.raises(HelperInputError, match="таңбалар"):
        vocab.encode("hello")


def test_data_licenses_describe_the_corpus_as_it_is():
    files = resources.files("deeplearn_helpers.data") / "files"
    raw = (files / "kazakh_corpus.txt").read_text(encoding="utf-8")
    row = next(line for line in (files / "DATA_LICENSES.md").read_text(encoding="utf-8").split("\n")
               if line.startswith("| kazakh_corpus.txt"))
    figures = re.search(r"corpus of (\d+) characters \((\d+) after .*? and (\d+) traditional", row)
    assert figures, row
    proverbs = load_corpus("proverbs").rstrip("\n").split("\n")
    assert [int(g) for g in figures.groups()] == [len(raw), len(load_corpus()), len(proverbs)]
