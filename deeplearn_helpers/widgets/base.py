"""The base of every explorer: controls, a picture that redraws, and timing.

An explorer subclass builds its controls, then implements ``update(**values)``, which
draws with matplotlib and calls ``self.show(fig)`` (and/or sets ``self.text.value``).
The base class wires every control to ``update``, times each call (the benchmark
reports the 95th percentile), and displays itself when it is the last value of a cell.

Explorers that train (a playground) also implement ``tick()``: one chunk of training
followed by a redraw, driven by a Play widget.
"""
from __future__ import annotations

import random
import time
import weakref

import ipywidgets as W
from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ..i18n import tr
from ..plots.style import apply_style, canvas_png, figure_png
from ..validate import check_choice, check_float, check_instance, check_int, check_str, fail

# Every explorer created in this kernel, in order, so that the benchmark can move their
# controls after a notebook has run (see ``drive_explorers``).  Weak references: the list
# does not keep an explorer (its figures, models, data) alive once the notebook drops it.
CREATED: list[weakref.ref] = []


def _close_tree(widget) -> None:
    for child in getattr(widget, "children", ()):
        _close_tree(child)
    widget.close()


def live_explorers() -> list["Explorer"]:
    """The explorers of ``CREATED`` that still exist, in the order they were made."""
    return [explorer for explorer in (ref() for ref in CREATED) if explorer is not None]


class Explorer:
    """Controls + picture + text; subclasses implement ``update(**values)``."""

    def __init__(self, controls: dict[str, W.ValueWidget], *, title: str = "",
                 layout: str = "vertical"):
        for name, control in check_instance(controls, "controls", dict).items():
            check_instance(control, f"controls[{name!r}]", W.ValueWidget)
        check_str(title, "title", allow_empty=True)
        check_choice(layout, "layout", ["vertical", "horizontal"])
        apply_style()
        self.controls = controls
        self.title = title
        self.image = W.Image(format="png", layout=W.Layout(max_width="100%"))
        self.text = W.HTML()
        self.latencies: list[float] = []
        self.tick_latencies: list[float] = []
        for control in controls.values():
            control.observe(self._on_change, names="value")
            control.style.description_width = "initial"   # Kazakh captions are long: show them whole
        box = W.HBox if layout == "horizontal" else W.VBox
        parts = [W.HTML(f"<b>{title}</b>")] if title else []
        parts += [box([W.VBox(list(controls.values())), W.VBox([self.image, self.text])])]
        self.widget = W.VBox(parts)
        self.widget.add_class("dl-explorer")          # the browser test finds explorers by it
        CREATED.append(weakref.ref(self))

    # --- what subclasses write ---
    def update(self, **values) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    # --- plumbing ---
    def close(self) -> None:
        """Close every widget of the explorer, so that the kernel can free it (ipywidgets keeps
        open widgets, and through their callbacks the explorer, until they are closed)."""
        _close_tree(self.widget)

    def values(self) -> dict:
        return {name: control.value for name, control in self.controls.items()}

    def refresh(self) -> None:
        start = time.perf_counter()
        self.update(**self.values())
        self.latencies.append(time.perf_counter() - start)

    def transport(self, on_reset) -> W.HBox:
        """The controls of an explorer that trains: ▶/⏸ (a Play widget whose every tick
        calls ``self.tick()``), one step by hand, and reset (``on_reset()``)."""
        self.play = W.Play(value=0, min=0, max=10**9, interval=100, description=tr("explorer.play"))
        self.play.observe(lambda _: self.tick(), names="value")
        step = W.Button(description=tr("explorer.step"), icon="step-forward")
        step.on_click(lambda _: self.tick())
        reset = W.Button(description=tr("explorer.reset"), icon="refresh")
        reset.on_click(lambda _: on_reset())
        return W.HBox([self.play, step, reset])

    def _on_change(self, _change) -> None:
        self.refresh()

    def show(self, fig, dpi: int | None = None) -> None:
        """Put a matplotlib figure into the explorer's picture, shown at its own pixel size.

        Figures made with ``new_figure`` draw at their own dpi, the fast way."""
        self.show_png(figure_png(fig, dpi=dpi), width=fig.get_figwidth() * (dpi or fig.dpi))

    def show_png(self, png: bytes, width: float | None = None) -> None:
        """Put ready PNG bytes (e.g. from ``BlitFrame.png()``) into the picture."""
        self.image.value = check_instance(png, "png", bytes)
        width = None if width is None else check_float(width, "width", 1)
        if width is not None:
            self.image.width = str(int(round(width)))

    def _repr_mimebundle_(self, **kwargs):
        if not self.latencies:
            self.refresh()
        return self.widget._repr_mimebundle_(**kwargs)


