"""The character LSTM: beats the best smoothed n-gram on held-out text (seeds 0, 1; benchmarks/applications.py: 0..4)."""
import pytest
import torch

from deeplearn_helpers.data.text import KAZAKH_LETTERS, PUNCTUATION
from deeplearn_helpers.checks import ClaimFailed
from deeplearn_helpers.data.text import load_corpus
from deeplearn_helpers.models.charlm import CharLM, lm_bits_per_char, sample_text
from deeplearn_helpers.experiments.applications import (claim_unseen, corpus_split, load_charlm,
                                                        shared_lines, train_charlm)
from deeplearn_helpers.models.ngram import best_ngram
from deeplearn_helpers.validate import HelperInputError


@pytest.fixture(scope="module")
def split():
    train, held, vocab = corpus_split()
    _, scores = best_ngram(train, held, max_order=5, vocab=vocab.chars)
    return train, held, vocab, min(scores.values())


@pytest.mark.parametrize("seed", [0, 1])  # seeds 0..4: make bench
def test_lstm_beats_best_ngram_for_two_seeds(split, seed):
    train, held, vocab, best = split
    torch.set_num_threads(1)
    model = train_charlm(vocab.encode(train), len(vocab), seed=seed).model
    assert lm_bits_per_char(model, vocab.encode(train[-1] + held)) < best


def test_shipped_model_beats_ngram_and_samples_only_kazakh(split):
    train, held, vocab, best = split
    model = load_charlm()
    assert lm_bits_per_char(model, vocab.encode(train[-1] + held)) < best
    for temperature in (0.3, 1.0, 2.0):
        text = sample_text(model, vocab, "білім ", length=500, temperature=temperature, seed=2)
        assert len(text) == 500 and set(text) <= set(KAZAKH_LETTERS + PUNCTUATION)


def test_state_carries_over_and_bad_input_is_caught():
    model = CharLM(vocab_size=10, hidden=8).eval()
    ids = torch.randint(0, 10, (6, 2))
    full, _ = model(ids)
    first, state = model(ids[:3])
    second, _ = model(ids[3:], state)
    assert torch.allclose(full, torch.cat([first, second]), atol=1e-6)
    with pytest.raises(HelperInputError):
        model(torch.tensor([[10]]))
    with pytest.raises(HelperInputError):
        model(torch.zeros(3, dtype=torch.int64))


def test_split_is_whole_lines_and_shares_none():
    train, held, vocab = corpus_split()
    assert train + held == load_corpus() and train.endswith("\n")   # cut at a line break
    held_lines = held.rstrip("\n").split("\n")
    assert not set(held_lines) & set(train.split("\n"))
    assert set(held_lines) <= set(load_corpus("proverbs").split("\n"))   # the proverbs' end
    assert len(vocab) == len(set(load_corpus()))
    claim_unseen(train, held)


def test_unseen_check_fails_when_a_held_out_line_was_trained_on():
    train, held, _ = corpus_split()
    leaked = train + held.split("\n")[3] + "\n"
    assert shared_lines(leaked, held) == [held.split("\n")[3]]
    with pytest.raises(ClaimFailed):
        claim_unseen(leaked, held)
