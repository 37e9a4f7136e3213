"""The vanishing / exploding gradient explorer of notebook 03.

A plain RNN cell whose recurrent weight is W_hh = ρ·Q (Q orthogonal, so ρ is its
spectral radius and stretches every direction alike).  Sliders set ρ, the sequence
length T and the size of the inputs; the picture shows ‖∂L/∂hₜ‖ for every step t when
the loss reads only the last state.  With clipping on, the whole gradient is rescaled to
length at most 1 (Pascanu et al., 2013): its shape over time stays, its size is tamed.
"""
from __future__ import annotations

import ipywidgets as W
import matplotlib
import numpy as np
import torch
from matplotlib.ticker import FuncFormatter, MaxNLocator
from torch import nn

from ..i18n import tr
from ..models.recurrent import BPTTResult, bptt, scaled_orthogonal, unroll
from ..plots.style import COLORS, DPI, SMALL
from ..validate import check_choice, check_float, check_int
from .base import Explorer, new_figure

__all__ = ["GradientFlowExplorer", "GradientLab", "clipped_step_losses", "gradient_flow"]

MAX_LENGTH = 200
SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")   # 10⁻⁶: plain text, no mathtext


def _no_layout():
    """Our axes sit at fixed places: no layout engine, and savefig must not add one back."""
    return matplotlib.rc_context({"figure.constrained_layout.use": False})


def power_label(value: float, _position=None) -> str:
    """"10ᵏ" for a whole k (the axis holds log₁₀ of the norm); no label between powers."""
    k = round(value)
    return "10" + str(k).translate(SUPERSCRIPT) if abs(value - k) < 1e-9 else ""


def whole_powers(low: float, high: float) -> tuple[float, float]:
    """Axis limits (in log₁₀ units) widened to whole powers, at least two of them in view:
    an integer tick locator then never falls back to fractional ticks."""
    low, high = np.floor(low), np.ceil(high)
    return (low, high) if high - low >= 2 else (low - 1, high + 1)


class GradientLab:
    """A tanh RNN cell (float64, so tiny numbers do not underflow) and fixed inputs.

    ``run(radius, length, input_scale)`` sets W_hh = radius·Q and backpropagates the loss
    L = Σ h_T through time.  Everything that does not depend on those three knobs is made
    once, so the explorer only pays for one forward and one backward pass.
    """

    def __init__(self, hidden_size: int = 32, input_size: int = 4, batch_size: int = 8,
                 max_length: int = MAX_LENGTH, seed: int = 0):
        check_int(hidden_size, "hidden_size", 1, 256)
        check_int(input_size, "input_size", 1, 64)
        check_int(batch_size, "batch_size", 1, 256)
        self.max_length = check_int(max_length, "max_length", 2, 10_000)
        with torch.random.fork_rng():                    # leave the notebook's own seed alone
            torch.manual_seed(check_int(seed, "seed", 0))
            self.cell = nn.RNNCell(input_size, hidden_size).double()
        with torch.no_grad():
            self.cell.bias_ih.zero_()
            self.cell.bias_hh.zero_()
        self.q = scaled_orthogonal(hidden_size, 1.0, seed, torch.float64)   # (H, H), orthogonal
        generator = torch.Generator().manual_seed(seed)
        self.noise = torch.randn(self.max_length, batch_size, input_size, generator=generator,
                                 dtype=torch.float64)                    # (T_max, B, I)

    def run(self, radius: float, length: int = 50, input_scale: float = 0.1) -> BPTTResult:
        radius = check_float(radius, "radius", 0.0, 100.0)
        length = check_int(length, "length", 2, self.max_length)
        input_scale = check_float(input_scale, "input_scale", 0.0, 100.0)
        with torch.no_grad():
            self.cell.weight_hh.copy_(radius * self.q)
        return bptt(self.cell, input_scale * self.noise[:length])         # x: (T, B, I)

    def tanh_slopes(self, radius: float, length: int = 50, input_scale: float = 0.1) -> torch.Tensor:
        """tanh′ = 1 − hₜ² of every unit at every step, (T, B, H), for the same run as ``run``.

        Backward, each step multiplies by W_hhᵀ·diag(tanh′): where units saturate (|h| → 1)
        their tanh′ is small and the step shrinks the gradient whatever ρ is.
        """
        radius = check_float(radius, "radius", 0.0, 100.0)
        length = check_int(length, "length", 2, self.max_length)
        input_scale = check_float(input_scale, "input_scale", 0.0, 100.0)
        with torch.no_grad():
            self.cell.weight_hh.copy_(radius * self.q)
            hs, _ = unroll(self.cell, input_scale * self.noise[:length])   # (T, B, H)
        return 1.0 - hs ** 2

    def run_fast(self, radius: float, length: int = 50, input_scale: float = 0.1) -> BPTTResult:
        """The same numbers as ``run``, by the BPTT recursion written out in NumPy (faster).

        Forward: hₜ = tanh(xₜ·W_ihᵀ + hₜ₋₁·W_hhᵀ) (biases are zero here).  Backward, with
        gₜ = ∂L/∂hₜ and aₜ = gₜ ⊙ (1 − hₜ²) = ∂L/∂(pre-activation):  gₜ₋₁ = aₜ·W_hh.
        """
        radius = check_float(radius, "radius", 0.0, 100.0)
        length = check_int(length, "length", 2, self.max_length)
        input_scale = check_float(input_scale, "input_scale", 0.0, 100.0)
        w_hh = radius * self.q.numpy()                                     # (H, H)
        w_ih = self.cell.weight_ih.detach().numpy()                        # (H, I)
        x = input_scale * self.noise[:length].numpy()                      # (T, B, I)
        T, B, _ = x.shape
        h = np.zeros((T + 1, B, w_hh.shape[0]))                            # h[0] = h₀ = 0
        for t in range(T):
            h[t + 1] = np.tanh(x[t] @ w_ih.T + h[t] @ w_hh.T)
        grads = np.empty_like(h[1:])                                       # (T, B, H)
        g = np.ones_like(h[T])                                             # ∂(Σ h_T)/∂h_T
        d_hh, d_ih, d_b = np.zeros_like(w_hh), np.zeros_like(w_ih), np.zeros(w_hh.shape[0])
        for t in range(T, 0, -1):
            grads[t - 1] = g
            a = g * (1.0 - h[t] ** 2)                                      # (B, H)
            d_hh += a.T @ h[t - 1]
            d_ih += a.T @ x[t - 1]
            d_b += a.sum(axis=0)
            g = a @ w_hh                                                   # ∂L/∂h_{t-1}
        # bias_ih and bias_hh each receive d_b
        param_norm = float(np.sqrt((d_hh ** 2).sum() + (d_ih ** 2).sum() + 2 * (d_b ** 2).sum()))
        hidden = torch.from_numpy(grads)
        return BPTTResult(hidden, hidden.norm(dim=-1).mean(dim=1), param_norm, float(h[T].sum()))