def new_figure(figsize=(6, 4), dpi: int = 80, **kwargs) -> Figure:
    """A figure of the explorer's own, outside pyplot: ``plt.show()`` in a later cell
    will not show it again, and it is freed with the explorer."""
    figsize = tuple(check_float(size, "figsize", 0.5, 100) for size in check_instance(figsize, "figsize", (tuple, list)))
    if len(figsize) != 2:
        fail("err.type", name="figsize", expected="(width, height)", got=figsize)
    fig = Figure(figsize=figsize, dpi=check_float(dpi, "dpi", 10, 1000), **kwargs)
    FigureCanvasAgg(fig)
    return fig


def freeze_layout(fig) -> None:
    """Lay the figure out once, then keep that layout: redraws get much cheaper.

    Call it after the axes and their labels exist; later updates should change the
    artists' data (``set_data``, ``set_offsets``, ``set_text``), not rebuild the axes.
    """
    check_instance(fig, "fig", Figure)
    fig.canvas.draw()
    fig.set_layout_engine("none")


class BlitFrame:
    """Redraw only what moves: the figure's frame (axes, ticks, labels, colour bars) is
    drawn once and kept as a bitmap; each update draws just the ``moving`` artists on top.

    Text layout is most of matplotlib's drawing time, so an explorer whose axes stay put
    redraws several times faster this way.  Call ``reframe()`` after changing the frame
    (limits, labels, a colour bar's range)."""

    def __init__(self, fig, moving):
        check_instance(fig, "fig", Figure)
        self.fig, self.moving = fig, list(check_instance(moving, "moving", (list, tuple)))
        for artist in self.moving:
            check_instance(artist, "moving", Artist)
        for artist in self.moving:
            artist.set_animated(True)                  # left out of the frame
        freeze_layout(fig)
        self.reframe()

    def reframe(self) -> None:
        self.fig.canvas.draw()
        self.frame = self.fig.canvas.copy_from_bbox(self.fig.bbox)

    def png(self) -> bytes:
        canvas = self.fig.canvas
        canvas.restore_region(self.frame)
        for artist in self.moving:
            self.fig.draw_artist(artist)
        return canvas_png(canvas)


def _candidates(control: W.ValueWidget, rng: random.Random, n: int) -> list:
    """Values a benchmark can set on ``control``: valid by construction."""
    if isinstance(control, (W.IntSlider, W.BoundedIntText)):
        return [rng.randint(control.min, control.max) for _ in range(n)]
    if isinstance(control, (W.FloatSlider, W.FloatLogSlider, W.BoundedFloatText)):
        if isinstance(control, W.FloatLogSlider):
            return [control.base ** rng.uniform(control.min, control.max) for _ in range(n)]
        return [rng.uniform(control.min, control.max) for _ in range(n)]
    if isinstance(control, (W.Dropdown, W.RadioButtons, W.ToggleButtons, W.SelectionSlider)):
        values = [v if not isinstance(v, tuple) else v[1] for v in control.options]
        return [rng.choice(values) for _ in range(n)]
    if isinstance(control, (W.Checkbox, W.ToggleButton)):
        return [bool(i % 2) for i in range(n)]
    return []


def drive_explorers(moves: int = 20, ticks: int = 20, seed: int = 0) -> dict[str, dict]:
    """Move every control of every explorer created so far; return timings in seconds.

    Used by the benchmark after a notebook has executed.  Explorers may list extra
    valid values for text boxes in ``demo_values`` ({control name: [values]}).
    """
    moves, ticks = check_int(moves, "moves", 0, 10_000), check_int(ticks, "ticks", 0, 10_000)
    rng = random.Random(check_int(seed, "seed", 0))
    report = {}
    for index, explorer in enumerate(live_explorers()):
        explorer.latencies.clear()
        extra = getattr(explorer, "demo_values", {})
        for name, control in explorer.controls.items():
            values = extra.get(name) or _candidates(control, rng, moves)
            for value in values:
                if value != control.value:
                    control.value = value
        tick = getattr(explorer, "tick", None)
        if callable(tick):
            for _ in range(ticks):
                start = time.perf_counter()
                tick()
                explorer.tick_latencies.append(time.perf_counter() - start)
        report[f"{index}:{type(explorer).__name__}"] = {
            "latencies": list(explorer.latencies),
            "ticks": list(explorer.tick_latencies),
        }
    return report
