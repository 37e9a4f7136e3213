"""Decision boundaries of 2-D classifiers, and what their hidden neurons respond to."""
from __future__ import annotations

import matplotlib.pyplot as plt
import torch
from matplotlib.colors import ListedColormap

from ..i18n import tr
from ..validate import check_int, check_module, check_tensor, fail
from .style import COLORS, DIVERGING_CMAP, SEQUENTIAL_CMAP, SMALL

__all__ = ["BOUNDARY_CMAP", "plot_decision_boundary", "plot_hidden_units", "plot_units_by_layer", "grid_over"]

BOUNDARY_CMAP = "RdBu"
POINT_CMAP = ListedColormap([COLORS["class0"], COLORS["class1"]])   # class 0 vermilion, class 1 blue


def grid_over(X: torch.Tensor, resolution: int = 100, margin: float = 0.3):
    """A (resolution², 2) grid covering the points, and its extent for imshow."""
    X = check_tensor(X, "X", ndim=2, shape=(None, 2), hint="(N, 2)")
    resolution = check_int(resolution, "resolution", 2, 1000)
    low, high = X.min(0).values - margin, X.max(0).values + margin
    xs = torch.linspace(low[0].item(), high[0].item(), resolution)
    ys = torch.linspace(low[1].item(), high[1].item(), resolution)
    gx, gy = torch.meshgrid(xs, ys, indexing="xy")
    points = torch.stack([gx.reshape(-1), gy.reshape(-1)], 1)       # (R*R, 2)
    extent = (low[0].item(), high[0].item(), low[1].item(), high[1].item())
    return points, extent


@torch.no_grad()
def class1_probability(model, points: torch.Tensor, resolution: int) -> torch.Tensor:
    """P(class 1) on a grid, as an image (resolution, resolution)."""
    scores = model(points)                                          # (R*R, 2)
    return torch.softmax(scores, dim=1)[:, 1].reshape(resolution, resolution)


def plot_decision_boundary(model, X, y, ax=None, resolution: int = 120, title: str | None = None):
    """Colour the plane by the model's P(class 1); draw the points on top."""
    check_module(model, "model")
    X = check_tensor(X, "X", ndim=2, shape=(None, 2), hint="(N, 2)")
    y = check_tensor(y, "y", ndim=1, shape=(X.shape[0],), dtype=torch.long)
    if ax is None:
        _, ax = plt.subplots(figsize=(4, 4))
    points, extent = grid_over(X, resolution)
    was_training = model.training
    model.eval()
    prob = class1_probability(model, points, resolution)
    model.train(was_training)
    ax.imshow(prob.numpy(), origin="lower", extent=extent, cmap=BOUNDARY_CMAP, vmin=0, vmax=1,
              alpha=0.35, aspect="auto")                       # pale: a point stands out on its own class's side
    ax.contour(prob.numpy(), levels=[0.5], origin="lower", extent=extent, colors="black", linewidths=1)
    ax.scatter(X[:, 0], X[:, 1], c=y, cmap=POINT_CMAP, s=14, edgecolor=COLORS["ink"], linewidth=0.4)
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    ax.grid(False)
    if title:
        ax.set_title(title)
    return ax


def _shared_scale(values: torch.Tensor) -> dict:
    """One colour scale for every map of a picture, so that colours compare across neurons:
    signed values in a diverging map centred on 0, values ≥ 0 in a sequential one."""
    top = max(float(values.abs().max()), 1e-6)
    if float(values.min()) < 0:
        return {"cmap": DIVERGING_CMAP, "vmin": -top, "vmax": top}
    return {"cmap": SEQUENTIAL_CMAP, "vmin": 0.0, "vmax": top}


@torch.no_grad()
def plot_hidden_units(model, X, layer: int = 0, max_units: int = 8, resolution: int = 60):
    """Each hidden neuron's activation over the plane: the features the network built.

    All maps share one colour scale (and one colour bar), so a pale map is a weak neuron."""
    check_module(model, "model")
    X = check_tensor(X, "X", ndim=2, shape=(None, 2), hint="(N, 2)")
    points, extent = grid_over(X, resolution)
    activations = model.hidden(points)
    layer = check_int(layer, "layer", 0, len(activations) - 1)
    values = activations[layer][:, :max_units]                      # (R*R, units)
    units = values.shape[1]
    cols = min(4, units)
    rows = (units + cols - 1) // cols
    fig, axes = plt.subplots(rows, cols, figsize=(2.2 * cols + 0.8, 2.2 * rows), squeeze=False)
    scale = _shared_scale(values)
    for i, ax in enumerate(axes.flat):
        ax.axis("off")
        if i < units:
            image = ax.imshow(values[:, i].reshape(resolution, resolution).numpy(), origin="lower",
                              extent=extent, aspect="auto", **scale)
            ax.set_title(tr("basics.neuron_n", layer=layer + 1, i=i + 1), fontsize=SMALL + 1)
    fig.colorbar(image, ax=axes, shrink=0.8, label=tr("basics.activation_value"))
    return fig


@torch.no_grad()
def plot_units_by_layer(model, X, max_units: int = 6, resolution: int = 40, probes=None):
    """One row per hidden layer, one small map per neuron: what each layer responds to.

    ``probes`` (one number per layer, e.g. ``experiments.basics.layer_probe``) are written
    at the start of each row."""
    check_module(model, "model")
    X = check_tensor(X, "X", ndim=2, shape=(None, 2), hint="(N, 2)")
    max_units = check_int(max_units, "max_units", 1, 64)
    points, extent = grid_over(X, resolution)
    layers = model.hidden(points)
    if not layers:
        fail("basics.err_no_hidden")
    cols = min(max_units, max(h.shape[1] for h in layers))
    fig, axes = plt.subplots(len(layers), cols, figsize=(1.5 * cols, 1.5 * len(layers)), squeeze=False)
    for row, values in enumerate(layers):
        for i, ax in enumerate(axes[row]):
            ax.set_xticks([])
            ax.set_yticks([])
            if i >= values.shape[1]:
                ax.axis("off")
                continue
            ax.imshow(values[:, i].reshape(resolution, resolution).numpy(), origin="lower", extent=extent,
                      cmap="viridis", aspect="auto")
        label = tr("basics.layer_row", layer=row + 1)
        if probes is not None:
            label += "\n" + tr("basics.probe_short", acc=probes[row])
        axes[row][0].set_ylabel(label, fontsize=SMALL)
    return fig
