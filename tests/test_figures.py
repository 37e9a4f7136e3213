"""Every plot function and every explorer's picture, drawn at its default size, is readable.

For each figure the test fails on
* tick labels repeated on one axis (e.g. 10¹, 10¹, 10¹ from an integer locator that fell back
  to fractions and a formatter that rounds them),
* an axes with its frame on but no data and no placeholder text (an empty plot with
  matplotlib's default ±0.04 limits),
* a font smaller than ``style.MIN_FONT_PX`` pixels at the figure's own dpi,
* text that runs outside the figure (cut off in an explorer's picture),
* a glyph missing from the font (matplotlib's "Glyph … missing" warning is an error here).

``figure_problems(fig)`` lists what is wrong; ``scripts``-free on purpose, so it can be run
on an old version of a module too (see the closing note of issue 18).
"""
from __future__ import annotations

import base64
import inspect
import re
import warnings

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pytest
import torch
from matplotlib.collections import Collection
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text

from deeplearn_helpers import plots
from deeplearn_helpers.plots.style import MIN_FONT_PX, apply_style

TOLERANCE_PX = 1.0   # anti-aliasing: a text may touch the figure's edge
KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


# --- the checks ---------------------------------------------------------------------------
def draw_strictly(fig) -> None:
    """Draw ``fig`` once with every "Glyph … missing" warning raised as an error."""
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*[Gg]lyph.*missing.*")
        fig.canvas.draw()


def _shown_tick_labels(axis) -> list[str]:
    """The non-empty major tick labels that are drawn (ticks inside the view limits)."""
    low, high = sorted(axis.get_view_interval())
    span = (high - low) or 1.0
    labels = []
    for loc, label in zip(axis.get_majorticklocs(), axis.get_majorticklabels()):
        if low - 1e-9 * span <= loc <= high + 1e-9 * span and label.get_visible() and label.get_text().strip():
            labels.append(label.get_text().strip())
    return labels


def repeated_ticks(ax) -> list[str]:
    problems = []
    for name, axis in (("x", ax.xaxis), ("y", ax.yaxis)):
        if not axis.get_visible() or not ax.axison:
            continue
        labels = _shown_tick_labels(axis)
        repeated = sorted({label for label in labels if labels.count(label) > 1})
        if repeated:
            problems.append(f"{name} tick labels repeated: {labels}")
    return problems


def _has_data(ax) -> bool:
    for artist in ax.get_children():
        if not artist.get_visible():
            continue
        if isinstance(artist, Line2D) and len(artist.get_xdata()) > 0:
            return True
        if isinstance(artist, Collection) and (len(artist.get_offsets()) > 0 or len(artist.get_paths()) > 0):
            return True
        if isinstance(artist, Patch) and artist is not ax.patch:
            return True
        if isinstance(artist, matplotlib.image.AxesImage):
            return True
    return any(text.get_visible() and text.get_text().strip() for text in ax.texts)   # a placeholder


def empty_axes(fig) -> list[str]:
    return [f"axes {ax.get_title()!r} has no data and no placeholder"
            for ax in fig.get_axes() if ax.get_visible() and ax.axison and not _has_data(ax)]


def _drawn_texts(fig):
    """Every visible, non-empty text of the figure that matplotlib actually draws."""
    ticks = set()
    for ax in fig.get_axes():
        for axis in (ax.xaxis, ax.yaxis):
            shown = set(_shown_tick_labels(axis)) if axis.get_visible() and ax.axison else set()
            for label in axis.get_majorticklabels() + axis.get_minorticklabels():
                if label.get_text().strip() not in shown or not label.get_visible():
                    ticks.add(id(label))     # not drawn (outside the view) or off
    for text in fig.findobj(Text):
        if (text.get_visible() and text.get_text().strip() and id(text) not in ticks
                and (text.axes is None or text.axes.get_visible())):
            yield text


