"""A playground in the spirit of TensorFlow Playground, inside the notebook.

Choose a problem (four classification sets, two regression sets), its noise and the share
of points used for training; the input features (x₁, x₂, x₁², x₂², x₁x₂, sin x₁, sin x₂);
the number of hidden layers and the width of each; the activation, learning rate, batch
size and an L1/L2 penalty with its rate.  Press ▶ to train live: every neuron is drawn as
its own small heat map (what it responds to over the plane), the weights as lines whose
thickness shows their size and colour their sign, the output as a large map with the
training (and, if asked, test) points, and the training and test loss curves together.

Changing a setting starts a new run from fresh weights; the finished run goes into a
table of runs, so that runs can be compared.  The "code" button shows the torch code of
the network on screen.  Each tick of the Play widget runs a few steps of ``train.fit``.
"""
from __future__ import annotations

import html

import ipywidgets as W
import numpy as np
import torch
from matplotlib import colormaps
from matplotlib.collections import LineCollection

from ..core import torch_threads
from ..data.toy2d import DATASETS_2D, FEATURES, REGRESSION_2D, input_features, make_2d, train_test_split
from ..i18n import tr
from ..models.activations import ACTIVATIONS as ALL_ACTIVATIONS
from ..models.mlp import MLP, weight_penalty
from ..plots.boundary import BOUNDARY_CMAP, POINT_CMAP, grid_over
from ..plots.style import COLORS, DPI, SMALL
from ..train import fit
from ..validate import check_choice, check_float, check_int, check_sequence, fail
from .base import BlitFrame, Explorer, new_figure

__all__ = ["Playground", "network_code"]

RESOLUTION = 48          # output map: RESOLUTION² points
THUMB = 3                # neuron maps use every THUMB-th grid point ...
THUMB_SIZE = RESOLUTION // THUMB   # ... so each is 16 × 16 pixels
PIXELS = 20              # pixels of the network picture per layout unit (a map is 0.8 units wide)
MAX_LAYERS, MAX_WIDTH = 4, 8
ACTIVATIONS = [name for name in ("tanh", "relu", "sigmoid", "linear") if name in ALL_ACTIVATIONS]   # the dropdown's
PENALTIES = ["none", "l1", "l2"]
FEATURE_LABELS = {"x1": "x₁", "x2": "x₂", "x1^2": "x₁²", "x2^2": "x₂²", "x1*x2": "x₁x₂",
                  "sin x1": "sin x₁", "sin x2": "sin x₂"}
POINTS = 400
NEURON_CMAP = colormaps[BOUNDARY_CMAP]


def network_code(features, widths, activation: str, regression: bool, lr: float, batch_size: int,
                 penalty: str, rate: float) -> str:
    """The torch code of the playground's network and training step, as a student would write it."""
    features = [check_choice(f, "features", FEATURES) for f in check_sequence(features, "features", allow_empty=True)]
    if not features:
        fail("basics.err_no_features")
    widths = [check_int(w, "widths", 1, MAX_WIDTH) for w in check_sequence(widths, "widths", allow_empty=True)]
    check_choice(regression, "regression", [True, False])
    check_choice(activation, "activation", ACTIVATIONS)
    check_choice(penalty, "penalty", PENALTIES)
    lr, rate = check_float(lr, "lr", 0.0, 10.0), check_float(rate, "rate", 0.0, 10.0)
    batch_size = check_int(batch_size, "batch_size", 1)
    torch_name = {"tanh": "nn.Tanh()", "relu": "nn.ReLU()", "sigmoid": "nn.Sigmoid()", "linear": "nn.Identity()"}
    sizes = [len(features), *widths, 1 if regression else 2]
    layers = []
    for i, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:])):
        hidden = i < len(sizes) - 2
        layers.append(f"    nn.Linear({n_in}, {n_out})," + (f" {torch_name[activation]}," if hidden else ""))
    loss = "nn.MSELoss()" if regression else "nn.CrossEntropyLoss()"
    penalty_line = {"none": "",
                    "l1": f" + {rate:.3g} * sum(w.abs().sum() for w in weights)",
                    "l2": f" + {rate:.3g} * sum((w ** 2).sum() for w in weights)"}[penalty]
    return "\n".join([
        "import torch",
        "from torch import nn",
        "",
        f"# {tr('basics.code_features')}: " + ", ".join(FEATURE_LABELS[f] for f in features),
        "model = nn.Sequential(", *layers, ")",
        f"loss_fn = {loss}",
        f"optimizer = torch.optim.Adam(model.parameters(), lr={lr:.3g})",
        "weights = [p for name, p in model.named_parameters() if name.endswith('weight')]",
        "",
        f"def train_step(x, y):          # x: ({batch_size}, {len(features)}) — {tr('basics.code_batch')}",
        f"    loss = loss_fn(model(x), y){penalty_line}",
        "    optimizer.zero_grad()",
        "    loss.backward()",
        "    optimizer.step()",
        "    return loss.item()",
    ])


