"""Notebook 05's experiments (``from deeplearn_helpers.experiments import applications as E``):
next-day temperature, the random walk and the air passengers (series); the character-level
language model (text); digits → Kazakh words and Kazakh → Russian (translation); Kazakh
sentence topics; the conditional VAE, its detector and the scarce-data trial (generation).

Every training recipe takes a ``seed``, trains inside ``core.kept_rng`` (the caller's random
numbers are left as they were) and returns a ``train.Trained``; the other functions return
plain numbers (RMSEs, accuracies).  The ``claim_*`` functions are the notebook's
self-checks, thresholds as arguments.  Recurrent models are time-first, (T, B, features),
like ``models.SequenceModel``; ``data.make_windows`` and ``train.fit`` are batch-first, so
each recipe transposes once, inside its ``loss_fn``.

The weather: persistence (tomorrow = today) and climatology (the mean of that day of the
year ±7 days over the training years) against a recurrent forecaster that predicts the
*change* of tomorrow's maximum temperature, so that predicting zero change is persistence;
the final year (2015) is held out.  ``walk_forecast``: a least-squares forecast of a random
walk's next step from its last ones, against the naive forecast x̂_{t+1} = x_t.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

from .. import checks
from ..core import kept_rng
from ..data.digits import binarize, few_labelled
from ..data.numbers_kk import number_to_kazakh, parse_number
from ..data.series import day_of_year_features, load_air_passengers, load_weather, make_windows
from ..data.text import Vocab, load_corpus
from ..data.topics import TOPICS, WordVocab, load_topic_sentences, split_topic_sentences
from ..data.translation import NumberVocab, PhraseVocab, kk_ru_vocab, number_to_russian
from ..metrics import rmse
from ..models.charlm import CharLM, CharLMConfig
from ..models.conditional import CVAEConfig, ConditionalVAE, Detector
from ..models.mlp import MLP, MLPConfig, accuracy, classification_loss
from ..models.seq2seq import Seq2Seq, Seq2SeqConfig, seq2seq_loss
from ..models.sequence import SequenceConfig, SequenceModel
from ..models.topic import TopicLSTM
from ..models.vae import elbo_loss, init_output_bias
from ..i18n import tr
from ..storage import load_weights
from ..train import Trained, fit
from ..validate import (check_choice, check_device, check_float, check_instance, check_int, check_module,
                        check_sequence, check_str, check_tensor, fail, model_takes_data)

__all__ = ["WeatherTask", "weather_task", "climatology_table", "train_forecaster", "forecast", "walk_forecast",
           "claim_walk", "claim_walk_drift", "WALK_TOLERANCE",
           "train_charlm", "CHARLM_WEIGHTS", "corpus_split", "load_charlm", "shared_lines", "claim_unseen",
           "REPEATS", "train_translator", "translate_numbers", "exact_match", "TRANSLATOR_WEIGHTS",
           "TRANSLATOR_HIDDEN", "load_translator", "TRANSLATOR_BAR", "claim_translator",
           "cvae_loss", "train_cvae", "train_detector", "augmentation_trial", "AUGMENT_RATIOS",
           "JUDGE_BAR", "DETECTOR_BAR", "claim_judge", "claim_detector", "claim_augmentation",
           "KK_RU_WEIGHTS", "KK_RU_HIDDEN", "KK_RU_EPOCHS", "KK_RU_BAR", "train_kk_ru", "load_kk_ru",
           "translate_kk_ru", "kk_ru_exact_match", "claim_kk_ru",
           "walk_lstm_forecast",
           "PassengerTask", "passenger_task", "train_passenger_lstm", "passenger_forecast",
           "passenger_scores", "seasonal_growth_forecast", "claim_passengers", "claim_growth_baseline",
           "TopicSplit", "topic_split", "train_bow_topics", "bow_topics", "bow_topic_accuracy", "lstm_topic_accuracy",
           "claim_topics"]


def _array(values, dtype, name: str) -> torch.Tensor:
    """``values`` (a list, an array, a tensor) as a tensor of ``dtype``, or a HelperInputError."""
    try:
        return torch.as_tensor(np.asarray(values, dtype=dtype))
    except (TypeError, ValueError):
        fail("err.type", name=name, expected=tr("type.tensor"), got=type(values).__name__)


def _test_days(task) -> np.ndarray:
    """The task's held-out mask: bool (N,), one per window."""
    test = np.asarray(task.test)
    if test.dtype != bool or test.shape != (len(task.x),):
        fail("err.type", name="task.test", expected=f"bool ({len(task.x)},)", got=f"{test.dtype} {test.shape}")
    return test


def _check_scores(scores, keys) -> dict:
    """``scores`` if it is a dict holding a number under every key of ``keys``."""
    check_instance(scores, "scores", dict)
    for key in keys:
        if key not in scores:
            fail("err.type", name="scores", expected="{" + ", ".join(map(str, keys)) + "}", got=sorted(map(str, scores)))
        check_float(scores[key], f"scores[{key!r}]")
    return scores


# --- translation: Kazakh number phrases → Russian ----------------------------------------