def small_fonts(fig) -> list[str]:
    smallest_pt = MIN_FONT_PX * 72.0 / fig.dpi
    return [f"text {text.get_text()[:30]!r} is {text.get_fontsize():.1f} pt = "
            f"{text.get_fontsize() * fig.dpi / 72:.1f} px < {MIN_FONT_PX} px at {fig.dpi:.0f} dpi"
            for text in _drawn_texts(fig) if text.get_fontsize() < smallest_pt - 1e-6]


def texts_outside(fig) -> list[str]:
    renderer = fig.canvas.get_renderer()
    box = fig.bbox
    problems = []
    for text in _drawn_texts(fig):
        extent = text.get_window_extent(renderer)
        if (extent.x0 < box.x0 - TOLERANCE_PX or extent.y0 < box.y0 - TOLERANCE_PX
                or extent.x1 > box.x1 + TOLERANCE_PX or extent.y1 > box.y1 + TOLERANCE_PX):
            problems.append(f"text {text.get_text()[:30]!r} runs outside the figure "
                            f"({extent.x0:.0f}..{extent.x1:.0f} × {extent.y0:.0f}..{extent.y1:.0f} "
                            f"in {box.width:.0f} × {box.height:.0f} px)")
    return problems


def figure_problems(fig) -> list[str]:
    """Everything the figure test finds wrong with ``fig`` (drawn here, strictly)."""
    try:
        draw_strictly(fig)
    except UserWarning as warning:
        return [f"missing glyph: {warning}"]
    problems = empty_axes(fig) + small_fonts(fig) + texts_outside(fig)
    for ax in fig.get_axes():
        problems += repeated_ticks(ax)
    return problems


# --- every plot function, drawn as a notebook draws it -------------------------------------
def _seeded(seed: int = 0) -> torch.Generator:
    return torch.Generator().manual_seed(seed)


def _mlp():
    from deeplearn_helpers.models.mlp import MLP

    torch.manual_seed(0)
    return MLP(sizes=[2, 8, 6, 2], activation="tanh")


def _points(n: int = 200):
    X = torch.randn(n, 2, generator=_seeded())
    return X, (X[:, 0] * X[:, 1] > 0).long()


def _history(*names):
    from deeplearn_helpers.train import History

    history = History()
    for step in range(300):
        history.log({name: 1.0 / (1 + 0.01 * step) + 0.1 * k for k, name in enumerate(names)})
    return history


def _trace(kind: str):
    from deeplearn_helpers.data.adding import adding_sequence
    from deeplearn_helpers.models.gated import GRUCellScratch, LSTMCellScratch, trace_gates

    torch.manual_seed(0)
    cell = LSTMCellScratch(2, 16) if kind == "lstm" else GRUCellScratch(2, 16)
    x, _ = adding_sequence(100, (10, 70), (0.9, 0.2))
    with torch.no_grad():
        return trace_gates(cell, x)


def _ax_figure(draw, figsize=(6, 4)):
    fig, ax = plt.subplots(figsize=figsize)
    draw(ax)
    return fig


def _gan_2d(ax):
    from deeplearn_helpers.data.gaussians import make_mixture

    ring = make_mixture("ring")
    real = ring.sample(2500, _seeded(0))
    fake = ring.sample(2500, _seeded(1)) * 0.8
    plots.draw_gan_2d(ax, real, fake, ring.centers, heat=np.random.default_rng(0).random((40, 40)),
                      title="GAN")


def _vae():
    from deeplearn_helpers.models.vae import load_vae_2d

    return load_vae_2d()


def _dates(n):
    return np.datetime64("2015-01-01") + np.arange(n)


def _live_plot():
    """``fit``'s live loss plot, as it looks during training (before ``done`` closes it)."""
    live = plots.LivePlot(every=10)
    live(_history("loss_d", "loss_g"), done=False)
    return live.fig


