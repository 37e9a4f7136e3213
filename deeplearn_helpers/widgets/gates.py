"""The gate explorer: what a trained LSTM or GRU does, gate by gate, on one adding-problem sequence.

Pick a model and a sequence (a ready one, or type the two marked steps yourself).  The
picture shows the input and the model's running answer on top, every gate over time as
heatmaps in the middle, and at the bottom, for the step the slider chooses, what happened
to the memory: how much of it was kept, how much forgotten, and how much new was written.

All gate values of a sequence are computed once (``trace_gates``) and cached; moving the
slider only moves a few lines and bar heights on a figure that is drawn once per model.
"""
from __future__ import annotations

import ipywidgets as W
import numpy as np
import torch

from ..data.adding import adding_sequence
from ..i18n import tr
from ..models.gated import GRUCellScratch, LSTMCellScratch, trace_gates
from ..models.sequence import SequenceModel
from ..plots.gated import plot_gate_heatmaps
from ..plots.style import COLORS, DPI, SMALL
from ..validate import HelperInputError, check_int, fail
from .base import BlitFrame, Explorer, new_figure

__all__ = ["GateExplorer", "parse_marks"]

TYPED = "typed"


def parse_marks(text: str, length: int) -> tuple[tuple[int, int], tuple[float, float] | None]:
    """Read "10:0.9, 70:0.2" (step:value) or "10, 70" (steps only) into positions and values."""
    if not isinstance(text, str):
        fail("err.type", name="text", expected=tr("type.str"), got=type(text).__name__)
    items = [item.strip() for item in text.replace(";", ",").split(",") if item.strip()]
    try:
        pairs = [item.split(":") for item in items]
        positions = tuple(int(pair[0]) for pair in pairs)
        values = tuple(float(pair[1]) for pair in pairs) if all(len(p) == 2 for p in pairs) else None
    except (ValueError, IndexError):
        fail("gates.err_typed", length=length)
    if len(positions) != 2 or any(len(p) > 2 for p in pairs):
        fail("gates.err_typed", length=length)
    adding_sequence(length, positions, values)                 # range checks, clear errors
    return positions, values