def gradient_flow(radius: float, length: int = 50, input_scale: float = 0.1,
                  seed: int = 0) -> BPTTResult:
    """‖∂L/∂hₜ‖ (in ``.norms``) of a fresh tanh RNN with W_hh = radius·Q; see ``GradientLab``."""
    lab = GradientLab(max_length=max(check_int(length, "length", 2, 10_000), MAX_LENGTH), seed=seed)
    return lab.run(radius, length, input_scale)


def clipped_step_losses(radius: float, clip_norm: float | None, lr: float = 0.1, length: int = 100,
                        seed: int = 0) -> tuple[float, float, float]:
    """One SGD step on a tanh RNN with W_hh = radius·Q: (loss before, loss after, gradient norm).

    The loss is the mean squared distance of h_T from a random target (batch 8, 32 units,
    inputs of size 0.1).  ``clip_norm=None`` takes the raw step, otherwise the whole
    gradient is first clipped to norm ``clip_norm``.  Nothing outside is reseeded.
    """
    radius = check_float(radius, "radius", 0.0, 100.0)
    lr = check_float(lr, "lr", 0.0, 100.0)
    length = check_int(length, "length", 2, 10_000)
    if clip_norm is not None:
        clip_norm = check_float(clip_norm, "clip_norm", 1e-12, 1e12)
    with torch.random.fork_rng():
        torch.manual_seed(check_int(seed, "seed", 0))
        cell = nn.RNNCell(4, 32).double()
    with torch.no_grad():
        cell.weight_hh.copy_(scaled_orthogonal(32, radius, seed, torch.float64))
    generator = torch.Generator().manual_seed(seed)
    x = 0.1 * torch.randn(length, 8, 4, generator=generator, dtype=torch.float64)   # (T, B, I)
    target = 0.5 * torch.randn(8, 32, generator=generator, dtype=torch.float64)    # (B, H)

    def loss_now() -> torch.Tensor:
        return (unroll(cell, x)[0][-1] - target).pow(2).mean()

    before = loss_now()
    before.backward()
    norm = nn.utils.clip_grad_norm_(cell.parameters(),
                                    float("inf") if clip_norm is None else clip_norm)
    torch.optim.SGD(cell.parameters(), lr=lr).step()
    with torch.no_grad():
        after = loss_now()
    return before.item(), after.item(), float(norm)


