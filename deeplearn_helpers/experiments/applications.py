"""Notebook 05's experiments: translation between two languages, the LSTM on the random walk
and on the air passengers, and Kazakh sentence topics (``from deeplearn_helpers.experiments
import applications as E``).

Every recipe takes a ``seed`` and returns plain numbers (RMSEs, accuracies) or a trained
model; the ``claim_*`` functions are the notebook's self-checks, thresholds as arguments.
Recurrent models here are time-first, (T, B, features), like ``models.SequenceModel``;
``data.make_windows`` is batch-first, so the recipes transpose once.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

from .. import checks
from ..data.numbers_kk import number_to_kazakh
from ..data.series import load_air_passengers, make_windows
from ..data.topics import TOPICS, WordVocab, load_topic_sentences, split_topic_sentences
from ..data.translation import KK_RU_HIGH, PhraseVocab, kk_ru_vocab, number_to_russian
from ..models.forecast import rmse
from ..models.seq2seq import REPEATS, Seq2Seq, Seq2SeqConfig, make_number_pairs, seq2seq_loss
from ..models.sequence import SequenceConfig, SequenceModel
from ..models.topic import TopicLSTM
from ..storage import load_weights
from ..train import fit
from ..validate import check_int, check_tensor

__all__ = ["KK_RU_WEIGHTS", "KK_RU_HIDDEN", "KK_RU_EPOCHS", "KK_RU_BAR", "train_kk_ru", "load_kk_ru",
           "translate_kk_ru", "kk_ru_exact_match", "claim_kk_ru",
           "walk_lstm_forecast",
           "PassengerTask", "passenger_task", "train_passenger_lstm", "passenger_forecast",
           "passenger_scores", "seasonal_growth_forecast", "claim_passengers", "claim_growth_baseline",
           "TopicSplit", "topic_split", "train_bow_topics", "bow_topics", "bow_topic_accuracy", "lstm_topic_accuracy",
           "claim_topics"]


# --- translation: Kazakh number phrases → Russian ----------------------------------------

KK_RU_WEIGHTS = "app_kk_ru.safetensors"
KK_RU_HIDDEN = 64
KK_RU_EPOCHS = 4
KK_RU_BAR = 0.95        # share of unseen numbers that must be translated exactly right


def _kk_ru_model(vocab: PhraseVocab) -> Seq2Seq:
    return Seq2Seq(Seq2SeqConfig(src_vocab=len(vocab.src), tgt_vocab=len(vocab.tgt), hidden=KK_RU_HIDDEN))


def train_kk_ru(numbers, seed: int = 0, epochs: int = KK_RU_EPOCHS):
    """Teacher-forced training on the Kazakh → Russian phrases of ``numbers``.

    Returns (model, vocab, CPU seconds of the training).  Short numbers are repeated as in
    ``models.seq2seq.train_translator`` (``REPEATS``), so that «жеті» alone is met often.
    """
    vocab = kk_ru_vocab()
    numbers = [n for n in numbers for _ in range(REPEATS[len(str(n))])]
    src = vocab.encode_src([number_to_kazakh(n) for n in numbers]).T    # (N, S): fit is batch-first
    tgt = vocab.encode_tgt([number_to_russian(n) for n in numbers]).T   # (N, L)
    torch.manual_seed(seed)
    model = _kk_ru_model(vocab)
    start = time.process_time()
    fit(model, lambda m, batch: seq2seq_loss(m, batch[0].T, batch[1].T), (src, tgt), epochs=epochs,
        batch_size=64, lr=3e-3, clip_grad_norm=1.0, progress=False, seed=seed)
    return model.eval(), vocab, time.process_time() - start


def load_kk_ru() -> tuple[Seq2Seq, PhraseVocab]:
    """The shipped Kazakh → Russian translator, trained on ``make_number_pairs(seed=0)[0]`` only."""
    vocab = kk_ru_vocab()
    return load_weights(_kk_ru_model(vocab), KK_RU_WEIGHTS).eval(), vocab


def translate_kk_ru(model: Seq2Seq, vocab: PhraseVocab, phrases):
    """Russian phrases the model writes for Kazakh ``phrases``, and the attention (L, B, S)."""
    src = vocab.encode_src(phrases)
    ids, attention = model.greedy(src, max_len=src.shape[0] + 2)
    return [vocab.decode_tgt(ids[:, b]) for b in range(len(phrases))], attention


def kk_ru_exact_match(model: Seq2Seq, vocab: PhraseVocab, numbers) -> float:
    """Share of ``numbers`` whose Russian phrase the model writes exactly as the oracle does."""
    got, _ = translate_kk_ru(model, vocab, [number_to_kazakh(n) for n in numbers])
    return sum(g == number_to_russian(n) for g, n in zip(got, numbers)) / len(numbers)


def claim_kk_ru(accuracy: float, n: int, bar: float = KK_RU_BAR) -> None:
    """Self-check: exact match on the ``n`` unseen numbers is at least ``bar``."""
    checks.claim(accuracy >= bar, "app.claim_kk_ru", n=n, acc=f"{100 * accuracy:.2f}", bar=f"{100 * bar:.0f}")


# --- the random walk: an LSTM against the naive forecast ---------------------------------

WALK_WINDOW = 20


def _fit_regressor(x: torch.Tensor, y: torch.Tensor, cell: str, hidden: int, epochs: int,
                   seed: int) -> SequenceModel:
    """A many-to-one SequenceModel fitted by MSE on windows x (N, T, F) → y (N,)."""
    torch.manual_seed(seed)
    model = SequenceModel(SequenceConfig(cell=cell, input_size=x.shape[2], hidden_size=hidden))

    def loss_fn(model, batch):
        xb, yb = batch                                   # (B, T, F), (B,)
        return F.mse_loss(model(xb.transpose(0, 1))[:, 0], yb)

    fit(model, loss_fn, (x, y), epochs=epochs, batch_size=32, lr=3e-3, progress=False, seed=seed)
    return model.eval()


def walk_lstm_forecast(series, window: int = WALK_WINDOW, cut: int = 800, seed: int = 0,
                       hidden: int = 16, epochs: int = 10) -> dict:
    """RMSE of two next-value forecasts of ``series`` (T,) on the windows after the first ``cut``:

    * ``"naive"``: x̂_{t+1} = x_t;
    * ``"model"``: x_t + an LSTM's forecast of the next step from the last ``window`` steps,
      trained on the first ``cut`` windows (steps divided by their training spread).

    The same dictionary as ``models.walk_forecast``, so ``models.claim_walk`` checks it.
    """
    series = check_tensor(torch.as_tensor(np.asarray(series, dtype=np.float32)), "series", ndim=1)
    window = check_int(window, "window", 1, 200)
    steps = series[1:] - series[:-1]                                  # (T−1,)
    x, y = make_windows(steps, window)                                # (N, window, 1), (N,)
    cut = check_int(cut, "cut", 2, len(y) - 1)
    scale = float(steps[:cut + window].std())
    model = _fit_regressor(x[:cut] / scale, y[:cut] / scale, "lstm", hidden, epochs, seed)
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
                         epochs: int = 60) -> SequenceModel:
    """Fit the recurrent forecaster of d_{t} on the training months only."""
    train = torch.from_numpy(~task.test)
    return _fit_regressor(task.x[train], task.y[train], cell, hidden, epochs, seed)


@torch.no_grad()
def passenger_forecast(model: SequenceModel, task: PassengerTask) -> np.ndarray:
    """ŷ_t = y_{t−12} · exp(d̂_t) for every window, in passengers (thousands), (N,)."""
    d_hat = model(task.x.transpose(0, 1))[:, 0].numpy() * task.scale + task.mean
    return task.last_year * np.exp(d_hat)


def passenger_scores(task: PassengerTask, prediction: np.ndarray) -> dict:
    """Test RMSE (thousands of passengers) of three forecasts of y_t:

    * ``"model"``: ``prediction`` (N,), e.g. ``passenger_forecast``'s ŷ_t = y_{t−12} · exp(d̂_t);
    * ``"seasonal_naive"``: ŷ_t = y_{t−12} (this month = the same month last year, d̂_t = 0);
    * ``"seasonal_growth"``: ŷ_t = y_{t−12} · exp(d̄), d̄ the mean yearly growth of the
      training months — one number learnt from the past.
    """
    test = task.test
    return {"model": rmse(np.asarray(prediction)[test], task.truth[test]),
            "seasonal_naive": rmse(task.last_year[test], task.truth[test]),
            "seasonal_growth": rmse(seasonal_growth_forecast(task)[test], task.truth[test])}


def seasonal_growth_forecast(task: PassengerTask) -> np.ndarray:
    """ŷ_t = y_{t−12} · exp(d̄) for every window, (N,)."""
    return task.last_year * np.exp(task.mean)


def claim_passengers(scores: dict) -> None:
    """Self-check: the recurrent model's test RMSE is below the seasonal-naive forecast's."""
    checks.claim(scores["model"] < scores["seasonal_naive"], "app.claim_passengers",
                 model=f"{scores['model']:.1f}", naive=f"{scores['seasonal_naive']:.1f}")


def claim_growth_baseline(scores: dict) -> None:
    """Self-check: the one-number forecast (mean yearly growth) is at least as accurate as
    the recurrent model: the model's gain over seasonal naive is the growth, nothing more."""
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