def _slider(value, low, high, key, step=1):
    return W.IntSlider(value=value, min=low, max=high, step=step, description=tr(key))


class Playground(Explorer):
    """Train a small MLP on 2-D data while watching every neuron, the weights and both losses."""

    def __init__(self, dataset: str = "spirals", hidden_layers: int = 2, width: int = 6,
                 activation: str = "tanh", lr: float = 0.03, features=("x1", "x2"), noise: float = 0.2,
                 train_percent: int = 75, batch_size: int = 32, penalty: str = "none", rate: float = 1e-3,
                 steps_per_tick: int = 5, seed: int = 0):
        check_choice(dataset, "dataset", {**DATASETS_2D, **REGRESSION_2D})
        check_int(hidden_layers, "hidden_layers", 0, MAX_LAYERS)
        check_int(width, "width", 1, MAX_WIDTH)
        check_choice(activation, "activation", ACTIVATIONS)
        check_float(lr, "lr", 1e-3, 1.0)
        for name in check_sequence(features, "features", allow_empty=True):
            check_choice(name, "features", FEATURES)
        check_float(noise, "noise", 0.0, 1.0)
        check_int(train_percent, "train_percent", 10, 90)
        check_int(batch_size, "batch_size", 1, 64)
        check_choice(penalty, "penalty", PENALTIES)
        check_float(rate, "rate", 1e-5, 1.0)
        check_int(steps_per_tick, "steps_per_tick", 1, 1000)
        check_int(seed, "seed", 0)
        names = [*DATASETS_2D, *REGRESSION_2D]
        controls = {
            "dataset": W.Dropdown(options=[(tr(f"basics.dataset.{n}"), n) for n in names], value=dataset,
                                  description=tr("basics.dataset")),
            "noise": W.FloatSlider(value=noise, min=0.0, max=1.0, step=0.05, description=tr("basics.noise")),
            "train_percent": _slider(train_percent, 10, 90, "basics.train_percent", step=5),
            **{f"feature {name}": W.Checkbox(value=name in features, description=FEATURE_LABELS[name],
                                             indent=False) for name in FEATURES},
            "hidden_layers": _slider(hidden_layers, 0, MAX_LAYERS, "basics.hidden_layers"),
            **{f"width{i}": W.IntSlider(value=width, min=1, max=MAX_WIDTH,
                                        description=tr("basics.width_i", i=i)) for i in range(1, MAX_LAYERS + 1)},
            "activation": W.Dropdown(options=ACTIVATIONS, value=activation, description=tr("basics.activation")),
            "lr": W.FloatLogSlider(value=lr, base=10, min=-3, max=0, step=0.1, description=tr("basics.lr"),
                                   readout_format=".3f"),
            "batch_size": _slider(batch_size, 1, 64, "basics.batch_size"),
            "penalty": W.Dropdown(options=[(tr(f"basics.penalty.{p}"), p) for p in PENALTIES], value=penalty,
                                  description=tr("basics.penalty")),
            "rate": W.FloatLogSlider(value=rate, base=10, min=-5, max=0, step=0.25,
                                     description=tr("basics.penalty_rate"), readout_format=".5f"),
            "show_test": W.Checkbox(value=False, description=tr("basics.show_test"), indent=False),
        }
        super().__init__(controls, title=tr("basics.playground_title"), layout="vertical")
        # Twenty controls in columns above the picture (as in TensorFlow Playground): beside it they
        # left the picture too little room on a 1280-px screen and their readouts were cut off.
        controls_box, picture_box = self.widget.children[-1].children    # Explorer's vertical layout
        grid = W.GridBox(list(controls_box.children), layout=W.Layout(
            grid_template_columns="repeat(auto-fill, minmax(300px, 1fr))", grid_gap="0 16px"))
        self.widget.children = (*self.widget.children[:-1], W.VBox([grid, picture_box]))
        self.seed, self.steps_per_tick = seed, steps_per_tick
        self.code_button = W.ToggleButton(value=False, description=tr("basics.show_code"), icon="code",
                                          layout=W.Layout(width="auto"))     # its caption whole
        self.code = W.HTML()
        self.code_button.observe(lambda _: self._show_code(), names="value")
        self.runs_table = W.HTML()
        self.runs: list[dict] = []
        # The benchmark (``widgets.drive_explorers``) moves each control through these values, then
        # trains: the last values build the largest network allowed, the one whose redraw rate counts.
        self.demo_values = {"hidden_layers": [0, 3, 1, MAX_LAYERS],
                            **{f"width{i}": [1, 5, 3, MAX_WIDTH] for i in range(1, MAX_LAYERS + 1)},
                            **{f"feature {name}": [False, True] for name in FEATURES}}
        self.widget.add_class("dl-playground")       # the browser test moves every one of its controls
        self.widget.children = (*self.widget.children, self.transport(on_reset=self._reset),
                                self.code_button, self.code, self.runs_table)
        self._data_key = self._run_key = self._shape = None
        self.losses: list[float] = []
        self._build_figure()

    # --- settings -------------------------------------------------------------------------
    @staticmethod
    def _settings(values: dict) -> dict:
        features = [name for name in FEATURES if values[f"feature {name}"]] or ["x1"]
        widths = [values[f"width{i}"] for i in range(1, values["hidden_layers"] + 1)]
        return dict(dataset=values["dataset"], noise=values["noise"], train_percent=values["train_percent"],
                    features=features, widths=widths, activation=values["activation"], lr=values["lr"],
                    batch_size=values["batch_size"], penalty=values["penalty"], rate=values["rate"])

    @property
    def regression(self) -> bool:
        return self.settings["dataset"] in REGRESSION_2D

    def code_text(self) -> str:
        s = self.settings
        return network_code(s["features"], s["widths"], s["activation"], self.regression, s["lr"],
                            s["batch_size"], s["penalty"], s["rate"])

    def _show_code(self) -> None:
        self.code.value = (f"<pre style='font-size:12px'>{html.escape(self.code_text())}</pre>"
                           if self.code_button.value else "")

    # --- data and model -------------------------------------------------------------------
    def _load(self, s: dict) -> None:
        key = (s["dataset"], s["noise"], s["train_percent"])
        if key == self._data_key:
            return
        X, y = make_2d(s["dataset"], n=POINTS, noise=s["noise"], seed=self.seed)
        self.X, self.y, self.X_test, self.y_test = train_test_split(
            X, y, 1 - s["train_percent"] / 100, seed=self.seed)
        self.grid, self.extent = grid_over(X, RESOLUTION)
        self._data_key = key

    def update(self, **values) -> None:
        self.settings = self._settings(values)
        run_key = {k: v for k, v in self.settings.items()}
        if run_key != self._run_key:                     # anything but "show test points": a new run
            self._archive()
            self._load(self.settings)
            self._new_model()
            self._run_key = run_key
        self._show_code()
        self._redraw()

    def _reset(self) -> None:
        self._archive()
        self._new_model()
        self._redraw()

    def _new_model(self) -> None:
        s = self.settings
        self.F, self.F_test = input_features(self.X, s["features"]), input_features(self.X_test, s["features"])
        self.F_grid = input_features(self.grid, s["features"])
        with torch.random.fork_rng():                    # the caller's global generator is left as it was
            torch.manual_seed(self.seed)
            self.model = MLP(sizes=[len(s["features"]), *s["widths"], 1 if self.regression else 2],
                             activation=s["activation"])
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=s["lr"])
        self.generator = torch.Generator().manual_seed(self.seed)
        self.losses, self.test_losses = [], []
        shape = (len(s["features"]), tuple(s["widths"]))
        if shape != self._shape:
            self._layout_network(*shape)

    def _loss(self, model, batch) -> torch.Tensor:
        x, y = batch
        out = model(x)
        data_loss = (torch.nn.functional.mse_loss(out.squeeze(1), y) if self.regression
                     else torch.nn.functional.cross_entropy(out, y))
        return data_loss + self.settings["rate"] * weight_penalty(model, self.settings["penalty"])

    @torch.no_grad()
    def _data_loss(self, F, y) -> float:
        out = self.model(F)
        if self.regression:
            return torch.nn.functional.mse_loss(out.squeeze(1), y).item()
        return torch.nn.functional.cross_entropy(out, y).item()

    def _batch(self, _step):
        idx = torch.randint(len(self.F), (self.settings["batch_size"],), generator=self.generator)
        return self.F[idx], self.y[idx]

    def tick(self) -> None:
        """Train ``steps_per_tick`` steps with the one training loop, then redraw."""
        with torch_threads(1):
            fit(self.model, self._loss, self._batch, steps=self.steps_per_tick, optimizer=self.optimizer,
                progress=False)
            self.losses.append(self._data_loss(self.F, self.y))
            self.test_losses.append(self._data_loss(self.F_test, self.y_test))
        self._redraw()

    # --- the table of runs ----------------------------------------------------------------
    def _archive(self) -> None:
        """Keep the run that a change of settings ends, if it trained at all."""
        if not self.losses:
            return
        s = self._run_key
        self.runs.append({"dataset": tr(f"basics.dataset.{s['dataset']}"),
                          "features": ", ".join(FEATURE_LABELS[f] for f in s["features"]),
                          "layers": "–".join(map(str, s["widths"])) or "0", "activation": s["activation"],
                          "lr": s["lr"], "penalty": tr(f"basics.penalty.{s['penalty']}"), "rate": s["rate"],
                          "steps": len(self.losses) * self.steps_per_tick,
                          "train": self.losses[-1], "test": self.test_losses[-1],
                          "accuracy": "—" if self.regression else f"{self._accuracy(self.F_test, self.y_test):.2f}"})
        header = "".join(f"<th>{tr(k)}</th>" for k in ["basics.run_no", "basics.dataset", "basics.code_features",
                                                       "basics.run_layers", "basics.activation", "basics.lr",
                                                       "basics.penalty", "axis.step", "basics.train_loss",
                                                       "basics.test_loss", "basics.axis_test_accuracy"])
        rows = "".join(
            f"<tr><td>{i}</td><td>{r['dataset']}</td><td>{r['features']}</td><td>{r['layers']}</td>"
            f"<td>{r['activation']}</td><td>{r['lr']:.3f}</td><td>{r['penalty']} {r['rate']:.0e}</td>"
            f"<td>{r['steps']}</td><td>{r['train']:.3f}</td><td>{r['test']:.3f}</td><td>{r['accuracy']}</td></tr>"
            for i, r in enumerate(self.runs, 1))
        self.runs_table.value = (f"<b>{tr('basics.runs_title')}</b><table style='font-size:12px'>"
                                 f"<tr>{header}</tr>{rows}</table>")

    # --- picture --------------------------------------------------------------------------
    def _build_figure(self):
        self.fig = new_figure(figsize=(9, 3.8), dpi=DPI, layout="none")   # axes placed by hand
        self.ax_net = self.fig.add_axes([0.01, 0.08, 0.52, 0.84])
        self.ax_map = self.fig.add_axes([0.56, 0.30, 0.22, 0.62])
        self.ax_loss = self.fig.add_axes([0.83, 0.30, 0.15, 0.62])
        self.ax_net.set_axis_off()
        self.heat = self.ax_map.imshow(np.zeros((RESOLUTION, RESOLUTION)), origin="lower", cmap=BOUNDARY_CMAP,
                                       vmin=0, vmax=1, alpha=0.6, aspect="auto", interpolation="nearest")
        self.points = self.ax_map.scatter([], [], c=[], cmap=POINT_CMAP, s=9, vmin=0, vmax=1,
                                          edgecolor="white", linewidth=0.3)
        self.test_points = self.ax_map.scatter([], [], c=[], cmap=POINT_CMAP, s=14, vmin=0, vmax=1,
                                               edgecolor="black", linewidth=0.8, marker="s")
        self.ax_map.grid(False)
        self.ax_map.set_xticks([])
        self.ax_map.set_yticks([])
        self.ax_map.set_title(tr("basics.output_map"), fontsize=SMALL + 1)
        (self.loss_line,) = self.ax_loss.plot([], [], lw=1.5, color=COLORS["model"], label=tr("basics.train_loss"))
        (self.test_line,) = self.ax_loss.plot([], [], lw=1.5, color=COLORS["second"], label=tr("basics.test_loss"))
        self.loss_hint = self.ax_loss.text(0.5, 0.35, tr("basics.loss_hint"), transform=self.ax_loss.transAxes,
                                           ha="center", va="center", fontsize=SMALL, color=COLORS["baseline"])
        self.ax_loss.set_xlabel(tr("axis.step"), fontsize=SMALL)
        self.ax_loss.set(xlim=(0, 100), ylim=(0, 1.0))
        self.ax_loss.tick_params(labelsize=SMALL)
        self.ax_loss.locator_params(nbins=3)
        self.ax_loss.legend(fontsize=SMALL, loc="upper right")
        self.settings_text = self.fig.text(0.01, 0.01, "", fontsize=SMALL, animated=True)
        self.weight_lines = LineCollection([], zorder=1)
        self.ax_net.add_collection(self.weight_lines)
        self.network_image = self.ax_net.imshow(np.zeros((2, 2, 4)), zorder=2, interpolation="nearest",
                                                aspect="auto")
        self._labels: list = []
        # Three layers of drawing, from slow to fast: the frame (axes, ticks, legend) is drawn
        # when the loss axes grow; the texts of a run (feature names, settings) when a setting
        # changes; the moving artists at every redraw.
        self.frame = BlitFrame(self.fig, [self.weight_lines, self.network_image, self.heat, self.points,
                                          self.test_points, self.loss_line, self.test_line, self.loss_hint])
        self._axes_bitmap = self.frame.frame
        self._texts_stale = True

    def _layout_network(self, n_features: int, widths: tuple) -> None:
        """Place one small map per input feature and hidden neuron, and the weight lines.

        All the maps live in one RGBA picture (transparent between them) drawn over the
        lines: one image per redraw instead of one per neuron keeps the playground fast."""
        for text in self._labels:
            text.remove()
        columns = [n_features, *widths, 1]
        self.nodes = [[(2.0 * c, (n - 1) / 2 - i) for i in range(n)] for c, n in enumerate(columns)]
        tallest = max(columns)
        left, right = -1.6, 2.0 * (len(columns) - 1) + 0.8
        bottom, top = -tallest / 2 - 0.1, tallest / 2 + 0.1
        self.ax_net.set(xlim=(left, right), ylim=(bottom, top))
        self.canvas_rgba = np.zeros((round((top - bottom) * PIXELS), round((right - left) * PIXELS), 4))
        self.network_image.set_extent((left, right, bottom, top))
        half = THUMB_SIZE // 2
        self.slots = []                                       # pixel rows and columns of each map
        for column in self.nodes[:-1]:                        # features and hidden neurons get a map
            for x, y in column:
                row, col = round((top - y) * PIXELS), round((x - left) * PIXELS)
                self.slots.append((slice(row - half, row + half), slice(col - half, col + half)))
        self._labels = [self.ax_net.text(x - 0.55, y, FEATURE_LABELS[name], ha="right", va="center", fontsize=SMALL)
                        for (x, y), name in zip(self.nodes[0], self.settings["features"])]
        (ox, oy), = self.nodes[-1]
        self._labels.append(self.ax_net.text(ox - 0.3, oy, tr("basics.output_node"), ha="left", va="center", fontsize=SMALL,
                                             bbox=dict(boxstyle="round", fc="white", ec="grey")))
        size = THUMB_SIZE / PIXELS
        self.weight_lines.set_segments(
            [[(x0 + size / 2, y0), (x1 - size / 2, y1)]
             for a, b in zip(self.nodes[:-1], self.nodes[1:]) for (x0, y0) in a for (x1, y1) in b])
        for text in self._labels:
            text.set_animated(True)                       # drawn with the run's texts, not in the frame
        self._texts_stale = True

    def _draw_run_texts(self) -> None:
        """Draw the run's texts over the frame once and keep the result as the new frame."""
        canvas = self.fig.canvas
        canvas.restore_region(self._axes_bitmap)
        for text in [self.settings_text, *self._labels]:
            self.fig.draw_artist(text)
        self.frame.frame = canvas.copy_from_bbox(self.fig.bbox)
        self._texts_stale = False

    def _fit_loss_axes(self, steps: int, highest: float) -> None:
        """Grow the loss axes in jumps (x doubles, y by half), so the frame is rarely redrawn."""
        (_, x_max), (_, y_max) = self.ax_loss.get_xlim(), self.ax_loss.get_ylim()
        new_x = 100.0 if steps <= 100 else (x_max if steps <= x_max else 2 ** np.ceil(np.log2(steps)))
        new_y = 1.0 if not steps else (y_max if highest <= y_max else 1.5 * highest)
        if (new_x, new_y) != (x_max, y_max):
            self.ax_loss.set(xlim=(0, new_x), ylim=(0, new_y))
            self.frame.reframe()
            self._axes_bitmap, self._texts_stale = self.frame.frame, True

    def _place_points(self) -> None:
        s, regression = self.settings, self.regression
        low, high = (-1, 1) if regression else (0, 1)
        cmap = BOUNDARY_CMAP if regression else POINT_CMAP
        for artist, X, y, show in [(self.points, self.X, self.y, True),
                                   (self.test_points, self.X_test, self.y_test, self.values()["show_test"])]:
            artist.set_offsets(X.numpy() if show else np.zeros((0, 2)))
            artist.set_array(y.float().numpy() if show else np.zeros(0))
            artist.set_cmap(cmap)
            artist.set_clim(low, high)
        self.heat.set_clim(low, high)
        if self.heat.get_extent() != list(self.extent):      # the map's axes have no ticks: no new frame
            self.heat.set_extent(self.extent)
            self.ax_map.set_xlim(self.extent[:2])
            self.ax_map.set_ylim(self.extent[2:])
        line = tr("basics.settings_line", noise=s["noise"], train=s["train_percent"], batch=s["batch_size"],
                  lr=s["lr"], penalty=tr(f"basics.penalty.{s['penalty']}"), rate=s["rate"], activation=s["activation"])
        if line != self.settings_text.get_text():          # text is slow to draw: drawn once per run
            self.settings_text.set_text(line)
            self._texts_stale = True

    def _redraw(self) -> None:
        with torch_threads(1), torch.no_grad():        # tiny networks: one thread is fastest
            self._draw()

    def _draw(self) -> None:
        hidden = self.model.hidden(self.F_grid) if self.settings["widths"] else []
        out = self.model(self.F_grid)
        value = out[:, 0] if self.regression else torch.softmax(out, dim=1)[:, 1]
        self.heat.set_data(value.reshape(RESOLUTION, RESOLUTION).numpy())
        self.canvas_rgba[...] = 0.0                          # transparent between the maps
        slots = iter(self.slots)
        for layer in [self.F_grid, *hidden]:                 # features, then each hidden layer
            grid = layer.reshape(RESOLUTION, RESOLUTION, -1)[::THUMB, ::THUMB]           # (16, 16, units)
            grid = (grid / grid.abs().amax(dim=(0, 1)).clamp(min=1e-6)).flip(0)         # rows top-down
            colours = NEURON_CMAP((grid.numpy() + 1) / 2)                              # (16, 16, units, 4)
            for unit in range(grid.shape[2]):
                self.canvas_rgba[next(slots)] = colours[:, :, unit]
        self.network_image.set_data(self.canvas_rgba)
        weights = [layer.weight.T.reshape(-1) for layer in self.model.layers if isinstance(layer, torch.nn.Linear)]
        w = torch.cat(weights).numpy()                      # the order of the segments: left node, then right
        self.weight_lines.set_linewidths(0.3 + 3.0 * np.abs(w) / max(np.abs(w).max(), 1e-6))
        self.weight_lines.set_colors([COLORS["positive"] if v > 0 else COLORS["negative"] for v in w])
        self._place_points()
        steps = len(self.losses)
        x = np.arange(1, steps + 1) * self.steps_per_tick
        self.loss_line.set_data(x, self.losses)
        self.loss_hint.set_visible(not self.losses)          # a placeholder until training starts
        self.test_line.set_data(x, self.test_losses)
        self._fit_loss_axes(steps * self.steps_per_tick, max(self.losses + self.test_losses, default=0.0))
        if self._texts_stale:
            self._draw_run_texts()
        self.show_png(self.frame.png(), width=self.fig.bbox.width)
        self.text.value = self._status()

    def _status(self) -> str:
        steps = len(self.losses) * self.steps_per_tick
        train, test = ((self.losses[-1], self.test_losses[-1]) if self.losses else
                       (self._data_loss(self.F, self.y), self._data_loss(self.F_test, self.y_test)))
        if self.regression:
            return tr("basics.playground_status_reg", steps=steps, train=train, test=test)
        return tr("basics.playground_status", steps=steps, epoch=steps * self.settings["batch_size"] / len(self.X),
                  train=self._accuracy(self.F, self.y), test=self._accuracy(self.F_test, self.y_test),
                  train_loss=train, test_loss=test)

    @torch.no_grad()
    def _accuracy(self, F, y) -> float:
        return (self.model(F).argmax(1) == y).float().mean().item()
