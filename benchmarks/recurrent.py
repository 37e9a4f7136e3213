"""Notebook 03's claims over seeds 0..4, and the speed of the gradient explorer's two engines."""
from __future__ import annotations

import time

import torch

from deeplearn_helpers.data import recall_batch
from deeplearn_helpers.experiments.recurrent import train_next_value, train_recall
from deeplearn_helpers.models import bptt, unroll
from deeplearn_helpers.widgets import GradientLab, clipped_step_losses, gradient_flow

# The bars of notebook 03's self-checks (the notebook defines the same numbers).
MIN_VANISH, MIN_EXPLODE, MIN_GAP, MAX_SLOPE, MAX_SATURATED = 1000, 100, 10_000, 0.8, 0.01
MIN_RATIO, MIN_IRNN_FAR, MIN_LSTM_FACTOR, MAX_SHARE = 2, 0.6, 1000, 1e-3


def _lstm_at_init(seed: int) -> tuple[float, float, float]:
    """Shares of the gradient reaching step 1 (RNN, LSTM with forget bias +1) and the mean f_t."""
    torch.manual_seed(seed)
    x, _ = recall_batch(32, 50, 49, generator=torch.Generator().manual_seed(seed))
    rnn, lstm = torch.nn.RNNCell(4, 32), torch.nn.LSTMCell(4, 32)
    with torch.no_grad():
        lstm.bias_hh[32:64] += 1.0
        h_seq, _ = unroll(lstm, x)                                        # (T, B, H)
        h_prev = torch.cat([torch.zeros_like(h_seq[:1]), h_seq[:-1]])
        gates = x @ lstm.weight_ih.T + lstm.bias_ih + h_prev @ lstm.weight_hh.T + lstm.bias_hh
    shares = [bptt(cell, x).norms for cell in (rnn, lstm)]
    return (*((n[0] / n[-1]).item() for n in shares), torch.sigmoid(gates[..., 32:64]).mean().item())


def _gradient_rows() -> list[str]:
    rows = ["### Gradient flow, T = 50 (‖∂L/∂h₁‖ / ‖∂L/∂h₅₀‖)", "",
            f"Bars: ρ = 0.5 ≤ {1 / MIN_VANISH:.0e}; ρ = 1.5 ≥ {MIN_EXPLODE} and ≤ ρ⁴⁹ / {MIN_GAP:.0e} "
            f"= {1.5 ** 49 / MIN_GAP:.2e}, mean tanh′ ≤ {MAX_SLOPE}; ρ = 1.2 with inputs of size 1.0, "
            f"T = 200: < {MAX_SATURATED}; LSTM share ≥ {MIN_LSTM_FACTOR} × RNN share and ≤ {MAX_SHARE:.0e}, "
            f"f̄⁴⁹ ≤ {MAX_SHARE:.0e}.", "",
            "| seed | ρ = 0.5 | ρ = 1.0 | ρ = 1.5 | mean tanh′ at ρ = 1.5 | ρ = 1.2, inputs 1.0, T = 200 "
            "| RNN at init (recall inputs) | LSTM at init, forget bias +1 | mean f_t |",
            "|---|---|---|---|---|---|---|---|---|"]
    for seed in range(5):
        ratios = []
        for rho in (0.5, 1.0, 1.5):
            norms = gradient_flow(rho, 50, seed=seed).norms
            ratios.append(f"{(norms[0] / norms[-1]).item():.2e}")
        ratios.append(f"{GradientLab(seed=seed).tanh_slopes(1.5, 50).mean().item():.3f}")
        saturated = gradient_flow(1.2, 200, input_scale=1.0, seed=seed).norms
        ratios.append(f"{(saturated[0] / saturated[-1]).item():.2e}")
        rnn_share, lstm_share, f_mean = _lstm_at_init(seed)
        ratios += [f"{rnn_share:.2e}", f"{lstm_share:.2e}", f"{f_mean:.3f}"]
        rows.append(f"| {seed} | " + " | ".join(ratios) + " |")
    return rows