KK_RU_WEIGHTS = "app_kk_ru.safetensors"
KK_RU_HIDDEN = 64
KK_RU_EPOCHS = 4
KK_RU_BAR = 0.95        # share of unseen numbers that must be translated exactly right


def _kk_ru_model(vocab: PhraseVocab) -> Seq2Seq:
    return Seq2Seq(Seq2SeqConfig(src_vocab=len(vocab.src), tgt_vocab=len(vocab.tgt), hidden=KK_RU_HIDDEN))


def train_kk_ru(numbers, seed: int = 0, epochs: int = KK_RU_EPOCHS) -> Trained:
    """Teacher-forced training on the Kazakh → Russian phrases of ``numbers`` (its words are
    those of ``data.kk_ru_vocab()``).

    Returns ``Trained`` with ``cpu_seconds`` of the training.  Short numbers are repeated as in
    ``train_translator`` (``REPEATS``), so that «жеті» alone is met often.
    """
    vocab = kk_ru_vocab()
    numbers = _repeated(numbers)
    src = vocab.encode_src([number_to_kazakh(n) for n in numbers]).T    # (N, S): fit is batch-first
    tgt = vocab.encode_tgt([number_to_russian(n) for n in numbers]).T   # (N, L)
    with kept_rng(seed):
        model = _kk_ru_model(vocab)
        start = time.process_time()
        history = fit(model, _seq2seq_batch_loss, (src, tgt), epochs=epochs, batch_size=64, lr=3e-3,
                      clip_grad_norm=1.0, progress=False, seed=seed)
        cpu_seconds = time.process_time() - start
    return Trained(model.eval(), history, {"cpu_seconds": cpu_seconds})


def _seq2seq_batch_loss(model: Seq2Seq, batch) -> torch.Tensor:
    """``seq2seq_loss`` on a batch-first pair (B, S), (B, L) from ``fit``: the model is time-first."""
    src, tgt = batch
    return seq2seq_loss(model, src.T, tgt.T)


def load_kk_ru() -> tuple[Seq2Seq, PhraseVocab]:
    """The shipped Kazakh → Russian translator, trained on ``make_number_pairs(seed=0)[0]`` only."""
    vocab = kk_ru_vocab()
    return load_weights(_kk_ru_model(vocab), KK_RU_WEIGHTS).eval(), vocab


def translate_kk_ru(model: Seq2Seq, vocab: PhraseVocab, phrases):
    """Russian phrases the model writes for Kazakh ``phrases``, and the attention (L, B, S)."""
    check_instance(model, "model", Seq2Seq)
    check_instance(vocab, "vocab", PhraseVocab)
    phrases = [check_str(p, "phrases") for p in check_sequence(phrases, "phrases")]
    src = vocab.encode_src(phrases)
    ids, attention = model.greedy(src, max_len=src.shape[0] + 2)
    return [vocab.decode_tgt(ids[:, b]) for b in range(len(phrases))], attention


def kk_ru_exact_match(model: Seq2Seq, vocab: PhraseVocab, numbers) -> float:
    """Share of ``numbers`` whose Russian phrase the model writes exactly as the oracle does."""
    check_instance(model, "model", Seq2Seq)
    check_instance(vocab, "vocab", PhraseVocab)
    numbers = [parse_number(n) for n in check_sequence(numbers, "numbers")]
    got, _ = translate_kk_ru(model, vocab, [number_to_kazakh(n) for n in numbers])
    return sum(g == number_to_russian(n) for g, n in zip(got, numbers)) / len(numbers)


def claim_kk_ru(accuracy: float, n: int, bar: float = KK_RU_BAR) -> None:
    """Self-check: exact match on the ``n`` unseen numbers is at least ``bar``."""
    bar = check_float(bar, "bar", 0.0, 1.0)
    accuracy, n = check_float(accuracy, "accuracy", 0.0, 1.0), check_int(n, "n", 1)
    checks.claim(accuracy >= bar, "app.claim_kk_ru", n=n, acc=f"{100 * accuracy:.2f}", bar=f"{100 * bar:.0f}")


# --- the random walk: an LSTM against the naive forecast ---------------------------------

WALK_WINDOW = 20


def _fit_regressor(x: torch.Tensor, y: torch.Tensor, cell: str, hidden: int, epochs: int,
                   seed: int, batch_size: int = 32, progress: bool = False) -> Trained:
    """A many-to-one SequenceModel fitted by MSE on windows x (N, T, F) → y (N,)."""
    check_choice(cell, "cell", ["rnn", "lstm", "gru"])
    with kept_rng(seed):
        model = SequenceModel(SequenceConfig(cell=cell, input_size=x.shape[2], hidden_size=hidden,
                                             output_size=1, readout="last"))

        def loss_fn(model, batch):
            xb, yb = batch                                   # (B, T, F), (B,)
            return F.mse_loss(model(xb.transpose(0, 1))[:, 0], yb)

        history = fit(model, loss_fn, (x, y), epochs=epochs, batch_size=batch_size, lr=3e-3,
                      progress=progress, seed=seed)
    return Trained(model.eval(), history)