def train_bow_topics(split: TopicSplit, seed: int = 0, epochs: int = 60) -> torch.nn.Linear:
    """Bag of words + softmax regression: one linear layer on the word counts (V,) → (topics,)."""
    x = split.vocab.counts(split.train_sentences)                   # (N, V)
    torch.manual_seed(seed)
    model = torch.nn.Linear(len(split.vocab), len(TOPICS))
    fit(model, lambda m, b: F.cross_entropy(m(b[0]), b[1]), (x, split.train_labels), epochs=epochs,
        batch_size=32, lr=0.02, progress=False, seed=seed)
    return model.eval()


@torch.no_grad()
def bow_topics(model: torch.nn.Linear, vocab: WordVocab, sentences) -> list[str]:
    """The topic (a name of ``TOPICS``) the bag-of-words model gives each sentence."""
    return [TOPICS[i] for i in model(vocab.counts(list(sentences))).argmax(1).tolist()]


def bow_topic_accuracy(split: TopicSplit, seed: int = 0) -> float:
    """Test accuracy of ``train_bow_topics``."""
    got = bow_topics(train_bow_topics(split, seed=seed), split.vocab, split.test_sentences)
    return float(np.mean([TOPICS.index(g) == y for g, y in zip(got, split.test_labels.tolist())]))