def _clip_rows() -> list[str]:
    rows = ["", "### One SGD step (η = 0.1) at ρ = 1.5, T = 100: loss before and after, raw and clipped at 1",
            "", f"Bar: the raw step raises the loss, by at least {MIN_RATIO} × the clipped step's change.", "",
            "| seed | gradient norm | loss before | after raw step | after clipped step | ratio |",
            "|---|---|---|---|---|---|"]
    for seed in range(5):
        before, raw, norm = clipped_step_losses(1.5, None, lr=0.1, length=100, seed=seed)
        _, clipped, _ = clipped_step_losses(1.5, 1.0, lr=0.1, length=100, seed=seed)
        ratio = (raw - before) / max(abs(clipped - before), 1e-12)
        rows.append(f"| {seed} | {norm:.1f} | {before:.3f} | {raw:.3f} | {clipped:.3f} | {ratio:.1f} |")
    return rows


def _recall_rows() -> list[str]:
    rows = ["", "### Recall task, T = 50, 4 symbols (hidden 32, 200 Adam steps, clip 1): this recipe and budget",
            "", "Bars: tanh RNN delay 2 ≥ 0.95, delay 5 ≥ 0.9, delay 20 ≤ 0.35, delay 49 ≤ 0.35 (chance 0.25); "
            f"IRNN (W_hh = I, ReLU) delay 49 ≥ {MIN_IRNN_FAR} and delay 5 below the tanh RNN's.", "",
            "| seed | delay 2 | delay 5 | delay 10 | delay 20 | delay 49 | IRNN delay 5 | IRNN delay 49 "
            "| seconds for all seven |", "|---|---|---|---|---|---|---|---|---|"]
    for seed in range(5):
        start = time.perf_counter()
        accuracies = [train_recall("rnn", length=50, delay=delay, seed=seed).accuracy
                      for delay in (2, 5, 10, 20, 49)]
        accuracies += [train_recall("irnn", length=50, delay=delay, seed=seed).accuracy for delay in (5, 49)]
        rows.append(f"| {seed} | " + " | ".join(f"{a:.3f}" for a in accuracies)
                    + f" | {time.perf_counter() - start:.1f} |")
    return rows


def _sine_rows() -> list[str]:
    rows = ["", "### Sine wave, next value at every step (many-to-many RNN, 150 steps)", "",
            "Bar: the RNN's test MSE at least 5 × below the naive forecast 'next = current'.", "",
            "| seed | RNN MSE | naive MSE | seconds |", "|---|---|---|---|"]
    for seed in range(5):
        start = time.perf_counter()
        run = train_next_value(seed=seed)
        mse, naive = run.mse, run.baseline
        rows.append(f"| {seed} | {mse:.4f} | {naive:.4f} | {time.perf_counter() - start:.1f} |")
    return rows


def _engine_rows() -> list[str]:
    lab = GradientLab()
    rows = ["", "### Explorer engine: one forward + backward pass, T = 200 (median of 20, ms)", "",
            "| autograd (`bptt`) | NumPy recursion (`run_fast`, used by the explorer) |", "|---|---|"]
    timings = []
    for run in (lab.run, lab.run_fast):
        seconds = []
        for _ in range(20):
            start = time.perf_counter()
            run(1.5, 200, 0.1)
            seconds.append(time.perf_counter() - start)
        timings.append(sorted(seconds)[10] * 1000)
    rows.append(f"| {timings[0]:.1f} | {timings[1]:.1f} |")
    return rows


def run(only=None) -> str:
    threads = torch.get_num_threads()
    torch.set_num_threads(1)                 # as notebook 03 does: tiny matrices
    try:
        rows = ["## Notebook 03: recurrent networks", ""]
        rows += _gradient_rows() + _clip_rows() + _recall_rows() + _sine_rows() + _engine_rows()
    finally:
        torch.set_num_threads(threads)
    return "\n".join(rows) + "\n"