def walk_lstm_forecast(series, window: int = WALK_WINDOW, cut: int = 800, seed: int = 0,
                       hidden: int = 16, epochs: int = 10) -> dict:
    """RMSE of two next-value forecasts of ``series`` (T,) on the windows after the first ``cut``:

    * ``"naive"``: x̂_{t+1} = x_t;
    * ``"model"``: x_t + an LSTM's forecast of the next step from the last ``window`` steps,
      trained on the first ``cut`` windows (steps divided by their training spread).

    The same dictionary as ``walk_forecast``, so ``claim_walk`` checks it.
    """
    series = check_tensor(_array(series, np.float32, "series"), "series", ndim=1)
    window = check_int(window, "window", 1, 200)
    steps = series[1:] - series[:-1]                                  # (T−1,)
    x, y = make_windows(steps, window)                                # (N, window, 1), (N,)
    cut = check_int(cut, "cut", 2, len(y) - 1)
    scale = float(steps[:cut + window].std())
    model = _fit_regressor(x[:cut] / scale, y[:cut] / scale, "lstm", hidden, epochs, seed).model
    with torch.no_grad():
        step = model((x[cut:] / scale).transpose(0, 1))[:, 0].numpy() * scale
    today = series[window + cut:-1].numpy()
    truth = series[window + cut + 1:].numpy()
    return {"naive": rmse(today, truth), "model": rmse(today + step, truth)}


# --- air passengers: an LSTM on the log-differenced series against seasonal naive ---------

@dataclass
class PassengerTask:
    x: torch.Tensor          # (N, window, 1) standardised 12-month log differences
    y: torch.Tensor          # (N,) the next one, standardised
    last_year: np.ndarray    # (N,) passengers of the same month a year before the target
    truth: np.ndarray        # (N,) passengers of the target month (thousands)
    time: np.ndarray         # (N,) the target month, in years
    test: np.ndarray         # (N,) bool: the target month is in the test years
    mean: float              # of the training log differences
    scale: float             # their standard deviation


def passenger_task(window: int = 12, test_from: float = 1959.0) -> PassengerTask:
    """d_t = log y_t − log y_{t−12} cut into windows (past ``window`` months → d of the next);
    the months from ``test_from`` on are the test set (statistics from the training months)."""
    test_from = check_float(test_from, "test_from", 1949.0, 1961.0)
    window = check_int(window, "window", 1, 100)
    years, passengers = load_air_passengers()
    passengers = passengers.astype(np.float64)
    d = np.log(passengers[12:]) - np.log(passengers[:-12])           # (132,) from 1950
    target_time = years[12 + window:]
    train = target_time < test_from
    mean, scale = float(d[:window + train.sum()].mean()), float(d[:window + train.sum()].std())
    x, y = make_windows(torch.tensor((d - mean) / scale), window)
    return PassengerTask(x=x, y=y, last_year=passengers[window:-12], truth=passengers[12 + window:],
                         time=target_time, test=~train, mean=mean, scale=scale)


def train_passenger_lstm(task: PassengerTask, seed: int = 0, cell: str = "lstm", hidden: int = 16,
                         epochs: int = 60) -> Trained:
    """Fit the recurrent forecaster of d_{t} on the training months only."""
    check_instance(task, "task", PassengerTask)
    train = torch.from_numpy(~_test_days(task))
    return _fit_regressor(task.x[train], task.y[train], cell, hidden, epochs, seed)


@torch.no_grad()
def passenger_forecast(model: SequenceModel, task: PassengerTask) -> np.ndarray:
    """ŷ_t = y_{t−12} · exp(d̂_t) for every window, in passengers (thousands), (N,)."""
    check_module(model, "model")
    check_instance(task, "task", PassengerTask)
    with model_takes_data("model"):
        d_hat = model(task.x.transpose(0, 1))[:, 0].numpy() * task.scale + task.mean
    return task.last_year * np.exp(d_hat)


def passenger_scores(task: PassengerTask, prediction: np.ndarray) -> dict:
    """Test RMSE (thousands of passengers) of three forecasts of y_t:

    * ``"model"``: ``prediction`` (N,), e.g. ``passenger_forecast``'s ŷ_t = y_{t−12} · exp(d̂_t);
    * ``"seasonal_naive"``: ŷ_t = y_{t−12} (this month = the same month last year, d̂_t = 0);
    * ``"seasonal_growth"``: ŷ_t = y_{t−12} · exp(d̄), d̄ the mean yearly growth of the
      training months — one number learnt from the past.
    """
    check_instance(task, "task", PassengerTask)
    prediction = check_tensor(prediction, "prediction", ndim=1, shape=(len(task.truth),)).double().numpy()
    test = task.test
    return {"model": rmse(np.asarray(prediction)[test], task.truth[test]),
            "seasonal_naive": rmse(task.last_year[test], task.truth[test]),
            "seasonal_growth": rmse(seasonal_growth_forecast(task)[test], task.truth[test])}


