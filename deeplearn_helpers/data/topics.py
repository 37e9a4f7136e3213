"""Kazakh sentences labelled with the lecture's five topics: a small text-classification set.

``files/topic_sentences.tsv`` holds 236 sentences written for this package (see
``files/DATA_LICENSES.md``), each about one of lecture 13's five questions.  The split is by
sentence: every sentence is in exactly one of the training and test sets, and each topic
keeps the same share in both.  Words are lower-cased runs of letters (Kazakh or Latin), so
«LSTM-нің» gives the two words «lstm» and «нің»; a word unseen in training is ``<unk>``.
"""
from __future__ import annotations

import csv
import re
from importlib import resources

import numpy as np
import torch

from ..validate import check_float, check_int, check_sequence, check_str, check_tensor

__all__ = ["TOPICS", "TOPIC_FILE", "load_topic_sentences", "split_topic_sentences", "tokenize",
           "WordVocab"]

TOPIC_FILE = "topic_sentences.tsv"
TOPICS = ("deep_learning", "lstm_gru", "rnn", "generative", "applications")   # the lecture's order


def load_topic_sentences() -> tuple[list[str], np.ndarray]:
    """The sentences (N,) and their topic indices into ``TOPICS`` (N,)."""
    with resources.files("deeplearn_helpers.data").joinpath("files", TOPIC_FILE).open(encoding="utf-8") as f:
        rows = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))
    return [r["sentence"] for r in rows], np.array([TOPICS.index(r["topic"]) for r in rows])


def split_topic_sentences(labels, seed: int = 0, test_share: float = 0.3) -> tuple[np.ndarray, np.ndarray]:
    """Indices (train, test): ``test_share`` of each topic's sentences, drawn with ``seed``."""
    labels = check_tensor(labels, "labels", ndim=1, dtype=torch.int64, hint="(N,)").numpy()
    seed = check_int(seed, "seed", 0)
    test_share = check_float(test_share, "test_share", 0.05, 0.95)
    rng = np.random.default_rng(seed)
    test = []
    for topic in np.unique(labels):
        members = rng.permutation(np.flatnonzero(labels == topic))
        test.extend(members[:int(round(test_share * len(members)))])
    test = np.sort(np.array(test))
    return np.setdiff1d(np.arange(len(labels)), test), test


def tokenize(sentence: str) -> list[str]:
    """Lower-case words: runs of letters (Kazakh or Latin); digits and punctuation are dropped."""
    return re.findall(r"[^\W\d_]+", check_str(sentence, "sentence", allow_empty=True).lower())


class WordVocab:
    """Words of the training sentences; id 0 is ``<pad>``, id 1 is ``<unk>``."""

    def __init__(self, sentences):
        sentences = [check_str(s, "sentences") for s in check_sequence(sentences, "sentences")]
        words = sorted({w for s in sentences for w in tokenize(s)})
        self.words = ["<pad>", "<unk>"] + words
        self.index = {w: i for i, w in enumerate(self.words)}

    def __len__(self) -> int:
        return len(self.words)

    def ids(self, sentence: str) -> list[int]:
        return [self.index.get(w, 1) for w in tokenize(sentence)]

    def counts(self, sentences) -> torch.Tensor:
        """Bag of words: (N, V) how often each word occurs in each sentence."""
        out = torch.zeros(len(sentences), len(self))
        for row, s in enumerate(sentences):
            for i in self.ids(s):
                out[row, i] += 1
        return out

    def padded(self, sentences) -> torch.Tensor:
        """(T, N) word ids, time-first, padded on the left so every sentence ends at the last step."""
        rows = [self.ids(s) or [1] for s in sentences]
        width = max(len(r) for r in rows)
        return torch.tensor([[0] * (width - len(r)) + r for r in rows], dtype=torch.int64).T
