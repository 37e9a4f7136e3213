"""A playground in the spirit of TensorFlow Playground, inside the notebook.

Choose a data set, the depth and width of the network, the activation and the learning
rate; press ▶ to train live (the decision boundary and the loss curve redraw), ⏸ to
pause, "one step" to advance by hand, "reset" to start again from new weights.
Each tick of the Play widget runs a few steps of ``train.fit`` and redraws.
"""
from __future__ import annotations

import ipywidgets as W
import numpy as np
import torch

from ..core import seed_everything, torch_threads
from ..data.toy2d import DATASETS_2D, make_2d, train_test_split
from ..validate import check_choice, check_float, check_int
from ..i18n import tr
from ..models.mlp import MLP, accuracy, classification_loss
from ..plots.boundary import BOUNDARY_CMAP, POINT_CMAP, grid_over
from ..train import fit
from .base import BlitFrame, Explorer, new_figure

__all__ = ["Playground"]

RESOLUTION = 50


class Playground(Explorer):
    """Train a small MLP on 2-D data while watching its decision boundary."""

    def __init__(self, dataset: str = "spirals", hidden_layers: int = 2, width: int = 16,
                 activation: str = "tanh", lr: float = 0.03, steps_per_tick: int = 5, seed: int = 0):
        check_choice(dataset, "dataset", DATASETS_2D)
        check_int(hidden_layers, "hidden_layers", 0, 4)
        check_int(width, "width", 1, 32)
        check_choice(activation, "activation", ["tanh", "relu", "sigmoid", "linear"])
        check_float(lr, "lr", 1e-3, 1.0)
        check_int(steps_per_tick, "steps_per_tick", 1, 1000)
        check_int(seed, "seed", 0)
        controls = {
            "dataset": W.Dropdown(options=[(tr(f"basics.dataset.{n}"), n) for n in DATASETS_2D],
                                  value=dataset, description=tr("basics.dataset")),
            "hidden_layers": W.IntSlider(value=hidden_layers, min=0, max=4,
                                         description=tr("basics.hidden_layers")),
            "width": W.IntSlider(value=width, min=1, max=32, description=tr("basics.width")),
            "activation": W.Dropdown(options=["tanh", "relu", "sigmoid", "linear"], value=activation,
                                     description=tr("basics.activation")),
            "lr": W.FloatLogSlider(value=lr, base=10, min=-3, max=0, step=0.1,
                                   description=tr("basics.lr"), readout_format=".3f"),
        }
        super().__init__(controls, title=tr("basics.playground_title"), layout="horizontal")
        self.seed, self.steps_per_tick = seed, steps_per_tick
        self.widget.children = (*self.widget.children, self.transport(on_reset=self.refresh))
        self._data_key = None
        self._build_figure()

    # --- model and data ---
    def _load(self, dataset):
        if self._data_key == dataset:
            return
        X, y = make_2d(dataset, n=400, seed=self.seed)
        self.X, self.y, self.X_test, self.y_test = train_test_split(X, y, 0.25, seed=self.seed)
        self.grid, self.extent = grid_over(X, RESOLUTION)
        self._data_key = dataset
        self.points.set_offsets(self.X.numpy())
        self.points.set_array(self.y.numpy())
        self.heat.set_extent(self.extent)
        self.ax_map.set_xlim(self.extent[:2])
        self.ax_map.set_ylim(self.extent[2:])
        self.frame.reframe()

    def update(self, dataset, hidden_layers, width, activation, lr):
        self._load(dataset)
        seed_everything(self.seed)
        self.model = MLP(sizes=[2] + [width] * hidden_layers + [2], activation=activation)
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=lr)
        self.losses: list[float] = []
        self.generator = torch.Generator().manual_seed(self.seed)
        self._redraw()

    def _batch(self, _step):
        idx = torch.randint(len(self.X), (32,), generator=self.generator)
        return self.X[idx], self.y[idx]

    def tick(self) -> None:
        """Train ``steps_per_tick`` steps with the one training loop, then redraw."""
        with torch_threads(1):
            history = fit(self.model, classification_loss, self._batch, steps=self.steps_per_tick,
                          optimizer=self.optimizer, progress=False)
        self.losses += history.loss
        self._redraw()

    # --- picture ---
    def _build_figure(self):
        self.fig = new_figure(figsize=(7.2, 3.3), dpi=72)
        self.ax_map, self.ax_loss = self.fig.subplots(1, 2, width_ratios=[1, 1.2])
        self.heat = self.ax_map.imshow(np.zeros((RESOLUTION, RESOLUTION)), origin="lower",
                                        cmap=BOUNDARY_CMAP, vmin=0, vmax=1, alpha=0.6, aspect="auto",
                                       interpolation="bilinear")
        self.points = self.ax_map.scatter([], [], c=[], cmap=POINT_CMAP, s=9, vmin=0, vmax=1,
                                          edgecolor="white", linewidth=0.3)
        self.ax_map.grid(False)
        self.ax_map.set_xticks([])
        self.ax_map.set_yticks([])
        (self.loss_line,) = self.ax_loss.plot([], [], lw=1.5)
        self.ax_loss.set_xlabel(tr("axis.step"))
        self.ax_loss.set_ylabel(tr("axis.loss"))
        self.ax_loss.set(xlim=(0, 10), ylim=(0, 1.0))
        self.ax_loss.locator_params(nbins=4)
        # the points are drawn after the colour map, so both move with it
        self.frame = BlitFrame(self.fig, [self.heat, self.points, self.loss_line])

    def _fit_loss_axes(self, steps: int, highest: float) -> None:
        """Grow the loss axes in jumps (x doubles, y by half), so the frame is rarely redrawn."""
        (_, x_max), (_, y_max) = self.ax_loss.get_xlim(), self.ax_loss.get_ylim()
        new_x = 10.0 if steps == 0 else (x_max if steps <= x_max else 2 ** np.ceil(np.log2(steps)))
        new_y = y_max if highest <= y_max else 1.5 * highest
        if (new_x, new_y) != (x_max, y_max):
            self.ax_loss.set(xlim=(0, new_x), ylim=(0, new_y))
            self.frame.reframe()

    @torch.no_grad()
    def _redraw(self):
        prob = torch.softmax(self.model(self.grid), dim=1)[:, 1].reshape(RESOLUTION, RESOLUTION)
        self.heat.set_data(prob.numpy())
        steps = len(self.losses)
        if steps:
            window = min(10, steps)
            smooth = np.convolve(self.losses, np.ones(window) / window, mode="valid")
            self.loss_line.set_data(np.arange(window, steps + 1), smooth)
        else:
            self.loss_line.set_data([], [])
        self._fit_loss_axes(steps, float(smooth.max()) if steps else 0.0)
        self.show_png(self.frame.png(), width=self.fig.bbox.width)
        self.text.value = tr("basics.playground_status", steps=steps,
                             epoch=steps * 32 / len(self.X),
                             train=accuracy(self.model, self.X, self.y),
                             test=accuracy(self.model, self.X_test, self.y_test))
