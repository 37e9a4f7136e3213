"""Library calls leave the caller's state alone (issue 14): after every training recipe,
measure and explorer, the global random generators of Python, NumPy and torch are where
the caller left them, and a model passed in is in the train/eval mode it was given in.

Each call is as small as the helper allows (a step or an epoch): the point is the state,
not the result.
"""
import random

import numpy as np
import pytest
import torch
from torch import nn

from deeplearn_helpers import fit
from deeplearn_helpers.core import evaluating, kept_rng, torch_threads
from deeplearn_helpers.data import load_digits, random_walk
from deeplearn_helpers.experiments import applications as A
from deeplearn_helpers.experiments import basics as B
from deeplearn_helpers.experiments import gated as G
from deeplearn_helpers.experiments import generative as GEN
from deeplearn_helpers.experiments import recurrent as R
from deeplearn_helpers.models import (VAE, CharLM, ConditionalVAE, Detector, DigitClassifier, SequenceModel,
                                      cvae_negative_elbo, detector_scores, importance_nll, judge_digits,
                                      lm_bits_per_char, negative_elbo, sample_text)
from deeplearn_helpers.data.text import Vocab
from deeplearn_helpers import widgets


@pytest.fixture(autouse=True)
def one_thread():
    with torch_threads(1):
        yield


def _states():
    return random.getstate(), np.random.get_state()[1].tolist(), torch.get_rng_state()


def _kept(call):
    """Run ``call`` between two unusual seeds; True if the global generators were left alone."""
    random.seed(12345)
    np.random.seed(12345)
    torch.manual_seed(12345)
    before = _states()
    call()
    after = _states()
    return before[0] == after[0] and before[1] == after[1] and torch.equal(before[2], after[2])


DIGITS = load_digits("test")
TEXT = "терең оқыту\nмақал-мәтел\n" * 20
VOCAB = Vocab(TEXT)
ADDING_MODEL = SequenceModel(cell="rnn", input_size=2)        # made here: making a model draws random numbers
RECIPES = {
    "experiments.gated.train_adding": lambda: G.train_adding(ADDING_MODEL, 5, max_steps=2, check_every=1),
    "experiments.recurrent.train_recall": lambda: R.train_recall("rnn", length=5, delay=1, steps=2),
    "experiments.recurrent.train_next_value": lambda: R.train_next_value(length=5, steps=2, warmup=1),
    "experiments.gated.train_reader": lambda: G.train_reader("rnn", epochs=1),
    "experiments.generative.train_gan_2d": lambda: GEN.train_gan_2d("ring", steps=2),
    "experiments.generative.train_digit_classifier": lambda: GEN.train_digit_classifier(epochs=1),
    "experiments.basics.learning_curve_trial": lambda: B.learning_curve_trial("logistic", 20, steps=2),
    "experiments.basics.depth_trial": lambda: B.depth_trial(1, epochs=1),
    "experiments.applications.train_forecaster": lambda: A.train_forecaster(A.weather_task(), epochs=1),
    "experiments.applications.train_passenger_lstm": lambda: A.train_passenger_lstm(A.passenger_task(), epochs=1),
    "experiments.applications.walk_lstm_forecast": lambda: A.walk_lstm_forecast(random_walk(300, seed=0), cut=100,
                                                                                 epochs=1),
    "experiments.applications.train_charlm": lambda: A.train_charlm(VOCAB.encode(TEXT), len(VOCAB), steps=2,
                                                                     seq_len=8, batch_size=2),
    "experiments.applications.train_translator": lambda: A.train_translator([1, 22, 333], epochs=1),
    "experiments.applications.train_kk_ru": lambda: A.train_kk_ru([1, 22, 333], epochs=1),
    "experiments.applications.train_cvae": lambda: A.train_cvae(DIGITS[0][:20], DIGITS[1][:20], steps=2,
                                                                 batch_size=10),
    "experiments.applications.train_detector": lambda: A.train_detector(DIGITS[0][:10], DIGITS[0][10:20],
                                                                         epochs=1),
    "experiments.applications.augmentation_trial": lambda: A.augmentation_trial(*DIGITS, *DIGITS, per_class=1,
                                                                                 ratios=(0, 1), steps=2),
    "experiments.applications.train_bow_topics": lambda: A.train_bow_topics(A.topic_split(), epochs=1),
    "experiments.applications.lstm_topic_accuracy": lambda: A.lstm_topic_accuracy(A.topic_split(), epochs=1),
}


@pytest.mark.parametrize("name", sorted(RECIPES))
def test_training_recipes_leave_the_global_random_generators_alone(name):
    assert _kept(RECIPES[name]), f"{name} changed the caller's random generators"


def test_every_training_recipe_is_covered():
    """A new train_* recipe in experiments/ must be added to RECIPES above."""
    recipes = {f"experiments.{m.__name__.rsplit('.', 1)[1]}.{n}" for m in (A, B, G, GEN, R)
               for n in m.__all__ if n.startswith("train_")}
    assert recipes <= set(RECIPES)