def seasonal_growth_forecast(task: PassengerTask) -> np.ndarray:
    """ŷ_t = y_{t−12} · exp(d̄) for every window, (N,)."""
    check_instance(task, "task", PassengerTask)
    return task.last_year * np.exp(task.mean)


def claim_passengers(scores: dict) -> None:
    """Self-check: the recurrent model's test RMSE is below the seasonal-naive forecast's."""
    _check_scores(scores, ("model", "seasonal_naive"))
    checks.claim(scores["model"] < scores["seasonal_naive"], "app.claim_passengers",
                 model=f"{scores['model']:.1f}", naive=f"{scores['seasonal_naive']:.1f}")


def claim_growth_baseline(scores: dict) -> None:
    """Self-check: the one-number forecast (mean yearly growth) is at least as accurate as
    the recurrent model: the model's gain over seasonal naive is the growth, nothing more."""
    _check_scores(scores, ("model", "seasonal_growth"))
    checks.claim(scores["seasonal_growth"] <= scores["model"], "app.claim_growth_baseline",
                 model=f"{scores['model']:.1f}", growth=f"{scores['seasonal_growth']:.1f}")


# --- text analysis: which of the lecture's five topics a Kazakh sentence is about ---------

@dataclass
class TopicSplit:
    train_sentences: list[str]
    train_labels: torch.Tensor       # (N_train,) topic indices
    test_sentences: list[str]
    test_labels: torch.Tensor        # (N_test,)
    vocab: WordVocab                 # words of the training sentences only


def topic_split(seed: int = 0, test_share: float = 0.3) -> TopicSplit:
    """The shipped sentences split by sentence (each topic's share the same in both parts)."""
    sentences, labels = load_topic_sentences()
    train, test = split_topic_sentences(labels, seed=seed, test_share=test_share)
    train_sentences = [sentences[i] for i in train]
    return TopicSplit(train_sentences, torch.from_numpy(labels[train]), [sentences[i] for i in test],
                      torch.from_numpy(labels[test]), WordVocab(train_sentences))


def _accuracy(logits: torch.Tensor, labels: torch.Tensor) -> float:
    return (logits.argmax(1) == labels).float().mean().item()


def train_bow_topics(split: TopicSplit, seed: int = 0, epochs: int = 60) -> Trained:
    """Bag of words + softmax regression: one linear layer on the word counts (V,) → (topics,)."""
    check_instance(split, "split", TopicSplit)
    x = split.vocab.counts(split.train_sentences)                   # (N, V)
    with kept_rng(seed):
        model = torch.nn.Linear(len(split.vocab), len(TOPICS))
        history = fit(model, lambda m, b: F.cross_entropy(m(b[0]), b[1]), (x, split.train_labels),
                      epochs=epochs, batch_size=32, lr=0.02, progress=False, seed=seed)
    return Trained(model.eval(), history)


@torch.no_grad()
def bow_topics(model: torch.nn.Linear, vocab: WordVocab, sentences) -> list[str]:
    """The topic (a name of ``TOPICS``) the bag-of-words model gives each sentence."""
    check_module(model, "model")
    check_instance(vocab, "vocab", WordVocab)
    sentences = [check_str(s, "sentences") for s in check_sequence(sentences, "sentences")]
    return [TOPICS[i] for i in model(vocab.counts(list(sentences))).argmax(1).tolist()]


def bow_topic_accuracy(split: TopicSplit, seed: int = 0) -> float:
    """Test accuracy of ``train_bow_topics``."""
    check_instance(split, "split", TopicSplit)
    got = bow_topics(train_bow_topics(split, seed=seed).model, split.vocab, split.test_sentences)
    return float(np.mean([TOPICS.index(g) == y for g, y in zip(got, split.test_labels.tolist())]))


def lstm_topic_accuracy(split: TopicSplit, seed: int = 0, epochs: int = 40) -> float:
    """``models.TopicLSTM`` trained on the training sentences: test accuracy."""
    check_instance(split, "split", TopicSplit)
    ids = split.vocab.padded(split.train_sentences).T                # (N, T): fit is batch-first
    with kept_rng(seed):
        model = TopicLSTM(len(split.vocab), len(TOPICS))
        fit(model, lambda m, b: F.cross_entropy(m(b[0].T), b[1]), (ids, split.train_labels), epochs=epochs,
            batch_size=16, lr=0.01, progress=False, seed=seed)
    model.eval()
    with torch.no_grad():
        return _accuracy(model(split.vocab.padded(split.test_sentences)), split.test_labels)


def claim_topics(trials: list[dict]) -> None:
    """Self-check, for every trial ({"bow": acc, "lstm": acc}): chance (1 / number of topics)
    < LSTM < bag of words — the LSTM learns something, the simple baseline learns more."""
    trials = [_check_scores(t, ("bow", "lstm")) for t in check_sequence(trials, "trials")]
    chance = 1 / len(TOPICS)
    ok = all(chance < t["lstm"] < t["bow"] for t in trials)
    checks.claim(ok, "app.claim_topics", n=len(trials), chance=f"{chance:.2f}",
                 bow=", ".join(f"{t['bow']:.2f}" for t in trials),
                 lstm=", ".join(f"{t['lstm']:.2f}" for t in trials))