class GradientFlowExplorer(Explorer):
    """Sliders: spectral radius ρ of W_hh, length T, input size; a clipping toggle."""

    def __init__(self, hidden_size: int = 32, input_size: int = 4, seed: int = 0,
                 clip_norm: float = 1.0):
        self.hidden_size = check_int(hidden_size, "hidden_size", 1, 256)
        self.input_size = check_int(input_size, "input_size", 1, 64)
        self.clip_norm = check_float(clip_norm, "clip_norm", 1e-6, 1e6)
        self.lab = GradientLab(self.hidden_size, self.input_size, seed=seed)
        style = {"description_width": "190px"}
        wide = W.Layout(width="460px")
        controls = {
            "radius": W.FloatSlider(value=1.0, min=0.3, max=2.0, step=0.05, style=style,
                                    description=tr("rnn.w_radius"), continuous_update=False,
                                    layout=wide),
            "length": W.IntSlider(value=50, min=10, max=MAX_LENGTH, step=10, style=style,
                                  description=tr("rnn.w_length"), continuous_update=False,
                                  layout=wide),
            "input_scale": W.FloatSlider(value=0.1, min=0.05, max=1.0, step=0.05, style=style,
                                         description=tr("rnn.w_input_scale"),
                                         continuous_update=False, layout=wide),
            "clip": W.Checkbox(value=False, description=tr("rnn.w_clip")),
        }
        with _no_layout():                                  # fixed axes: no layout pass per redraw
            self.fig = new_figure(figsize=(7.2, 3.0), dpi=DPI)
        self._build_axes()
        super().__init__(controls, title=tr("rnn.w_title"))

    def _build_axes(self):
        """Axes and artists made once; ``update`` only moves their data (fast redraws).

        Both panels plot log₁₀ of the norms on a linear axis, labelled 10ᵏ: the same
        picture as a log scale, without its costly minor ticks.  Ticks sit on whole powers
        only (``update`` keeps at least two in view), and a tick between powers gets no label,
        so no label is ever repeated.
        """
        self.ax_flow = self.fig.add_axes([0.1, 0.17, 0.56, 0.7])
        self.ax_bar = self.fig.add_axes([0.8, 0.17, 0.18, 0.7])
        for ax in (self.ax_flow, self.ax_bar):
            ax.yaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
            ax.yaxis.set_major_formatter(FuncFormatter(power_label))
        (self.raw_line,) = self.ax_flow.plot([], [], color=COLORS["model"], lw=2, label=tr("rnn.w_raw"))
        (self.clip_line,) = self.ax_flow.plot([], [], color=COLORS["second"], lw=2, ls="--",
                                              label=tr("rnn.w_clipped"))
        self.ax_flow.set_xlabel(tr("rnn.axis_step"))
        self.ax_flow.set_ylabel(tr("rnn.axis_grad_norm"))
        self.bars = self.ax_bar.bar([0, 1], [0, 0], color=[COLORS["model"], COLORS["second"]])
        self.ax_bar.axhline(np.log10(self.clip_norm), color="black", lw=1, ls=":")
        self.ax_bar.set_xticks([0, 1], [tr("rnn.w_before"), tr("rnn.w_after")], fontsize=SMALL)
        self.ax_bar.set_title("‖∂L/∂θ‖", fontsize=10)

    def compute(self, radius: float, length: int, input_scale: float, clip: bool):
        """The gradient curve, and the factor that clipping applies to the whole gradient."""
        check_choice(clip, "clip", [True, False])
        result = self.lab.run_fast(radius, length, input_scale)
        factor = min(1.0, self.clip_norm / result.param_grad_norm) if clip else 1.0
        return result, factor

    def update(self, radius, length, input_scale, clip):
        result, factor = self.compute(radius, length, input_scale, clip)
        norms = result.norms.numpy()
        steps = np.arange(1, length + 1)
        raw = np.log10(np.maximum(norms, 1e-300))                          # (T,)
        clipped = raw + np.log10(factor)
        self.raw_line.set_data(steps, raw)
        self.clip_line.set_data(steps, clipped)
        self.clip_line.set_visible(bool(clip))
        low, high = min(raw.min(), clipped.min()), max(raw.max(), clipped.max())
        pad = max(0.5, 0.08 * (high - low))
        self.ax_flow.set_xlim(0, length + 1)
        self.ax_flow.set_ylim(*whole_powers(low - pad, high + pad))
        self.ax_flow.set_title(tr("rnn.w_curve_title", radius=radius, length=length), fontsize=10)
        tops = np.log10([result.param_grad_norm, result.param_grad_norm * factor])
        base = np.floor(min(0.0, tops.min())) - 1                          # bars grow from here
        for bar, top in zip(self.bars, tops):
            bar.set_y(base)
            bar.set_height(top - base)
        self.bars[1].set_alpha(1.0 if clip else 0.3)                        # faint: nothing clipped
        self.ax_bar.set_ylim(*whole_powers(base, max(0.0, tops.max()) + 0.5))
        with _no_layout():      # savefig would otherwise switch the rc's constrained layout back on
            self.show(self.fig)
        legend = (f"<span style='color:{COLORS['model']}'>━ {tr('rnn.w_raw')}</span> &nbsp; "
                  f"<span style='color:{COLORS['second']}'>╌ {tr('rnn.w_clipped')}</span><br>")
        self.text.value = legend + tr("rnn.w_summary", ratio=f"{norms[0] / norms[-1]:.2e}", length=length,
                             norm=f"{result.param_grad_norm:.3g}",
                             clipped=f"{result.param_grad_norm * factor:.3g}")
