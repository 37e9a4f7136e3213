"""Training curves."""
from __future__ import annotations

import matplotlib.pyplot as plt

from ..i18n import tr
from ..train import History
from ..validate import HelperInputError


def plot_history(histories: dict[str, History] | History, key: str = "loss", *,
                 smooth: int = 1, ax=None, log_y: bool = False, title: str | None = None):
    """Plot ``key`` per step for one or several histories (dict: label -> History)."""
    if isinstance(histories, History):
        histories = {key: histories}
    if not isinstance(histories, dict) or not all(isinstance(h, History) for h in histories.values()):
        raise HelperInputError(tr("err.type", name="histories", expected="History / dict[str, History]",
                                  got=type(histories).__name__))
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