PLOT_CASES = {
    "plot_activations": lambda: plots.plot_activations(),
    "draw_network": lambda: _ax_figure(lambda ax: plots.draw_network([3, 5, 5, 2], ax=ax, title="13.1"),
                                       (8, 3.8)),
    "plot_decision_boundary": lambda: _ax_figure(lambda ax: plots.plot_decision_boundary(
        _mlp(), *_points(), ax=ax, title="MLP"), (4, 4)),
    "plot_hidden_units": lambda: plots.plot_hidden_units(_mlp(), _points()[0], layer=0),
    "plot_units_by_layer": lambda: plots.plot_units_by_layer(_mlp(), _points()[0], probes=[0.7, 0.95]),
    "draw_rnn": lambda: plots.draw_rnn("many_to_one", steps=4),
    "plot_gradient_flow": lambda: plots.plot_gradient_flow(
        {f"ρ = {rho}": rho ** np.arange(50.0)[::-1] for rho in (0.5, 1.0, 1.5)}, title="∂L/∂h").figure,
    "draw_lstm_cell": lambda: _ax_figure(plots.draw_lstm_cell, (9, 5)),
    "draw_gru_cell": lambda: _ax_figure(plots.draw_gru_cell, (9, 5)),
    "plot_gate_heatmaps": lambda: plots.plot_gate_heatmaps(_trace("lstm"), "lstm", step=40)[0],
    "plot_row_forget": lambda: plots.plot_row_forget(torch.linspace(0.5, 0.9, 28), torch.rand(28, generator=_seeded()),
                                                     torch.rand(28, 28, generator=_seeded()), 4),
    "draw_gan_2d": lambda: _ax_figure(_gan_2d, (5, 5)),
    "plot_image_grid": lambda: _ax_figure(lambda ax: plots.plot_image_grid(
        torch.rand(16, 28, 28, generator=_seeded()), 8, ax=ax, title="GAN"), (4, 1.6)),
    "plot_latent_map": lambda: plots.plot_latent_map(torch.randn(300, 2, generator=_seeded()),
                                                     torch.arange(300) % 10).figure,
    "plot_manifold": lambda: plots.plot_manifold(_vae(), n=10).figure,
    "plot_history": lambda: plots.plot_history({"D": _history("loss"), "G": _history("loss")}, smooth=10,
                                               title="loss").figure,
    "plot_learning_curve": lambda: plots.curves.plot_learning_curve(
        [100, 300, 1000], {"mlp": {"mean": [0.8, 0.85, 0.9], "low": [0.78, 0.83, 0.88],
                                   "high": [0.82, 0.87, 0.92]}}, {"mlp": "MLP"}, live={"mlp": {300: 0.86}}).figure,
    "plot_sweep": lambda: plots.curves.plot_sweep(
        [1, 2, 3], {v: {"mean": 0.8, "low": 0.7, "high": 0.9} for v in (1, 2, 3)}, xlabel="depth",
        live={2: 0.85}).figure,
    "LivePlot": lambda: _live_plot(),
    "plot_forecast": lambda: plots.plot_forecast(
        _dates(365), np.sin(np.arange(365) / 20.0) * 10,
        {name: np.sin(np.arange(365) / 20.0 + k / 5) * 10 for k, name in enumerate(["A", "B", "LSTM", "GRU"])}),
    "plot_passengers": lambda: plots.plot_passengers(1949 + np.arange(144) / 12, 100 + np.arange(144.0) * 3),
    "plot_random_walk": lambda: plots.plot_random_walk(np.cumsum(np.random.default_rng(0).normal(size=300)),
                                                       1.0, 1.02),
    "plot_bpc": lambda: plots.plot_bpc({(s, o): 3.0 - 0.2 * o + 0.1 * (s == "add_k") for s in ("add_k", "kneser_ney")
                                        for o in range(1, 7)}, 2.1),
    "plot_attention": lambda: _ax_figure(lambda ax: plots.plot_attention(
        np.eye(5, 4), "1945", "мың тоғыз жүз қырық бес".split(), ax=ax), (4.2, 3.0)),
    "plot_passenger_forecast": lambda: plots.plot_passenger_forecast(
        1959 + np.arange(24) / 12, 400 + np.arange(24.0), {"LSTM": 405 + np.arange(24.0), "B": 395 + np.arange(24.0)}),
    "plot_augmentation": lambda: plots.plot_augmentation([{0: 0.9, 1: 0.91, 2: 0.92}, {0: 0.89, 1: 0.9, 2: 0.93}]),
    "plot_topic_accuracy": lambda: plots.plot_topic_accuracy([{"bow": 0.7, "lstm": 0.8}, {"bow": 0.72, "lstm": 0.79}],
                                                             chance=0.25),
}


