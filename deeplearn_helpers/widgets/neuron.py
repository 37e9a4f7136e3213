"""The neuron explorer: move w₁, w₂, b and choose f; see y = f(w₁x₁ + w₂x₂ + b) redraw."""
from __future__ import annotations

import ipywidgets as W
import numpy as np
import torch

from ..i18n import tr
from ..models.activations import ACTIVATION_FUNCTIONS
from ..plots.style import DPI
from ..validate import check_choice, check_float
from .base import BlitFrame, Explorer, new_figure

__all__ = ["NeuronExplorer"]

SPAN, RESOLUTION = 3.0, 61
ENDS = torch.tensor([-SPAN, SPAN])
# The colour scale of each activation stays fixed while the weights move (the colour bar is
# part of the frame that is drawn once); values beyond it show in the end colours.
COLOUR_RANGE = {"sigmoid": (0, 1), "tanh": (-1, 1), "relu": (0, 6), "leaky_relu": (-0.5, 6),
                "linear": (-6, 6), "gelu": (-0.5, 6)}


def _check_neuron(w1, w2, b, activation) -> None:
    for name, value in [("w1", w1), ("w2", w2), ("b", b)]:
        check_float(value, name, -3.0, 3.0)
    check_choice(activation, "activation", ACTIVATION_FUNCTIONS)


class NeuronExplorer(Explorer):
    """A single neuron with two inputs, drawn as a colour map over the (x₁, x₂) plane."""

    def __init__(self, w1: float = 1.0, w2: float = -0.5, b: float = 0.0, activation: str = "sigmoid"):
        _check_neuron(w1, w2, b, activation)
        slider = dict(min=-3.0, max=3.0, step=0.1)
        controls = {
            "w1": W.FloatSlider(value=w1, description=tr("basics.weight", i=1), **slider),
            "w2": W.FloatSlider(value=w2, description=tr("basics.weight", i=2), **slider),
            "b": W.FloatSlider(value=b, description=tr("basics.bias"), **slider),
            "activation": W.Dropdown(options=list(ACTIVATION_FUNCTIONS), value=activation,
                                     description=tr("basics.activation")),
        }
        super().__init__(controls, title=tr("basics.neuron_title"), layout="horizontal")
        xs = torch.linspace(-SPAN, SPAN, RESOLUTION)
        self.x1, self.x2 = torch.meshgrid(xs, xs, indexing="xy")       # (R, R) each
        self.fig = new_figure(figsize=(4.4, 3.4), dpi=DPI)
        ax = self.fig.add_subplot()
        self.heat = ax.imshow(np.zeros((RESOLUTION, RESOLUTION)), origin="lower", cmap="viridis",
                              extent=(-SPAN, SPAN, -SPAN, SPAN), aspect="equal",
                              interpolation="bilinear")
        self.fig.colorbar(self.heat, ax=ax, label="y")
        (self.line,) = ax.plot([], [], color="white", lw=2, ls="--")    # where z = 0
        ax.set(xlim=(-SPAN, SPAN), ylim=(-SPAN, SPAN), xlabel="$x_1$", ylabel="$x_2$")
        ax.grid(False)
        self.title = ax.set_title(" ", fontsize=10)
        self.frame = BlitFrame(self.fig, [self.heat, self.line, self.title])
        self.range = None

    def output(self, w1, w2, b, activation) -> torch.Tensor:
        _check_neuron(w1, w2, b, activation)
        f = ACTIVATION_FUNCTIONS[activation][0]
        return f(w1 * self.x1 + w2 * self.x2 + b)                      # (R, R)

    def update(self, w1, w2, b, activation):
        _check_neuron(w1, w2, b, activation)
        if self.range != COLOUR_RANGE[activation]:        # a new colour bar: redraw the frame
            self.range = COLOUR_RANGE[activation]
            self.heat.set_clim(*self.range)
            self.frame.reframe()
        self.heat.set_data(self.output(w1, w2, b, activation).numpy())
        if abs(w2) > 1e-6:                                             # x₂ = −(w₁x₁ + b) / w₂
            self.line.set_data(ENDS.numpy(), (-(w1 * ENDS + b) / w2).numpy())
        elif abs(w1) > 1e-6:                                           # a vertical line
            self.line.set_data([-b / w1, -b / w1], ENDS.numpy())
        else:
            self.line.set_data([], [])
        self.title.set_text(f"y = {activation}({w1:+.1f}·x₁ {w2:+.1f}·x₂ {b:+.1f})")
        self.show_png(self.frame.png(), width=self.fig.bbox.width)
        z = w1 * 1.0 + w2 * 1.0 + b                                    # at the point x = (1, 1)
        f = ACTIVATION_FUNCTIONS[activation][0]
        self.text.value = tr("basics.neuron_readout", z=z, value=float(f(torch.tensor(z))))