# --- next-day temperature in Seattle ------------------------------------------------------

FEATURES = ("temp_max", "temp_min", "precipitation", "wind")


@dataclass
class WeatherTask:
    x: torch.Tensor          # (N, window, F) standardised inputs, target day = window … D−1
    change: torch.Tensor     # (N,) standardised change of temp_max from the last input day
    today: np.ndarray        # (N,) temp_max of the last input day, °C
    truth: np.ndarray        # (N,) temp_max of the target day, °C
    day_of_year: np.ndarray  # (N,) of the target day
    test: np.ndarray         # (N,) bool: target day in the held-out year
    scale: float             # °C per standardised unit of temp_max
    dates: np.ndarray        # (N,) target dates


def climatology_table(temp: np.ndarray, day_of_year: np.ndarray, half_width: int = 7) -> np.ndarray:
    """Mean temperature of each day of the year (366,), over a ±``half_width``-day window."""
    temp = check_tensor(temp, "temp", ndim=1).double().numpy()
    day_of_year = check_tensor(day_of_year, "day_of_year", ndim=1, shape=(len(temp),)).double().numpy()
    half_width = check_int(half_width, "half_width", 0, 182)
    table = np.zeros(366)
    for day in range(366):
        gap = np.abs(day_of_year - day)
        table[day] = temp[np.minimum(gap, 365 - gap) <= half_width].mean()
    return table


def weather_task(window: int = 14, test_year: int = 2015) -> WeatherTask:
    """Windows of standardised weather (statistics from the training years only)."""
    test_year = check_int(test_year, "test_year", 2013, 2015)
    window = check_int(window, "window", 1, 365)
    w = load_weather()
    raw = np.stack([w.values[c] for c in FEATURES], axis=1)              # (D, 4)
    train_days = w.year < test_year
    mean, std = raw[train_days].mean(0), raw[train_days].std(0)
    feats = np.concatenate([(raw - mean) / std, day_of_year_features(w.day_of_year)], axis=1)
    x, change = make_windows(torch.tensor(feats), window, target="change")
    temp = w.values["temp_max"]
    return WeatherTask(x=x, change=change, today=temp[window - 1:-1], truth=temp[window:],
                       day_of_year=w.day_of_year[window:], test=w.year[window:] == test_year,
                       scale=float(std[0]), dates=w.dates[window:])


def train_forecaster(task: WeatherTask, cell: str = "gru", seed: int = 0, epochs: int = 6,
                     hidden: int = 24, progress: bool = False) -> Trained:
    """Fit a SequenceModel (many-to-one) on the training years."""
    check_instance(task, "task", WeatherTask)
    check_choice(cell, "cell", ["lstm", "gru"])
    train = torch.from_numpy(~_test_days(task))
    return _fit_regressor(task.x[train], task.change[train], cell, hidden, epochs, seed, batch_size=64,
                          progress=progress)


@torch.no_grad()
def forecast(model: SequenceModel, task: WeatherTask) -> np.ndarray:
    """Tomorrow's temp_max (°C) for every window: today + the predicted change, (N,)."""
    check_instance(model, "model", SequenceModel)
    check_instance(task, "task", WeatherTask)
    change = model(task.x.transpose(0, 1))[:, 0].numpy() * task.scale   # (N,)
    return task.today + change


def walk_forecast(series, lags: int = 5, cut: int = 800) -> dict:
    """RMSE of two next-value forecasts of ``series`` (T,) on its steps after ``cut``:

    * ``"naive"``: x̂_{t+1} = x_t, the best forecast of a random walk whose steps have mean 0;
    * ``"model"``: x_t + a least-squares fit of the next step on the last ``lags`` steps and
      a constant (fitted on the first ``cut`` windows); the constant can learn a drift μ,
      for which the best forecast is x_t + μ.
    """
    series = check_tensor(_array(series, np.float64, "series"), "series", ndim=1).numpy()
    lags = check_int(lags, "lags", 1, 100)
    steps = np.diff(series)                                                  # (T−1,)
    window = np.stack([steps[i:len(steps) - lags + i] for i in range(lags)], axis=1)  # (T−1−lags, lags)
    target = steps[lags:]
    cut = check_int(cut, "cut", lags + 2, len(target) - 1)
    coef, *_ = np.linalg.lstsq(np.c_[window[:cut], np.ones(cut)], target[:cut], rcond=None)
    today = series[lags + cut:-1]
    truth = series[lags + cut + 1:]
    model = today + np.c_[window[cut:], np.ones(len(window) - cut)] @ coef
    return {"naive": rmse(today, truth), "model": rmse(model, truth)}


WALK_TOLERANCE = 0.02   # "about equal": the two RMSEs differ by less than 2 %


def claim_walk(scores: dict, tolerance: float = WALK_TOLERANCE) -> None:
    """Self-check: the fitted model's RMSE is within ``tolerance`` of the naive forecast's."""
    _check_scores(scores, ("model", "naive"))
    ratio = scores["model"] / scores["naive"]
    checks.claim(abs(ratio - 1) < tolerance, "app.claim_walk", model=f"{scores['model']:.4f}",
                 naive=f"{scores['naive']:.4f}", gap=f"{100 * (ratio - 1):+.1f}",
                 tolerance=f"{100 * tolerance:.0f}")


