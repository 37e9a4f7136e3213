"""Training curves, learning curves (accuracy against data size) and sweeps."""
from __future__ import annotations

import matplotlib.pyplot as plt
from IPython.display import display
from matplotlib.axes import Axes

from ..i18n import tr
from ..train import History
from ..validate import HelperInputError, check_choice, check_instance, check_int, check_sequence, check_str
from .style import PALETTE, apply_style

__all__ = ["LivePlot", "plot_history", "plot_learning_curve", "plot_sweep"]


def plot_history(histories: dict[str, History] | History, key: str = "loss", *,
                 smooth: int = 1, ax=None, log_y: bool = False, title: str | None = None):
    """Plot ``key`` per step for one or several histories (dict: label -> History)."""
    check_str(key, "key")
    if isinstance(histories, History):
        histories = {key: histories}
    if not isinstance(histories, dict) or not all(isinstance(h, History) for h in histories.values()):
        raise HelperInputError(tr("err.type", name="histories", expected="History / dict[str, History]",
                                  got=type(histories).__name__))
    smooth = check_int(smooth, "smooth", 1)
    check_choice(log_y, "log_y", [True, False])
    if title is not None:
        check_str(title, "title", allow_empty=True)
    if ax is not None:
        check_instance(ax, "ax", Axes)
    if ax is None:
        _, ax = plt.subplots(figsize=(6, 3.2))
    for label, history in histories.items():
        if key in history.evals:
            steps, values = zip(*history.evals[key])
        else:
            values = history.values.get(key, [])
            steps = range(1, len(values) + 1)
        values = list(values)
        if smooth > 1 and len(values) >= smooth:
            kernel = [sum(values[i - smooth + 1:i + 1]) / smooth for i in range(smooth - 1, len(values))]
            steps, values = list(steps)[smooth - 1:], kernel
        ax.plot(list(steps), values, label=label, lw=1.5)
    ax.set_xlabel(tr("axis.step"))
    ax.set_ylabel(tr("axis.loss") if key == "loss" else key)
    if log_y:
        ax.set_yscale("log")
    if title:
        ax.set_title(title)
    ax.legend()
    return ax


def _live_label(ax) -> str:
    """The legend entry of points trained in the notebook, given once per axes."""
    if getattr(ax, "_live_labelled", False):
        return "_nolegend_"
    ax._live_labelled = True
    return tr("basics.live_run")


def _band(ax, xs, stats: dict, label: str, colour: str, marker: str = "o") -> None:
    """A mean line with the lowest–highest range over seeds as a shaded band."""
    ax.plot(xs, stats["mean"], marker=marker, ms=4, lw=1.8, color=colour, label=label)
    ax.fill_between(xs, stats["low"], stats["high"], color=colour, alpha=0.2, lw=0)


def plot_learning_curve(sizes, stats: dict[str, dict], labels: dict[str, str], *, live=None, ax=None,
                        title: str | None = None):
    """Test accuracy against training-set size (log scale), one band per learner.

    ``stats[learner]`` holds ``mean``, ``low``, ``high`` per size; ``live`` maps a learner to
    ``{size: accuracy}`` trained in the notebook, drawn as black-edged points."""
    if not isinstance(stats, dict) or not stats:
        raise HelperInputError(tr("err.type", name="stats", expected="dict", got=type(stats).__name__))
    if ax is None:
        _, ax = plt.subplots(figsize=(6.5, 3.8))
    for i, (name, s) in enumerate(stats.items()):
        _band(ax, list(sizes), s, labels.get(name, name), PALETTE[i % len(PALETTE)])
        for size, acc in (live or {}).get(name, {}).items():
            ax.scatter([size], [acc], s=60, facecolor="none", edgecolor="black", lw=1.5, zorder=3,
                       label=_live_label(ax))
    ax.set_xscale("log")
    ax.set_xlabel(tr("basics.axis_train_size"))
    ax.set_ylabel(tr("basics.axis_test_accuracy"))
    if title:
        ax.set_title(title)
    ax.legend()
    return ax


def plot_sweep(values, stats: dict, *, xlabel: str, live=None, ax=None, title: str | None = None):
    """Mean and lowest–highest test accuracy against a setting (e.g. depth); ``live`` maps a
    value to one accuracy trained in the notebook."""
    values = check_sequence(values, "values")
    check_instance(stats, "stats", dict)
    for value in values:
        check_instance(value, "values", (int, float, str))      # a setting: a number or a name
        check_instance(stats.get(value), f"stats[{value!r}]", dict)
    check_str(xlabel, "xlabel", allow_empty=True)
    if ax is not None:
        check_instance(ax, "ax", Axes)
    if ax is None:
        _, ax = plt.subplots(figsize=(5.5, 3.4))
    _band(ax, list(values), {k: [stats[v][k] for v in values] for k in ("mean", "low", "high")},
          tr("basics.seed_mean"), PALETTE[0])
    for value, acc in (live or {}).items():
        ax.scatter([value], [acc], s=60, facecolor="none", edgecolor="black", lw=1.5, zorder=3,
                   label=_live_label(ax))
    ax.set_xticks(list(values))
    ax.set_xlabel(xlabel)
    ax.set_ylabel(tr("basics.axis_test_accuracy"))
    if title:
        ax.set_title(title)
    ax.legend()
    return ax


class LivePlot:
    """A loss curve that redraws in place while ``fit`` trains: ``fit(..., callback=LivePlot())``.

    Draws with :func:`plot_history` every ``every`` steps and once at the end, so the
    figure the notebook keeps shows the finished curve.
    """

    def __init__(self, every: int = 25, key: str = "loss"):
        self.every = check_int(every, "every", 1)
        self.key = key
        apply_style()
        # Shown now, before training prints its progress bar, so that the notebook keeps the
        # figure above the finished bar (it is redrawn in place while training).
        self.fig, self.ax = plt.subplots(figsize=(6, 3))
        self.handle = display(self.fig, display_id=True)

    def __call__(self, history: History, done: bool) -> None:
        check_instance(history, "history", History)
        check_choice(done, "done", [True, False])
        if not done and history.steps % self.every:
            return
        self.ax.clear()
        for name in history.values:                     # "loss", and e.g. "loss_d", "loss_g"
            plot_history({name: history}, name, ax=self.ax)
        self.ax.set_ylabel(tr("axis.loss"))
        self.ax.set_title(tr("train.live_title"))
        self.ax.legend(loc="upper right")
        if self.handle is not None:
            self.handle.update(self.fig)
        if done:
            plt.close(self.fig)
