"""Pictures of gated cells: the LSTM and GRU diagrams (lecture figures 13.3 and 13.4), gate heatmaps,
and the forget gate of an LSTM that reads digits row by row.

The diagrams follow torch's equations (see ``models/gated.py``): yellow boxes are layers
with weights (σ or tanh of a matrix product), circles are element-wise operations,
the top line is the memory that flows from step to step.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import torch
from matplotlib.axes import Axes
from matplotlib.patches import Circle, FancyBboxPatch

from ..i18n import tr
from ..validate import check_choice, check_instance, check_int, check_tensor, fail
from .style import BASE, COLORS, DIVERGING_CMAP, PALETTE, SEQUENTIAL_CMAP, SMALL, apply_style

__all__ = ["GATE_COLORS", "GATE_PANELS", "draw_gru_cell", "draw_lstm_cell", "plot_gate_heatmaps", "plot_row_forget"]

GATE_COLORS = {"f": PALETTE[1], "i": PALETTE[2], "g": PALETTE[4], "o": PALETTE[0],
               "r": PALETTE[3], "z": PALETTE[0], "n": PALETTE[4], "c": PALETTE[7], "h": PALETTE[7]}
# The heatmaps each cell shows, in reading order: the gates (0…1) on the top row, the signed values below.
GATE_PANELS = {"lstm": ("f", "i", "o", "g", "c", "h"), "gru": ("z", "r", "n", "h")}
GATES = "ifozr"      # values in [0, 1]; the others (g, n, c, h) are signed
_LAYER = "#FFF3B0"   # layers with weights
_BODY = "#EEF2F6"    # the cell
_INK = COLORS["ink"]


def _canvas(ax, title_key):
    apply_style()
    if ax is not None:
        check_instance(ax, "ax", Axes)
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 5))
    ax.set_xlim(-0.3, 12.3)
    ax.set_ylim(-1.0, 7.4)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(tr(title_key))
    ax.add_patch(FancyBboxPatch((0.9, 0.7), 10.2, 5.5, boxstyle="round,pad=0.1", fc=_BODY,
                                ec="#777777", lw=1.2))
    return ax


def _line(ax, points, arrow=False, color=_INK):
    xs, ys = zip(*points)
    ax.plot(xs, ys, color=color, lw=1.8, solid_capstyle="round", zorder=1)
    if arrow:
        ax.annotate("", xy=points[-1], xytext=points[-2],
                    arrowprops=dict(arrowstyle="-|>", color=color, lw=1.8), zorder=1)


def _join(ax, *points):
    """A dot where wires meet and the signal splits or merges (a junction)."""
    for x, y in points:
        ax.add_patch(Circle((x, y), 0.09, fc=_INK, ec="none", zorder=2))


def _bridge(ax, x, y, vertical=False):
    """Where one wire crosses another without joining it, the lower wire has a gap and the
    upper one runs through (``vertical``: the upper wire is the vertical one)."""
    d = 0.2
    across = [(x - d, x + d), (y, y)] if vertical else [(x, x), (y - d, y + d)]   # the gap
    along = [(x, x), (y - d, y + d)] if vertical else [(x - d, x + d), (y, y)]    # the upper wire
    ax.plot(*across, color=_BODY, lw=4, solid_capstyle="butt", zorder=1.5)
    ax.plot(*along, color=_INK, lw=1.8, solid_capstyle="butt", zorder=2)


def _layer(ax, x, y, text, gate=None):
    edge = GATE_COLORS[gate] if gate else "#777777"
    ax.add_patch(FancyBboxPatch((x - 0.45, y - 0.3), 0.9, 0.6, boxstyle="round,pad=0.05",
                                fc=_LAYER, ec=edge, lw=2, zorder=3))
    ax.text(x, y, text, ha="center", va="center", fontsize=BASE if len(text) < 5 else SMALL, zorder=4)
    if gate:                                                               # the gate's letter
        ax.text(x - 0.62, y + 0.42, gate, color=edge, fontsize=12, fontweight="bold", zorder=5)


def _node(ax, x, y, text):
    ax.add_patch(Circle((x, y), 0.3, fc="white", ec=_INK, lw=1.5, zorder=3))
    ax.text(x, y, text, ha="center", va="center", fontsize=12 if len(text) < 2 else SMALL, zorder=4)


def _legend(ax, gates):
    """One coloured line under the cell that names every gate."""
    step = 12.0 / len(gates)
    for k, gate in enumerate(gates):
        ax.text(step * (k + 0.5), -0.75 if k % 2 else -0.35, tr(f"gated.gate_{gate}"), ha="center",
                va="center", fontsize=SMALL + 1, color=GATE_COLORS[gate])


def draw_lstm_cell(ax=None):
    """The LSTM cell (figure 13.3): c flows along the top, four layers read [h, x] below.

    Dots mark where a wire splits; where hₜ crosses the c line without joining it, c has a gap."""
    ax = _canvas(ax, "gated.lstm_title")
    bus, top = 1.4, 5.4
    _line(ax, [(-0.2, top), (12.2, top)], arrow=True)                      # cell state c
    _line(ax, [(-0.2, bus), (7.0, bus)])                                    # [h_{t-1}, x_t]
    _line(ax, [(1.7, 0.0), (1.7, bus)])
    for x, y, text, gate in [(2.8, 2.9, "σ", "f"), (4.2, 2.9, "σ", "i"),
                             (5.6, 2.9, "tanh", "g"), (7.0, 2.9, "σ", "o")]:
        _line(ax, [(x, bus), (x, y)])
        _layer(ax, x, y, text, gate)
    _line(ax, [(2.8, 2.9), (2.8, top)])                                     # f → × on c
    _line(ax, [(4.2, 2.9), (4.2, 4.2), (5.6, 4.2)])                         # i → ×
    _line(ax, [(5.6, 2.9), (5.6, top)])                                     # g → × → +
    _line(ax, [(8.6, top), (8.6, 2.9), (7.0, 2.9)])                         # tanh(c) and o → ×
    _line(ax, [(8.6, 2.9), (10.2, 2.9), (10.2, bus), (12.2, bus)], arrow=True)
    _line(ax, [(10.2, 2.9), (10.2, 7.2)], arrow=True)                       # h_t also leaves upwards ...
    _bridge(ax, 10.2, top, vertical=True)                                   # ... over c, not into it
    _join(ax, (1.7, bus), (2.8, bus), (4.2, bus), (5.6, bus), (8.6, top), (10.2, 2.9))
    for x, y, text in [(2.8, top, "×"), (5.6, 4.2, "×"), (5.6, top, "+"),
                       (8.6, 4.2, "tanh"), (8.6, 2.9, "×")]:
        _node(ax, x, y, text)
    _legend(ax, ("f", "i", "g", "o"))
    for x, y, text in [(0.0, top + 0.35, "$c_{t-1}$"), (11.4, top + 0.35, "$c_t$"),
                       (0.0, bus + 0.3, "$h_{t-1}$"), (1.2, 0.6, "$x_t$"),
                       (11.4, bus + 0.3, "$h_t$"), (10.4, 6.9, "$h_t$")]:
        ax.text(x, y, text, fontsize=12)
    ax.text(5.2, 6.55, tr("gated.cell_state_line"), ha="center", fontsize=SMALL + 1)
    return ax


def draw_gru_cell(ax=None):
    """The GRU cell (figure 13.4): h flows along the top; r and z decide what to reuse and keep.

    The candidate follows torch: n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn)), so the product
    r ⊙ (W_hn h) enters the tanh layer from the side, before tanh, beside x from below."""
    ax = _canvas(ax, "gated.gru_title")
    bus, top, reuse = 1.4, 5.4, 3.3                                        # reuse: the r ⊙ (W_hn h) row
    _line(ax, [(-0.2, top), (12.2, top)], arrow=True)                      # hidden state h
    _line(ax, [(1.4, top), (1.4, bus), (7.6, bus)])                         # [h_{t-1}, x_t]
    _line(ax, [(2.2, 0.0), (2.2, bus)])
    for x, y, text, gate in [(3.0, 2.9, "σ", "r"), (4.6, 2.9, "σ", "z")]:
        _line(ax, [(x, bus), (x, y)])
        _layer(ax, x, y, text, gate)
    _line(ax, [(4.6, 2.9), (4.6, top)])                                     # z ⊙ h_{t-1}
    _line(ax, [(3.0, 2.9), (3.0, 3.95), (6.2, 3.95), (6.2, reuse)])         # r → ×, over z's wire
    _bridge(ax, 4.6, 3.95)
    _line(ax, [(6.2, bus), (6.2, reuse)])                                   # W_hn h + b_hn → ×
    _layer(ax, 6.2, 2.2, "$W_{hn}h$")
    _line(ax, [(6.2, reuse), (7.05, reuse)], arrow=True)                    # r ⊙ (…) → into tanh
    _line(ax, [(7.6, bus), (7.6, 2.95)], arrow=True)                        # x_t (W_in x) → into tanh
    _line(ax, [(7.6, reuse), (7.6, top)])                                   # n → × (1 − z) → +
    _layer(ax, 7.6, reuse, "tanh", "n")
    _line(ax, [(4.6, 4.6), (7.6, 4.6)])                                     # 1 − z → × n
    _line(ax, [(9.4, top), (9.4, 7.2)], arrow=True)
    _join(ax, (1.4, top), (2.2, bus), (3.0, bus), (4.6, bus), (6.2, bus), (4.6, 4.6), (9.4, top))
    for x, y, text in [(6.2, reuse, "×"), (4.6, top, "×"), (6.2, 4.6, "1−"),
                       (7.6, 4.6, "×"), (7.6, top, "+")]:
        _node(ax, x, y, text)
    _legend(ax, ("r", "z", "n"))
    ax.text(5.0, 6.55, "$n = \\tanh(W_{in}x_t + b_{in} + r\\odot(W_{hn}h_{t-1}+b_{hn}))$",
            ha="center", fontsize=SMALL + 1)
    for x, y, text in [(0.0, top + 0.35, "$h_{t-1}$"), (11.4, top + 0.35, "$h_t$"),
                       (9.6, 6.9, "$h_t$"), (2.4, 0.6, "$x_t$")]:
        ax.text(x, y, text, fontsize=12)
    return ax


def plot_gate_heatmaps(trace: dict[str, torch.Tensor], kind: str, sample: int = 0, fig=None,
                       step: int | None = None, marks=()):
    """Every gate of one sequence over time: one (hidden × time) heatmap per panel.

    ``trace`` comes from ``models.trace_gates``; ``kind`` is "lstm" or "gru"; ``step`` marks
    one time step with a dashed line (None: no line); ``marks`` are steps to point out in
    every panel (e.g. the marked steps of the adding problem), drawn as ▼ above each panel.
    Gates (0…1) share one colour bar, the tanh outputs (candidate, h: −1…1) another, and the
    LSTM's cell state c, which can grow beyond 1, has its own when it does.
    Returns (fig, artists): ``artists[name]`` is the heatmap image and ``artists["lines"]`` the
    vertical step markers, so an explorer can update them without drawing anew.
    """
    kind = check_choice(kind, "kind", GATE_PANELS)
    names = GATE_PANELS[kind]
    if not isinstance(trace, dict) or any(name not in trace for name in names):
        fail("err.type", name="trace", expected="trace_gates(...)", got=type(trace).__name__)
    T, B, H = trace["h"].shape
    sample = check_int(sample, "sample", 0, B - 1)
    if step is not None:
        step = check_int(step, "step", 0, T - 1)
    marks = [check_int(m, "marks", 0, T - 1) for m in marks]
    apply_style()
    if fig is None:
        fig = plt.figure(figsize=(10, 4.4 if kind == "lstm" else 3.8))
    columns = 3 if kind == "lstm" else 2
    axes = fig.subplots(2, columns, sharex=True, sharey=True)
    state_limit = max(1.0, float(trace["c"][:, sample].abs().max())) if "c" in names else 1.0
    artists = {"lines": []}
    panels = {}                                                    # colour-bar group → [(axes, image)]
    for ax, name in zip(axes.flat, names):
        values = trace[name][:, sample, :].T.numpy()                      # (H, T)
        group = "gate" if name in GATES else ("c" if name == "c" and state_limit > 1.0 else "tanh")
        limit = state_limit if group == "c" else 1.0
        artists[name] = ax.imshow(values, aspect="auto", interpolation="nearest",
                                  **({"cmap": SEQUENTIAL_CMAP, "vmin": 0.0, "vmax": 1.0} if group == "gate" else
                                     {"cmap": DIVERGING_CMAP, "vmin": -limit, "vmax": limit}))
        panels.setdefault(group, []).append((name, ax, artists[name]))
        ax.set_title(tr(f"gated.panel_{name}"), color=GATE_COLORS[name], fontsize=SMALL + 1)
        ax.grid(False)
        for mark in marks:                                  # a ▼ above the panel: the data stays uncovered
            ax.plot([mark], [1.0], marker="v", ms=7, color=COLORS["marked"], clip_on=False,
                    transform=ax.get_xaxis_transform())
        line = ax.axvline(step or 0, color="black", lw=1.2, ls="--", alpha=0.8)
        line.set_visible(step is not None)
        artists["lines"].append(line)
    for group, members in panels.items():
        label = tr("gated.bar_gate") if group == "gate" else ", ".join(name for name, _, _ in members)
        fig.colorbar(members[0][2], ax=[ax for _, ax, _ in members], label=label, shrink=0.9)
    for ax in axes[-1]:
        ax.set_xlabel(tr("gated.axis_time"))
    for ax in axes[:, 0]:
        ax.set_ylabel(tr("gated.axis_unit"))
    return fig, artists


def plot_row_forget(forget: torch.Tensor, ink: torch.Tensor, image: torch.Tensor, blank_rows: int, fig=None):
    """An LSTM reading digits row by row: one example digit, and per row the mean forget gate
    ``forget`` (28,) next to the row's mean ``ink`` (28,); the first and the last
    ``blank_rows`` rows are shaded.  Rows run downwards in both panels, as in the image."""
    forget = check_tensor(forget, "forget", ndim=1)
    ink = check_tensor(ink, "ink", ndim=1, shape=(len(forget),))
    image = check_tensor(image, "image", ndim=2, shape=(len(forget), None))
    blank_rows = check_int(blank_rows, "blank_rows", 0, len(forget) // 2)
    apply_style()
    if fig is None:
        fig = plt.figure(figsize=(9, 3.8))
    left, right = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1, 2.4]})
    left.imshow(image.numpy(), cmap="gray_r")
    left.set_axis_off()
    rows = range(len(forget))
    right.plot(forget.numpy(), rows, marker="o", ms=3, color=GATE_COLORS["f"], label=tr("gated.rec_forget"))
    right.plot(ink.numpy(), rows, color=COLORS["baseline"], ls="--", label=tr("gated.rec_ink"))
    for start in (-0.5, len(forget) - blank_rows - 0.5):
        right.axhspan(start, start + blank_rows, color=COLORS["muted"], alpha=0.35, lw=0)
    right.set_ylim(len(forget) - 0.5, -0.5)                        # row 0 at the top, as in the image
    right.set_xlim(0.0, 1.0)
    right.set_ylabel(tr("gated.rec_axis_row"))
    right.legend(loc="lower left", fontsize=SMALL)
    fig.suptitle(tr("gated.rec_gates_title"))
    return fig