def claim_walk_drift(scores: dict, drift: float, tolerance: float = WALK_TOLERANCE) -> None:
    """Self-check: on a walk with drift the model (whose constant learns μ) beats the naive
    forecast x̂_{t+1} = x_t by more than ``tolerance``."""
    _check_scores(scores, ("model", "naive"))
    check_float(drift, "drift")
    ratio = scores["model"] / scores["naive"]
    checks.claim(ratio < 1 - tolerance, "app.claim_walk_drift", drift=drift, model=f"{scores['model']:.4f}",
                 naive=f"{scores['naive']:.4f}", gap=f"{100 * (ratio - 1):+.1f}",
                 tolerance=f"{100 * tolerance:.0f}")


# --- the character-level language model ---------------------------------------------------

def train_charlm(ids: torch.Tensor, vocab_size: int, seed: int = 0, steps: int = 300,
                 seq_len: int = 64, batch_size: int = 32, lr: float = 5e-3,
                 progress: bool = False, **config) -> Trained:
    """Train a ``CharLM`` on random windows of the encoded training text ``ids`` (N,)."""
    ids = check_tensor(ids, "ids", ndim=1, dtype=torch.int64)
    seq_len = check_int(seq_len, "seq_len", 2, max(2, len(ids) - 2))
    with kept_rng(seed):
        model = CharLM(CharLMConfig(vocab_size=vocab_size, **config))
        history = _fit_charlm(model, ids, seed, steps, seq_len, batch_size, lr, progress)
    return Trained(model.eval(), history)


def _fit_charlm(model: CharLM, ids, seed, steps, seq_len, batch_size, lr, progress):
    vocab_size = model.config.vocab_size
    generator = torch.Generator().manual_seed(seed)

    def sample(_step):
        starts = torch.randint(0, len(ids) - seq_len - 1, (batch_size,), generator=generator)
        window = torch.stack([ids[s:s + seq_len + 1] for s in starts.tolist()], dim=1)
        return window[:-1], window[1:]                            # (T, B) inputs and targets

    def loss_fn(model, batch):
        x, y = batch
        logits, _ = model(x)                                      # (T, B, V)
        return F.cross_entropy(logits.reshape(-1, vocab_size), y.reshape(-1))

    return fit(model, loss_fn, sample, steps=steps, lr=lr, clip_grad_norm=1.0, progress=progress,
               seed=seed)


CHARLM_WEIGHTS = "app_charlm.safetensors"


def corpus_split():
    """(train text, held-out text, vocab): the lines of the first ~90 % of the corpus / the rest.

    The cut falls at the first line break after 90 % of the characters, so no line is split
    between the two parts; the held-out part is the end of the proverbs.
    """
    text = load_corpus()
    cut = text.index("\n", int(len(text) * 0.9)) + 1
    return text[:cut], text[cut:], Vocab(text)


def load_charlm() -> CharLM:
    """The shipped model (``scripts/train_application_weights.py`` makes it again)."""
    _, _, vocab = corpus_split()
    return load_weights(CharLM(CharLMConfig(vocab_size=len(vocab))), CHARLM_WEIGHTS).eval()


def shared_lines(train: str, held_out: str) -> list[str]:
    """The held-out lines that also occur, whole, as a line of the training text."""
    seen = set(check_str(train, "train").split("\n"))
    return [line for line in check_str(held_out, "held_out").split("\n") if line and line in seen]


def claim_unseen(train: str, held_out: str) -> None:
    """Self-check: no held-out line is a line of the training text."""
    check_str(train, "train"), check_str(held_out, "held_out")
    lines = [line for line in held_out.split("\n") if line]
    checks.claim(not shared_lines(train, held_out), "app.claim_unseen", n=len(lines),
                 shared=len(shared_lines(train, held_out)))


# --- digits → Kazakh words (seq2seq with attention) ----------------------------------------

REPEATS = {1: 30, 2: 10, 3: 3, 4: 1}   # copies of a training number, by its digit count


def _repeated(numbers) -> list[int]:
    """Every number of ``numbers`` (0 … 9999) ``REPEATS[its digit count]`` times.

    Short numbers are rare (10 of 10 000 have one digit): repeated, the model meets "7"
    often enough to learn that a lone 7 is «жеті», not the «жетпіс» of 70.
    """
    if not isinstance(numbers, (list, tuple, range)) or len(numbers) == 0:
        fail("err.type", name="numbers", expected="list[int]", got=repr(numbers)[:40])
    return [n for n in map(parse_number, numbers) for _ in range(REPEATS[len(str(n))])]


