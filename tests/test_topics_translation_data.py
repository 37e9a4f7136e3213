"""The topic sentences and the Kazakh → Russian phrase pairs (data/topics.py, data/translation.py)."""
import string

import numpy as np
import pytest
import torch

from deeplearn_helpers.data.numbers_kk import number_to_kazakh
from deeplearn_helpers.data.text import KAZAKH_LETTERS, PUNCTUATION
from deeplearn_helpers.data.topics import (TOPICS, WordVocab, load_topic_sentences, split_topic_sentences,
                                           tokenize)
from deeplearn_helpers.data.translation import kk_ru_vocab, number_to_russian
from deeplearn_helpers.validate import HelperInputError


def test_sentences_are_labelled_unique_and_kazakh():
    sentences, labels = load_topic_sentences()
    assert len(sentences) >= 200 and len(set(sentences)) == len(sentences)
    counts = np.bincount(labels, minlength=len(TOPICS))
    assert counts.min() >= 40 and counts.max() - counts.min() <= 2
    allowed = set(KAZAKH_LETTERS + KAZAKH_LETTERS.upper() + PUNCTUATION + string.ascii_letters + string.digits)
    assert all(set(s) <= allowed and s.endswith(".") for s in sentences)


@pytest.mark.parametrize("seed", [0, 1])
def test_split_is_by_sentence_and_keeps_each_topic_share(seed):
    _, labels = load_topic_sentences()
    train, test = split_topic_sentences(labels, seed=seed)
    assert len(set(train) & set(test)) == 0 and len(train) + len(test) == len(labels)
    for topic in range(len(TOPICS)):
        share = np.mean(labels[test] == topic) / np.mean(labels == topic)
        assert 0.9 < share < 1.1


def test_tokenize_and_vocab():
    assert tokenize("LSTM-нің қақпалары, 3 қақпа!") == ["lstm", "нің", "қақпалары", "қақпа"]
    vocab = WordVocab(["бір екі", "екі үш"])
    assert vocab.ids("екі төрт") == [vocab.index["екі"], 1]          # unseen word → <unk>
    counts = vocab.counts(["екі екі бір"])
    assert counts[0, vocab.index["екі"]] == 2 and counts.sum() == 3
    padded = vocab.padded(["бір", "бір екі үш"])
    assert padded.shape == (3, 2) and padded[0, 0] == 0 and padded[-1, 0] == vocab.index["бір"]


def test_russian_oracle_and_phrase_vocab():
    assert number_to_russian(1000) == "одна тысяча" and number_to_russian(200) == "двести"
    assert number_to_russian(2002) == "две тысячи два"
    vocab = kk_ru_vocab()
    src = vocab.encode_src([number_to_kazakh(7), number_to_kazakh(1945)])
    assert src.shape == (6, 2) and (src[:5, 0] == 0).all() and src[-1, 0] == vocab.src_index["жеті"]
    tgt = vocab.encode_tgt([number_to_russian(7)])
    assert vocab.decode_tgt(tgt[:, 0]) == "семь" and tgt[1, 0] == vocab.tgt_index["</s>"]
    with pytest.raises(HelperInputError):
        vocab.encode_src(["бір сто"])
    with pytest.raises(HelperInputError):
        number_to_russian(10000)