def test_the_check_fails_on_a_helper_that_reseeds():
    assert not _kept(lambda: torch.manual_seed(0))
    assert not _kept(lambda: np.random.seed(0))
    assert not _kept(lambda: random.random())
    assert _kept(lambda: kept_rng(0).__enter__)


# --- a model's train/eval mode ------------------------------------------------------------
def _reader():
    return SequenceModel(cell="rnn", input_size=4, hidden_size=8, output_size=4)


MEASURES = {
    "fit": (lambda: nn.Linear(2, 1), lambda m: fit(m, lambda m, b: m(b[0]).pow(2).mean(),
                                                   (torch.randn(8, 2),), steps=2, progress=False)),
    "experiments.gated.train_adding": (lambda: SequenceModel(cell="rnn", input_size=2),
                                       lambda m: G.train_adding(m, 5, max_steps=2, check_every=1)),
    "experiments.generative.classifier_accuracy": (DigitClassifier, GEN.classifier_accuracy),
    "experiments.recurrent.recall_accuracy": (_reader, lambda m: R.recall_accuracy(m, 5, 1, n=10)),
    "models.judge_digits": (DigitClassifier, lambda m: judge_digits(DIGITS[0][:5], m)),
    "models.negative_elbo": (VAE, lambda m: negative_elbo(m, (DIGITS[0][:5] > 0.5).float())),
    "models.importance_nll": (VAE, lambda m: importance_nll(m, (DIGITS[0][:5] > 0.5).float(), samples=2)),
    "models.cvae_negative_elbo": (ConditionalVAE, lambda m: cvae_negative_elbo(m, (DIGITS[0][:5] > 0.5).float(),
                                                                               DIGITS[1][:5])),
    "models.detector_scores": (Detector, lambda m: detector_scores(m, DIGITS[0][:3], DIGITS[0][3:6])),
    "models.lm_bits_per_char": (lambda: CharLM(vocab_size=len(VOCAB)), lambda m: lm_bits_per_char(m, VOCAB.encode(TEXT[:50]))),
    "models.sample_text": (lambda: CharLM(vocab_size=len(VOCAB)), lambda m: sample_text(m, VOCAB, "терең", length=5)),
}


@pytest.mark.parametrize("training", [True, False], ids=["train-mode", "eval-mode"])
@pytest.mark.parametrize("name", sorted(MEASURES))
def test_a_passed_model_keeps_its_train_or_eval_mode(name, training):
    make, call = MEASURES[name]
    model = make()
    model.train(training)
    call(model)
    assert model.training is training and all(m.training is training for m in model.modules())


def test_evaluating_gives_the_mode_back_even_after_an_error():
    model = nn.Sequential(nn.Linear(2, 2), nn.Dropout())
    with pytest.raises(ZeroDivisionError), evaluating(model):
        assert not model.training
        1 / 0
    assert model.training


# --- explorers ----------------------------------------------------------------------------
VAE_2D, LM = VAE(latent=2), CharLM(vocab_size=len(VOCAB))          # made here: making a model draws random numbers
GATED = {"LSTM": SequenceModel(cell="lstm", input_size=2)}
EXPLORERS = {
    "NeuronExplorer": lambda: widgets.NeuronExplorer(),
    "Playground": lambda: widgets.Playground(),
    "GANLab": lambda: widgets.GANLab(),
    "GradientFlowExplorer": lambda: widgets.GradientFlowExplorer(),
    "GradientLab": lambda: widgets.GradientLab(),
    "LatentExplorer": lambda: widgets.LatentExplorer(VAE_2D),
    "TextGenExplorer": lambda: widgets.TextGenExplorer(LM, VOCAB, prompt="терең", length=5),
    "GateExplorer": lambda: widgets.GateExplorer(GATED, 20),
}


@pytest.mark.parametrize("make", list(EXPLORERS.values()), ids=list(EXPLORERS))
def test_explorers_leave_the_global_random_generators_alone(make):
    def use():
        explorer = make()
        if callable(getattr(explorer, "refresh", None)):
            explorer.refresh()
        if callable(getattr(explorer, "tick", None)):
            explorer.tick()
        for control in getattr(explorer, "controls", {}).values():        # one move of every control
            options = getattr(control, "options", None)
            if options and len(options) > 1:
                values = [o[1] if isinstance(o, tuple) else o for o in options]
                control.value = values[1] if control.value == values[0] else values[0]
        if isinstance(explorer, widgets.Explorer):
            explorer.close()
    assert _kept(use), "the explorer changed the caller's random generators"


def test_the_package_does_not_keep_closed_explorers_alive():
    import gc
    import weakref

    explorer = widgets.NeuronExplorer()
    assert explorer in widgets.base.live_explorers()
    gone = weakref.ref(explorer)
    explorer.close()
    del explorer
    gc.collect()
    assert gone() is None                                   # nothing in the package held on to it
    assert all(e is not None for e in widgets.base.live_explorers())