def train_translator(numbers, seed: int = 0, epochs: int = 12, batch_size: int = 64,
                     lr: float = 3e-3, progress: bool = False, **config) -> Trained:
    """Teacher-forced training on the given numbers (ids of ``data.NumberVocab()``)."""
    vocab = NumberVocab()
    numbers = _repeated(numbers)
    src = vocab.encode_numbers(numbers).T                         # (N, S): fit wants N first
    tgt = vocab.encode_words(numbers).T                           # (N, L)
    with kept_rng(seed):
        model = Seq2Seq(Seq2SeqConfig(src_vocab=len(vocab.src), tgt_vocab=len(vocab.tgt), **config))
        history = fit(model, _seq2seq_batch_loss, (src, tgt), epochs=epochs, batch_size=batch_size, lr=lr,
                      clip_grad_norm=1.0, progress=progress, seed=seed)
    return Trained(model.eval(), history)


def translate_numbers(model: Seq2Seq, vocab: NumberVocab, numbers) -> list[str]:
    """Kazakh words for each number (0 … 9999), as the model writes them."""
    check_instance(model, "model", Seq2Seq)
    check_instance(vocab, "vocab", NumberVocab)
    numbers = check_sequence(numbers, "numbers")
    numbers = [parse_number(n) for n in numbers]
    ids, _ = model.greedy(vocab.encode_numbers(numbers), vocab.max_tgt)
    return [vocab.decode_words(ids[:, b]) for b in range(len(numbers))]


def exact_match(model: Seq2Seq, vocab: NumberVocab, numbers) -> float:
    """Share of numbers whose every word is right."""
    check_instance(model, "model", Seq2Seq)
    check_instance(vocab, "vocab", NumberVocab)
    numbers = check_sequence(numbers, "numbers")
    numbers = [parse_number(n) for n in numbers]
    got = translate_numbers(model, vocab, numbers)
    return sum(g == number_to_kazakh(n) for g, n in zip(got, numbers)) / len(numbers)


TRANSLATOR_WEIGHTS = "app_translator.safetensors"
TRANSLATOR_HIDDEN = 64


def load_translator() -> tuple[Seq2Seq, NumberVocab]:
    """The shipped translator, trained on ``make_number_pairs(seed=0)[0]`` only."""
    vocab = NumberVocab()
    model = Seq2Seq(Seq2SeqConfig(src_vocab=len(vocab.src), tgt_vocab=len(vocab.tgt),
                                  hidden=TRANSLATOR_HIDDEN))
    return load_weights(model, TRANSLATOR_WEIGHTS).eval(), vocab


TRANSLATOR_BAR = 0.95   # share of unseen numbers the translator must write exactly right


def claim_translator(accuracy: float, n: int, bar: float = TRANSLATOR_BAR) -> None:
    """Self-check: exact match on the ``n`` unseen numbers is at least ``bar``."""
    bar = check_float(bar, "bar", 0.0, 1.0)
    accuracy, n = check_float(accuracy, "accuracy", 0.0, 1.0), check_int(n, "n", 1)
    checks.claim(accuracy >= bar, "app.claim_translator", n=n, acc=f"{100 * accuracy:.2f}",
                 bar=f"{100 * bar:.0f}")


# --- the conditional VAE, its detector and the scarce-data trial ----------------------------

def cvae_loss(model: ConditionalVAE, batch) -> dict:
    """Negative ELBO per image (nats) of a freshly binarised batch, with its two parts."""
    check_instance(model, "model", ConditionalVAE)
    if not isinstance(batch, (tuple, list)) or len(batch) != 2:
        fail("err.type", name="batch", expected="(images, labels)", got=type(batch).__name__)
    x, y = batch
    x = binarize(x)                                                    # (B, 28, 28), 0 or 1
    logits, mu, logvar = model(x, y)
    return elbo_loss(logits, x, mu, logvar)


def train_cvae(images: torch.Tensor, labels: torch.Tensor, seed: int = 0, steps: int = 1500,
               batch_size: int = 128, lr: float = 2e-3, progress: bool = False, device=None,
               **config) -> Trained:
    """Train a conditional VAE on (grey images (N, 28, 28), labels (N,)), binarised per batch."""
    images = check_tensor(images, "images", ndim=3, shape=(None, 28, 28), hint="(N, 28, 28)")
    labels = check_tensor(labels, "labels", ndim=1, shape=(len(images),), hint="(N,)", dtype=torch.int64)
    with kept_rng(seed):
        model = ConditionalVAE(CVAEConfig(**config))
        init_output_bias(model, images)      # start the decoder at the mean image: steadier training
        model.to(check_device(device) or "cpu")
        history = fit(model, cvae_loss, (images, labels), steps=steps, batch_size=batch_size, lr=lr,
                      progress=progress, seed=seed)
    return Trained(model.eval(), history)


def train_detector(real: torch.Tensor, fake: torch.Tensor, seed: int = 0, epochs: int = 5,
                   progress: bool = False) -> Trained:
    """Teach a detector to tell ``real`` images (label 0) from ``fake`` ones (label 1)."""
    real = check_tensor(real, "real", ndim=3, shape=(None, 28, 28), hint="(N, 28, 28)")
    fake = check_tensor(fake, "fake", ndim=3, shape=(None, 28, 28), hint="(N, 28, 28)")
    x = torch.cat([real, fake])
    y = torch.cat([torch.zeros(len(real)), torch.ones(len(fake))])

    def loss_fn(model, batch):
        return F.binary_cross_entropy_with_logits(model(batch[0]), batch[1])

    with kept_rng(seed):
        model = Detector()
        history = fit(model, loss_fn, (x, y), epochs=epochs, batch_size=128, lr=1e-3, progress=progress,
                      seed=seed)
    return Trained(model.eval(), history)