def _plot_functions() -> set[str]:
    """Every public draw_*/plot_* function of every module of ``deeplearn_helpers.plots``."""
    import pkgutil
    import importlib

    names = set()
    for module_info in pkgutil.iter_modules(plots.__path__):
        module = importlib.import_module(f"deeplearn_helpers.plots.{module_info.name}")
        for name, value in vars(module).items():
            if (name.startswith(("plot_", "draw_")) and inspect.isfunction(value)
                    and value.__module__ == module.__name__):
                names.add(name)
    return names


def test_every_plot_function_has_a_case():
    assert _plot_functions() <= set(PLOT_CASES), sorted(_plot_functions() - set(PLOT_CASES))


@pytest.mark.parametrize("name", sorted(PLOT_CASES))
def test_plot_function_draws_a_readable_figure(name):
    apply_style()
    fig = PLOT_CASES[name]()
    try:
        assert figure_problems(fig) == []
    finally:
        plt.close("all")


# --- every explorer's picture, at its default size after its first draw ----------------------
def _gate_models():
    from deeplearn_helpers.models import SequenceModel

    torch.manual_seed(0)
    return {"LSTM": SequenceModel(cell="lstm", input_size=2, hidden_size=16),
            "GRU": SequenceModel(cell="gru", input_size=2, hidden_size=16)}


def _neuron():
    from deeplearn_helpers.widgets import NeuronExplorer
    return NeuronExplorer()


def _playground():
    from deeplearn_helpers.widgets import Playground
    return Playground()


def _gan_lab():
    from deeplearn_helpers.widgets import GANLab
    return GANLab(points=200, heat=16)


def _latent():
    from deeplearn_helpers.widgets import LatentExplorer
    return LatentExplorer(_vae(), torch.randn(300, 2, generator=_seeded()), torch.arange(300) % 10)


def _epochs():
    from deeplearn_helpers.widgets import EpochGallery
    return EpochGallery(torch.rand(3, 16, 28, 28, generator=_seeded()), nrow=8)


def _gradient_flow():
    from deeplearn_helpers.widgets import GradientFlowExplorer
    return GradientFlowExplorer()


def _gates():
    from deeplearn_helpers.widgets import GateExplorer
    return GateExplorer(_gate_models(), 100)


def _translator():
    from deeplearn_helpers.experiments.applications import load_translator
    from deeplearn_helpers.widgets import TranslatorExplorer
    return TranslatorExplorer(*load_translator())


def _real_fake():
    from deeplearn_helpers.data.digits import load_digits
    from deeplearn_helpers.models.conditional import load_cvae_and_detector
    from deeplearn_helpers.widgets import RealFakeGame
    cvae, detector = load_cvae_and_detector()
    images, labels = load_digits("test")
    return RealFakeGame(images, cvae.sample(labels[:100], seed=5), detector, rounds=6)


def _digits():
    from deeplearn_helpers.models.conditional import load_cvae_and_detector
    from deeplearn_helpers.widgets import DigitGenerator
    return DigitGenerator(*load_cvae_and_detector())


EXPLORER_CASES = {"NeuronExplorer": _neuron, "Playground": _playground, "GANLab": _gan_lab,
                  "LatentExplorer": _latent, "EpochGallery": _epochs, "GradientFlowExplorer": _gradient_flow,
                  "GateExplorer": _gates, "TranslatorExplorer": _translator, "RealFakeGame": _real_fake,
                  "DigitGenerator": _digits}
WITHOUT_PICTURE = {"TextGenExplorer"}      # text only