def lstm_topic_accuracy(split: TopicSplit, seed: int = 0, epochs: int = 40) -> float:
    """``models.TopicLSTM`` trained on the training sentences: test accuracy."""
    ids = split.vocab.padded(split.train_sentences).T                # (N, T): fit is batch-first
    torch.manual_seed(seed)
    model = TopicLSTM(len(split.vocab), len(TOPICS))
    fit(model, lambda m, b: F.cross_entropy(m(b[0].T), b[1]), (ids, split.train_labels), epochs=epochs,
        batch_size=16, lr=0.01, progress=False, seed=seed)
    model.eval()
    with torch.no_grad():
        return _accuracy(model(split.vocab.padded(split.test_sentences)), split.test_labels)


def claim_topics(trials: list[dict]) -> None:
    """Self-check, for every trial ({"bow": acc, "lstm": acc}): chance (1 / number of topics)
    < LSTM < bag of words — the LSTM learns something, the simple baseline learns more."""
    chance = 1 / len(TOPICS)
    ok = all(chance < t["lstm"] < t["bow"] for t in trials)
    checks.claim(ok, "app.claim_topics", n=len(trials), chance=f"{chance:.2f}",
                 bow=", ".join(f"{t['bow']:.2f}" for t in trials),
                 lstm=", ".join(f"{t['lstm']:.2f}" for t in trials))