AUGMENT_RATIOS = (0, 1, 5, 10)   # generated : real


def augmentation_trial(train_x, train_y, test_x, test_y, seed: int = 0, per_class: int = 5,
                       ratios=AUGMENT_RATIOS, steps: int = 300) -> dict:
    """One seed of the "scarce data" experiment: test accuracy of a small classifier trained
    on ``per_class`` labelled digits per class, with r generated digits per real one added
    (r in ``ratios``; r = 0: real digits only).  Returns {r: test accuracy}.

    The comparison is fair in the real data: every step of every arm shows the classifier
    *all* the real digits once, plus r times as many generated ones drawn from a pool, so
    each arm visits each real digit exactly ``steps`` times; only the generated share grows.
    The generator (a conditional VAE) sees only the same few labelled digits, as a
    hospital's generator would see only its own few scans: nothing leaks from the rest.
    """
    steps = check_int(steps, "steps", 1)
    ratios = [check_int(r, "ratio", 0, 100) for r in check_sequence(ratios, "ratios")]
    x, y = few_labelled(train_x, train_y, per_class, seed)
    cvae = train_cvae(x, y, seed=seed, steps=300, batch_size=min(64, len(x)), hidden=128, latent=4).model
    pool_y = torch.arange(10).repeat_interleave(per_class * max(ratios))          # (10·k·r_max,)
    pool_x = cvae.sample(pool_y, seed=seed + 1000) if len(pool_y) else x[:0]
    result = {}
    for r in ratios:
        draw = torch.Generator().manual_seed(seed)

        def batch(_step, r=r, draw=draw):
            pick = torch.randint(0, max(len(pool_x), 1), (r * len(x),), generator=draw)   # r per real one
            return (torch.cat([x, pool_x[pick]]).flatten(1), torch.cat([y, pool_y[pick]]))

        with kept_rng(seed):
            model = MLP(MLPConfig(sizes=[784, 128, 10]))
            fit(model, classification_loss, batch, steps=steps, lr=1e-3, progress=False, seed=seed)
        result[r] = accuracy(model.eval(), test_x.flatten(1), test_y)
    return result


# --- notebook 05's self-checks on the generator, the detector and the augmentation ---
JUDGE_BAR = 0.95      # share of generated digits notebook 04's classifier must read as asked
DETECTOR_BAR = 0.80   # share of real and of generated digits the detector must label right


def claim_judge(judged: float, real: float, bar: float = JUDGE_BAR) -> None:
    """Self-check: the classifier reads ≥ ``bar`` of the generated digits as the asked-for digit
    (``real``: its accuracy on real test digits, printed for comparison)."""
    bar = check_float(bar, "bar", 0.0, 1.0)
    judged, real = check_float(judged, "judged", 0.0, 1.0), check_float(real, "real", 0.0, 1.0)
    checks.claim(judged >= bar, "app.claim_judge", acc=f"{100 * judged:.1f}", real=f"{100 * real:.1f}",
                 bar=f"{100 * bar:.0f}")


def claim_detector(scores: dict, bar: float = DETECTOR_BAR) -> None:
    """Self-check: the detector labels ≥ ``bar`` of the real *and* of the generated digits right."""
    bar = check_float(bar, "bar", 0.0, 1.0)
    _check_scores(scores, ("real", "fake", "all", "n_real", "n_fake"))
    checks.claim(min(scores["real"], scores["fake"]) >= bar, "app.claim_detector",
                 real=f"{100 * scores['real']:.1f}", fake=f"{100 * scores['fake']:.1f}",
                 acc=f"{100 * scores['all']:.1f}", n_real=scores["n_real"], n_fake=scores["n_fake"],
                 bar=f"{100 * bar:.0f}")


def claim_augmentation(trials: list[dict]) -> None:
    """Self-check of the scarce-data experiment (``augmentation_trial`` for several seeds):
    no ratio of generated digits beats real digits only in any seed, and the mean accuracy
    does not rise as the generated share grows."""
    trials = [_check_scores(t, ()) for t in check_sequence(trials, "trials")]
    if any(0 not in t for t in trials):
        fail("err.type", name="trials", expected="[{0: acc, r: acc, …}, …]", got=trials[0])
    ratios = sorted(trials[0])
    means = [sum(t[r] for t in trials) / len(trials) for r in ratios]
    never_helps = all(t[r] <= t[0] for t in trials for r in ratios)
    falls = all(later <= earlier for earlier, later in zip(means, means[1:]))
    checks.claim(never_helps and falls, "app.claim_augmentation", n=len(trials),
                 means=", ".join(f"{r}:1 → {m:.3f}" for r, m in zip(ratios, means)))