def explorer_figures(explorer) -> list:
    """The matplotlib figures an explorer draws its picture on (after its first update)."""
    figures = [explorer.fig] if hasattr(explorer, "fig") else []
    figures += [art["fig"] for art in getattr(explorer, "figures", {}).values()]
    return figures


def test_every_explorer_has_a_case():
    from deeplearn_helpers import widgets
    from deeplearn_helpers.widgets.base import Explorer

    explorers = {name for name, value in vars(widgets).items()
                 if inspect.isclass(value) and issubclass(value, Explorer) and value is not Explorer}
    assert explorers - WITHOUT_PICTURE <= set(EXPLORER_CASES), sorted(explorers - set(EXPLORER_CASES))


@pytest.mark.parametrize("name", sorted(EXPLORER_CASES))
def test_explorer_picture_is_readable(name):
    explorer = EXPLORER_CASES[name]()
    explorer.refresh()
    figures = explorer_figures(explorer)
    assert figures, f"{name} keeps no figure to check"
    for fig in figures:
        assert figure_problems(fig) == [], name
    if name == "GateExplorer":           # every model's figure: switch to the second one too
        explorer.controls["model"].value = "GRU"
        assert figure_problems(explorer.figures["GRU"]["fig"]) == []


@pytest.mark.parametrize("radius, length, clip", [(0.3, 10, False), (1.0, 50, True), (1.05, 20, False),
                                                  (2.0, 200, True), (0.95, 100, True)])
def test_gradient_explorer_never_repeats_a_power_of_ten(radius, length, clip):
    explorer = _gradient_flow()
    explorer.update(radius=radius, length=length, input_scale=0.1, clip=clip)
    assert figure_problems(explorer.fig) == []


# --- the alt text of every stored figure ----------------------------------------------------
def test_show_figure_stores_the_alt_text_and_prints_it_as_the_caption(capsys, monkeypatch):
    from deeplearn_helpers import set_language, tr
    from deeplearn_helpers.plots import show as show_module

    shown = []
    monkeypatch.setattr(show_module, "display", lambda data, metadata, raw: shown.append((data, metadata)))
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1])
    show_module.show_figure("rnn.alt_sine")
    (data, metadata), = shown
    alt = tr("rnn.alt_sine")
    assert data["text/plain"] == alt == metadata["image/png"]["alt"]
    assert base64.b64decode(data["image/png"])[:4] == b"\x89PNG"
    assert capsys.readouterr().out == tr("plots.caption", alt=alt) + "\n"
    assert not plt.fignum_exists(fig.number)                  # closed: not shown a second time
    set_language("en")
    show_module.caption("rnn.alt_sine")
    assert capsys.readouterr().out.startswith("▲ Figure: The sine wave")


def test_every_stored_figure_of_every_notebook_has_an_alt_text():
    """Each picture in a stored notebook output says what it shows, in Kazakh: as ``alt`` in
    its metadata and as its text fallback (``show_figure``), or as a printed caption."""
    import json
    from pathlib import Path

    missing = []
    for path in sorted(Path(__file__).resolve().parent.parent.glob("notebooks/*.ipynb")):
        for index, cell in enumerate(json.loads(path.read_text())["cells"]):
            outputs = cell.get("outputs", [])
            printed = "".join("".join(o.get("text", "")) for o in outputs if o.get("output_type") == "stream")
            for output in outputs:
                if "image/png" not in output.get("data", {}):
                    continue
                alt = output.get("metadata", {}).get("image/png", {}).get("alt", "")
                if not (KAZAKH_LETTERS.search(alt) or "▲ Сурет:" in printed):
                    missing.append(f"{path.name} cell {index}")
    assert missing == []


def test_show_figure_refuses_a_wrong_figure_or_key():
    from deeplearn_helpers import HelperInputError
    from deeplearn_helpers.plots import show_figure

    with pytest.raises(HelperInputError):
        show_figure("rnn.alt_sine", fig="not a figure")
    with pytest.raises(HelperInputError):
        show_figure("no.such_key")
