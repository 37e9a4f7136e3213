"""Pictures of notebook 05: forecasts, series transforms, bits per character, attention, digits."""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.ticker import MaxNLocator

from matplotlib.axes import Axes

from ..i18n import tr
from ..validate import (check_float, check_instance, check_int, check_sequence, check_str, check_tensor,
                        fail)
from .style import BASELINE_STYLE, COLORS, PALETTE, SMALL, apply_style

__all__ = ["plot_forecast", "plot_passengers", "plot_random_walk", "plot_bpc", "plot_attention",
           "plot_augmentation", "plot_passenger_forecast",
           "plot_topic_accuracy"]


def plot_forecast(dates, truth, predictions: dict[str, np.ndarray], days: int = 90):
    """The last ``days`` days of the held-out year, °C: one panel per forecast, each beside
    the truth (black), so that forecasts that lie close together can still be told apart."""
    _series(truth, "truth")
    _same_length(dates, "dates", len(truth))
    for name, values in _forecasts(predictions).items():
        _same_length(_series(values, f"predictions[{name!r}]"), f"predictions[{name!r}]", len(truth))
    days = check_int(days, "days", 1)
    apply_style()
    columns = 2 if len(predictions) > 1 else 1
    rows = -(-len(predictions) // columns)
    fig, axes = plt.subplots(rows, columns, figsize=(10, 2.3 * rows + 0.6), sharex=True, sharey=True,
                             squeeze=False)
    for ax, colour, (name, values) in zip(axes.flat, PALETTE, predictions.items()):
        ax.plot(dates[-days:], truth[-days:], color=COLORS["truth"], lw=1.6, label=tr("app.truth"))
        ax.plot(dates[-days:], values[-days:], color=colour, lw=1.8, label=name)
        ax.set_title(name, color=colour)
    for ax in axes.flat[len(predictions):]:
        ax.set_visible(False)
    fig.supylabel(tr("app.temp_axis"), fontsize=SMALL + 2)          # once: the panels share their axes
    handles, labels = axes[0, 0].get_legend_handles_labels()
    fig.legend(handles[:1], labels[:1], loc="outside upper right")          # the truth, once
    fig.suptitle(tr("app.forecast_title"))
    fig.autofmt_xdate()
    return fig


def plot_passengers(time, passengers):
    """Raw series, its logarithm, and the 12-month difference of the logarithm."""
    values = _series(passengers, "passengers")
    if (values <= 0).any():
        fail("err.range", name="passengers", low=0, high="∞", got=float(values.min()))
    _same_length(time, "time", len(passengers))
    apply_style()
    fig, axes = plt.subplots(1, 3, figsize=(11, 3.2))
    log = np.log(passengers)
    parts = [(passengers, "app.air_raw"), (log, "app.air_log"),
             (log[12:] - log[:-12], "app.air_diff")]
    for ax, (values, key) in zip(axes, parts):
        ax.plot(time[-len(values):], values, color=PALETTE[0])
        ax.set_title(tr(key))
        ax.set_xlabel(tr("app.year_axis"))
    return fig


def plot_random_walk(series, naive_rmse: float, model_rmse: float):
    """A random walk, and the two forecasts' errors side by side."""
    _series(series, "series")
    naive_rmse, model_rmse = check_float(naive_rmse, "naive_rmse", 0), check_float(model_rmse, "model_rmse", 0)
    apply_style()
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 3.2), gridspec_kw={"width_ratios": [3, 1]})
    ax1.plot(series, color=PALETTE[0], lw=1)
    ax1.set_title(tr("app.walk_title"))
    ax1.set_xlabel(tr("app.day_axis"))
    ax2.bar([tr("app.naive"), tr("app.model")], [naive_rmse, model_rmse], color=[COLORS["baseline"], COLORS["model"]])
    ax2.set_title("RMSE")
    return fig


def plot_bpc(scores: dict, lstm_bpc: float):
    """Held-out bits per character of every n-gram tried, and of the LSTM."""
    for key, value in check_instance(scores, "scores", dict).items():
        check_instance(key, "scores", tuple)
        check_float(value, f"scores[{key!r}]", 0)
    lstm_bpc = check_float(lstm_bpc, "lstm_bpc", 0)
    apply_style()
    fig, ax = plt.subplots(figsize=(8, 3.2))
    for colour, smoothing in zip(PALETTE, ("add_k", "kneser_ney")):
        orders = sorted(o for s, o in scores if s == smoothing)
        ax.plot(orders, [scores[(smoothing, o)] for o in orders], "o-", color=colour,
                label=tr(f"app.smooth_{smoothing}"))
    ax.axhline(lstm_bpc, color=PALETTE[2], lw=2, ls="--", label="LSTM")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))        # an n-gram's order is a whole number
    ax.set_xlabel(tr("app.order_axis"))
    ax.set_ylabel(tr("app.bpc_axis"))
    ax.set_title(tr("app.bpc_title"))
    ax.legend(fontsize=SMALL + 1)
    return fig