class GateExplorer(Explorer):
    """Heatmaps of every gate of a trained LSTM or GRU over one sequence, and a time slider."""

    def __init__(self, models: dict[str, SequenceModel], length: int, seed: int = 0):
        if not isinstance(models, dict) or not models:
            fail("err.type", name="models", expected="{name: SequenceModel}", got=type(models).__name__)
        self.length = check_int(length, "length", 4, 1000)
        self.cells, self.heads = {}, {}
        for name, model in models.items():
            if not isinstance(model, SequenceModel) or model.config.cell not in ("lstm", "gru") \
                    or model.config.input_size != 2 or model.config.num_layers != 1:
                fail("gates.err_model", name=name)
            scratch = LSTMCellScratch if model.config.cell == "lstm" else GRUCellScratch
            self.cells[name] = scratch.from_torch(model.recurrent).float()
            self.heads[name] = model.head
        T = self.length
        self.presets = {"early": (2, T // 2 + 1), "late": (T // 2 - 3, T - 2),
                        "far": (0, T - 1), "close": (T // 2 - 2, T // 2 + 2)}
        self.seed = check_int(seed, "seed", 0)
        self.traces, self.figures = {}, {}                   # caches: (model, marks) → trace; model → figure
        options = [(tr(f"gates.preset_{key}", a=a, b=b), key) for key, (a, b) in self.presets.items()]
        controls = {
            "model": W.Dropdown(options=list(models), description=tr("gates.model")),
            "sequence": W.Dropdown(options=options + [(tr("gates.preset_typed"), TYPED)],
                                   description=tr("gates.sequence")),
            "typed": W.Text(value=f"{T // 10}:0.9, {(7 * T) // 10}:0.2", continuous_update=False,
                            description=tr("gates.typed"), placeholder="10:0.9, 70:0.2"),
            "step": W.IntSlider(value=T // 10, min=0, max=T - 1, description=tr("gates.step"),
                                continuous_update=True),
        }
        self.demo_values = {"typed": [f"{T // 5}:0.5, {T - 5}:0.7", f"3, {T // 2}", "1,2,3", "x"]}
        controls["typed"].observe(self._use_typed, names="value")   # typing picks "my marks"
        self._showing_marks = False          # True while the box is set to the chosen sequence's marks
        super().__init__(controls, title=tr("gates.title"))

    def _use_typed(self, _change) -> None:
        if not self._showing_marks:
            self.controls["sequence"].value = TYPED

    def _show_marks(self, positions, trace) -> None:
        """Write the chosen ready sequence's marks into the "my markers" box: the box always
        shows the sequence on screen (as step:value), ready to be edited."""
        text = ", ".join(f"{p}:{float(trace['x'][p, 0]):.2f}" for p in positions)
        self._showing_marks = True
        try:
            self.controls["typed"].value = text
        finally:
            self._showing_marks = False

    # --- computing (once per model and sequence) ---
    def _sequence(self, sequence: str, typed: str):
        if sequence == TYPED:
            positions, values = parse_marks(typed, self.length)
        else:
            positions, values = self.presets[sequence], None
        return positions, values

    def _trace(self, model: str, positions, values):
        key = (model, positions, values)
        if key not in self.traces:
            x, y = adding_sequence(self.length, positions, values, seed=self.seed)
            trace = trace_gates(self.cells[model], x)                    # (T, 1, H) each
            with torch.no_grad():
                trace["answer"] = self.heads[model](trace["h"])[:, 0, 0]  # running answer (T,)
            trace["x"], trace["y"] = x[:, 0, :], float(y)
            self.traces[key] = trace
        return self.traces[key]

    # --- drawing: one figure per model, its frame drawn once, the data blitted on top ---
    def _figure(self, model: str, trace):
        if model not in self.figures:
            kind = "lstm" if isinstance(self.cells[model], LSTMCellScratch) else "gru"
            fig = new_figure(figsize=(9, 7.4 if kind == "lstm" else 6.8), dpi=DPI)
            top, middle, bottom = fig.subfigures(3, 1, height_ratios=[1.0, 2.6 if kind == "lstm" else 2.2, 1.3])
            art = {"kind": kind, "fig": fig}
            ax = top.subplots()
            T = self.length
            art["values"] = ax.vlines(range(T), 0, np.zeros(T), lw=3)
            art["answer"], = ax.plot(range(T), np.zeros(T), color=COLORS["model"], lw=2, label=tr("gates.answer"))
            art["target"] = ax.axhline(0, color=COLORS["truth"], ls="--", lw=1.2, label=tr("gates.target"))
            art["top_line"] = ax.axvline(0, color="black", lw=1)
            ax.set_xlim(-0.5, T - 0.5)
            ax.set_ylim(0, 2.05)
            ax.legend(loc="upper left", fontsize=SMALL, ncols=2)
            ax.set_title(tr("gates.input_title"), fontsize=10)
            _, heat = plot_gate_heatmaps(trace, kind, fig=middle, step=0)
            art["images"] = {name: image for name, image in heat.items() if name != "lines"}
            ax = bottom.subplots()
            H = self.cells[model].hidden_size
            colours = [COLORS["model"], COLORS["muted"], COLORS["third"]]
            art["bars"] = [ax.vlines(np.arange(H) + (k - 1) * 0.27, 0, np.zeros(H), lw=4, color=c, label=tr(key))
                           for k, (key, c) in enumerate(zip(["gates.kept", "gates.forgotten", "gates.written"], colours))]
            art["state"], = ax.plot(np.arange(H), np.zeros(H), "k.", ms=6, label=tr("gates.new_state"))
            ax.axhline(0, color="black", lw=0.6)
            biggest = max(float(np.abs(np.stack(self._memory(kind, trace, t))).max()) for t in range(T))
            limit = 1.1 * max(1.0, biggest)
            ax.set_xlim(-0.6, H - 0.4)
            ax.set_ylim(-limit, limit)                   # fixed: the frame is drawn only once
            ax.set_xlabel(tr("gated.axis_unit"))
            ax.legend(loc="upper right", fontsize=SMALL, ncols=4)
            ax.set_title(tr(f"gates.memory_{kind}"), fontsize=10, loc="left")
            art["step_lines"] = [art["top_line"], *heat["lines"]]
            art["dynamic"] = [art["values"], art["answer"], art["target"], art["top_line"],
                              *art["images"].values(), *heat["lines"], *art["bars"], art["state"]]
            art["frame"] = BlitFrame(fig, art["dynamic"])   # the frame is drawn once
            self.figures[model] = art
        return self.figures[model]

    def update(self, model, sequence, typed, step):
        if self._showing_marks:             # the box only caught up with the chosen sequence
            return
        try:
            positions, values = self._sequence(sequence, typed)
        except HelperInputError as error:
            self.text.value = f"<span style='color:{COLORS['wrong']}'>{error}</span>"
            return
        trace = self._trace(model, positions, values)
        art = self._figure(model, trace)
        if sequence != TYPED:
            self._show_marks(positions, trace)
        marks = trace["x"][:, 1].numpy()
        art["values"].set_segments([[(t, 0), (t, v)] for t, v in enumerate(trace["x"][:, 0].tolist())])
        art["values"].set_colors([COLORS["marked"] if m else COLORS["muted"] for m in marks])
        art["answer"].set_ydata(trace["answer"].numpy())
        art["target"].set_ydata([trace["y"], trace["y"]])
        for name, image in art["images"].items():
            image.set_data(trace[name][:, 0, :].T.numpy())                 # (H, T)
        for line in art["step_lines"]:
            line.set_xdata([step, step])
        parts = self._memory(art["kind"], trace, step)    # kept, forgotten, written, state
        for k, (bars, heights) in enumerate(zip(art["bars"], parts[:3])):
            bars.set_segments([[(u + (k - 1) * 0.27, 0), (u + (k - 1) * 0.27, v)]
                               for u, v in enumerate(heights.tolist())])
        art["state"].set_ydata(parts[3])
        self.show_png(art["frame"].png(), width=art["fig"].bbox.width)
        self.text.value = tr("gates.summary", t=step, value=float(trace["x"][step, 0]),
                             mark=int(marks[step]), answer=float(trace["answer"][step]),
                             final=float(trace["answer"][-1]), target=trace["y"])

    @staticmethod
    def _memory(kind, trace, t):
        """(kept, forgotten, written, new state) at step t, each (H,) as NumPy."""
        if kind == "lstm":
            keep, old, new = trace["f"][t, 0], trace["c_prev"][t, 0], trace["i"][t, 0] * trace["g"][t, 0]
            state = trace["c"][t, 0]
        else:
            keep, old, new = trace["z"][t, 0], trace["h_prev"][t, 0], (1 - trace["z"][t, 0]) * trace["n"][t, 0]
            state = trace["h"][t, 0]
        return [v.numpy() for v in (keep * old, (1 - keep) * old, new, state)]
