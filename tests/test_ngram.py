"""Smoothed n-gram models: proper distributions, counts, and bits per character."""
import math

import pytest

from deeplearn_helpers.models.ngram import NGramModel, best_ngram
from deeplearn_helpers.validate import HelperInputError

TEXT = "абба баба аба бабаб\nаб ба\n"


@pytest.mark.parametrize("smoothing", ["add_k", "kneser_ney"])
@pytest.mark.parametrize("order", [1, 2, 3, 5])
def test_probabilities_sum_to_one_over_the_vocabulary(smoothing, order):
    model = NGramModel(order, smoothing).fit(TEXT, vocab="абвг")    # в, г never seen
    for context in ["", "а", "аб", "xyz", "баба", "вгв"]:
        total = sum(model.prob(context, c) for c in model.vocab)
        assert total == pytest.approx(1.0, abs=1e-9)


def test_add_k_matches_counting_by_hand():
    model = NGramModel(2, "add_k", k=0.5).fit("абаб")
    # after "а" comes "б" twice; V = 2 letters
    assert model.vocab == ["а", "б"]
    assert model.prob("а", "б") == pytest.approx((2 + 0.5) / (2 + 0.5 * 2))
    assert model.prob("а", "а") == pytest.approx(0.5 / (2 + 0.5 * 2))


def test_a_character_outside_the_vocabulary_is_refused():
    model = NGramModel(2, "add_k").fit("абаб")
    with pytest.raises(HelperInputError):
        model.prob("а", "в")


def test_bits_per_char_of_a_uniform_unigram():
    model = NGramModel(1, "add_k", k=1.0).fit("абвг")
    # each letter seen once: P = (1 + k) / (4 + k·V) = 2 / 8 for every letter
    assert model.bits_per_char("абвг") == pytest.approx(math.log2(8 / 2))


def test_best_ngram_picks_the_lowest_score_and_checks_input():
    model, scores = best_ngram(TEXT, "баба аба\n", max_order=3)
    assert scores[(model.smoothing, model.order)] == min(scores.values())
    with pytest.raises(HelperInputError):
        NGramModel(6)
    with pytest.raises(HelperInputError):
        NGramModel(2).prob("а", "б")
