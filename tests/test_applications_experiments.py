"""Notebook 05's experiments (issue 16 items 4–6): Kazakh → Russian translation, the LSTM on the
random walk and on the air passengers, Kazakh sentence topics.  Every claim holds for seeds 0
and 1 and fails on a deliberately broken input."""
import numpy as np
import pytest
import torch

from deeplearn_helpers.checks import ClaimFailed
from deeplearn_helpers.data.numbers_kk import number_to_kazakh
from deeplearn_helpers.data.series import random_walk
from deeplearn_helpers.data.translation import kk_ru_vocab, number_to_russian
from deeplearn_helpers.experiments import applications as E
from deeplearn_helpers.experiments.applications import claim_walk
from deeplearn_helpers.data.numbers_kk import make_number_pairs
from deeplearn_helpers.storage import read_metadata, shipped_weights_path


# --- translation -------------------------------------------------------------------------

@pytest.mark.parametrize("seed", [0, 1])
def test_kk_ru_reaches_the_bar_on_unseen_numbers(seed):
    train, held = make_number_pairs(seed=seed)
    run, vocab = E.train_kk_ru(train, seed=seed), kk_ru_vocab()
    model, cpu_seconds = run.model, run.cpu_seconds
    accuracy = E.kk_ru_exact_match(model, vocab, held)
    E.claim_kk_ru(accuracy, n=len(held))
    assert cpu_seconds > 0 and set(held).isdisjoint(train)


def test_kk_ru_claim_fails_for_an_untrained_translator():
    train, held = make_number_pairs(seed=0)
    model, vocab = E.train_kk_ru(train[:64], seed=0, epochs=1).model, kk_ru_vocab()     # too little to learn
    with pytest.raises(ClaimFailed):
        E.claim_kk_ru(E.kk_ru_exact_match(model, vocab, held[:300]), n=300)


def test_shipped_kk_ru_translator_and_its_examples():
    model, vocab = E.load_kk_ru()
    _, held = make_number_pairs(seed=0)
    E.claim_kk_ru(E.kk_ru_exact_match(model, vocab, held), n=len(held))
    got, attention = E.translate_kk_ru(model, vocab, ["бір мың", "екі жүз", "екі мың екі"])
    assert got == ["одна тысяча", "двести", "две тысячи два"]
    assert torch.allclose(attention.sum(-1), torch.ones(attention.shape[:2]), atol=1e-5)
    assert read_metadata(shipped_weights_path(E.KK_RU_WEIGHTS))["made_by"].endswith(":kk_ru")


# --- the random walk ---------------------------------------------------------------------

@pytest.mark.parametrize("seed", [0, 1])
def test_lstm_does_not_beat_naive_on_a_random_walk(seed):
    claim_walk(E.walk_lstm_forecast(random_walk(1000, seed=seed), seed=seed))


def test_walk_claim_fails_when_the_steps_are_predictable():
    # Steps that follow the sign of the previous one (+1, +1, −1, −1, …) plus a little noise:
    # the LSTM can learn them, so it beats the naive forecast by far more than the tolerance.
    rng = np.random.default_rng(0)
    steps = np.tile([1.0, 1.0, -1.0, -1.0], 250)[:999] + 0.1 * rng.normal(size=999)
    series = 100 + np.concatenate([[0.0], np.cumsum(steps)])
    scores = E.walk_lstm_forecast(series, seed=0, epochs=20)
    assert scores["model"] < 0.5 * scores["naive"]
    with pytest.raises(ClaimFailed):
        claim_walk(scores)


# --- air passengers ----------------------------------------------------------------------

def test_passenger_task_windows_line_up():
    task = E.passenger_task(window=12)
    assert task.x.shape == (120, 12, 1) and task.test.sum() == 24
    d = np.log(task.truth) - np.log(task.last_year)                  # the target's log difference
    assert np.allclose(task.y.numpy() * task.scale + task.mean, d, atol=1e-5)
    assert np.allclose(task.x[1:, -1, 0].numpy(), task.y[:-1].numpy(), atol=1e-6)
    assert task.time[task.test].min() >= 1959


@pytest.mark.parametrize("seed", [0, 1])
def test_passenger_claims(seed):
    task = E.passenger_task()
    scores = E.passenger_scores(task, E.passenger_forecast(E.train_passenger_lstm(task, seed=seed).model, task))
    E.claim_passengers(scores)
    E.claim_growth_baseline(scores)


def test_passenger_claims_fail_on_broken_forecasts():
    task = E.passenger_task()
    with pytest.raises(ClaimFailed):                                 # a forecast worse than last year
        E.claim_passengers(E.passenger_scores(task, task.last_year * 0.8))
    with pytest.raises(ClaimFailed):                                 # a perfect forecast beats the growth
        E.claim_growth_baseline(E.passenger_scores(task, task.truth))


# --- sentence topics ---------------------------------------------------------------------

@pytest.mark.parametrize("seed", [0, 1])
def test_topic_claim(seed):
    split = E.topic_split(seed=seed)
    E.claim_topics([{"bow": E.bow_topic_accuracy(split, seed=seed), "lstm": E.lstm_topic_accuracy(split, seed=seed)}])


def test_topic_claim_fails_with_shuffled_labels():
    split = E.topic_split(seed=0)
    split.train_labels = split.train_labels[torch.randperm(len(split.train_labels),
                                                           generator=torch.Generator().manual_seed(0))]
    with pytest.raises(ClaimFailed):
        E.claim_topics([{"bow": E.bow_topic_accuracy(split, seed=0), "lstm": E.lstm_topic_accuracy(split, seed=0)}])


def test_bow_topics_names_topics():
    split = E.topic_split(seed=0)
    guesses = E.bow_topics(E.train_bow_topics(split, seed=0).model, split.vocab, split.test_sentences[:5])
    assert len(guesses) == 5 and all(g in E.TOPICS for g in guesses)