def plot_attention(weights, digits, words: list[str], ax=None, title_key: str = "app.attention_title"):
    """Attention weights (words × source tokens): which source token (a digit of ``digits``,
    or a word of a list) the decoder looked at for each word it wrote."""
    weights = check_tensor(weights, "weights", ndim=2, hint="(words, tokens)").detach().cpu().numpy()
    if not isinstance(digits, str):
        digits = check_sequence(digits, "digits")
    words = [check_str(word, "words", allow_empty=True) for word in check_sequence(words, "words")]
    check_str(title_key, "title_key")
    if ax is not None:
        check_instance(ax, "ax", Axes)
    apply_style()
    fig = None
    if ax is None:
        fig, ax = plt.subplots(figsize=(4, 3.2))
    shown = np.asarray(weights)[:len(words), -len(digits):]
    ax.imshow(shown, cmap="Blues", vmin=0, vmax=1, aspect="auto")
    ax.set_xticks(range(len(digits)), list(digits), rotation=0 if isinstance(digits, str) else 40,
                  ha="center" if isinstance(digits, str) else "right")
    ax.set_yticks(range(len(words)), words)
    ax.grid(False)
    ax.set_title(tr(title_key))
    return fig


def plot_passenger_forecast(time, truth, predictions: dict[str, np.ndarray]):
    """The test months: passengers (thousands) and each forecast of them."""
    _series(truth, "truth")
    _same_length(time, "time", len(truth))
    for name, values in _forecasts(predictions).items():
        _same_length(_series(values, f"predictions[{name!r}]"), f"predictions[{name!r}]", len(truth))
    apply_style()
    fig, ax = plt.subplots(figsize=(9, 3.2))
    ax.plot(time, truth, color=COLORS["truth"], lw=2, label=tr("app.truth"))
    for colour, (name, values) in zip(PALETTE, predictions.items()):
        ax.plot(time, values, color=colour, lw=1.3, marker=".", label=name)
    ax.set_xlabel(tr("app.year_axis"))
    ax.set_ylabel(tr("app.passengers_axis"))
    ax.set_title(tr("app.passengers_forecast_title"))
    ax.legend(fontsize=9, loc="upper left")
    return fig


def plot_augmentation(results: list[dict]):
    """Test accuracy against the generated : real ratio, one line per seed and the mean.

    ``results`` are ``augmentation_trial`` outputs, {ratio: accuracy}, one per seed.
    """
    results = check_sequence(results, "results")
    for result in results:
        if check_instance(result, "results", dict).keys() != results[0].keys() or not result:
            fail("err.type", name="results", expected="[{ratio: accuracy}, …] (the same ratios in each)",
                 got=sorted(result) if isinstance(result, dict) else result)
    apply_style()
    fig, ax = plt.subplots(figsize=(6, 3.2))
    ratios = sorted(results[0])
    places = np.arange(len(ratios))
    for r in results:
        ax.plot(places, [r[k] for k in ratios], color=PALETTE[0], alpha=0.35, marker="o", lw=1)
    means = [np.mean([r[k] for r in results]) for k in ratios]
    ax.plot(places, means, color=PALETTE[1], marker="s", lw=2.5,
            label=tr("app.aug_mean", n=len(results)))
    ax.set_xticks(places, [tr("app.aug_real_only") if k == 0 else f"{k} : 1" for k in ratios])
    ax.set_xlabel(tr("app.ratio_axis"))
    ax.set_ylabel(tr("axis.accuracy"))
    ax.legend(fontsize=9, loc="lower left")
    return fig


def plot_topic_accuracy(trials: list[dict], chance: float):
    """Test accuracy of the two topic classifiers: one dot per seed, a bar for the mean."""
    for trial in check_sequence(trials, "trials"):
        for key in ("bow", "lstm"):
            check_float(check_instance(trial, "trials", dict).get(key), f"trials[…][{key!r}]", 0, 1)
    chance = check_float(chance, "chance", 0, 1)
    apply_style()
    fig, ax = plt.subplots(figsize=(6.4, 3.2))
    for i, (key, label) in enumerate((("bow", tr("app.bow")), ("lstm", "LSTM"))):
        values = [t[key] for t in trials]
        ax.bar(i, np.mean(values), color=PALETTE[i], alpha=0.6, label=label)
        ax.plot([i] * len(values), values, "o", color="black", ms=4)
    ax.axhline(chance, **BASELINE_STYLE, label=tr("app.chance"))
    ax.set_xticks([0, 1], [tr("app.bow"), "LSTM"])
    ax.set_ylim(0, 1)
    ax.set_ylabel(tr("app.accuracy_axis"))
    ax.set_title(tr("app.topic_accuracy_title"))
    ax.legend(fontsize=SMALL + 1, loc="upper left", bbox_to_anchor=(1.02, 1.0))   # beside the bars, not on them
    return fig


def _series(values, name: str) -> np.ndarray:
    """A 1-D series of finite numbers (list, array or tensor) as a NumPy array."""
    return check_tensor(values, name, ndim=1, hint="(T,)").detach().cpu().numpy()


def _same_length(values, name: str, length: int) -> None:
    if not hasattr(values, "__len__") or isinstance(values, (str, dict)):
        fail("err.type", name=name, expected=f"(T,) = ({length},)", got=type(values).__name__)
    if len(values) != length:
        fail("err.dim", name=name, axis=0, expected=length, shape=(len(values),))


def _forecasts(predictions) -> dict:
    if not check_instance(predictions, "predictions", dict):
        fail("err.empty", name="predictions")
    return predictions
