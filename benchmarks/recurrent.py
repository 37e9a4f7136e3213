"""Notebook 03's claims over seeds 0..4, and the speed of the gradient explorer's two engines."""
from __future__ import annotations

import time

import torch

from deeplearn_helpers.data import recall_batch, train_next_value, train_recall
from deeplearn_helpers.models import bptt
from deeplearn_helpers.widgets import GradientLab, gradient_flow


def _gradient_rows() -> list[str]:
    rows = ["### Gradient flow, T = 50 (‖∂L/∂h₁‖ / ‖∂L/∂h₅₀‖; bars: ρ = 0.5 ≤ 1e-3, ρ = 1.5 > 1, "
            "LSTM share ≥ 1000 × RNN share)", "",
            "| seed | ρ = 0.5 | ρ = 1.0 | ρ = 1.5 | RNN at init (recall inputs) | LSTM at init, forget bias +1 |",
            "|---|---|---|---|---|---|"]
    for seed in range(5):
        ratios = []
        for rho in (0.5, 1.0, 1.5):
            norms = gradient_flow(rho, 50, seed=seed).norms
            ratios.append(f"{(norms[0] / norms[-1]).item():.2e}")
        torch.manual_seed(seed)
        x, _ = recall_batch(32, 50, 49, generator=torch.Generator().manual_seed(seed))
        rnn, lstm = torch.nn.RNNCell(4, 32), torch.nn.LSTMCell(4, 32)
        with torch.no_grad():
            lstm.bias_hh[32:64] += 1.0
        shares = [bptt(cell, x).norms for cell in (rnn, lstm)]
        ratios += [f"{(n[0] / n[-1]).item():.2e}" for n in shares]
        rows.append(f"| {seed} | " + " | ".join(ratios) + " |")
    return rows


def _recall_rows() -> list[str]:
    rows = ["", "### Recall task, T = 50, 4 symbols, plain RNN (hidden 32, 200 Adam steps, clip 1)", "",
            "Bars: delay 2 ≥ 0.95, delay 5 ≥ 0.9, delay 20 ≤ 0.35, delay 49 ≤ 0.35 (chance 0.25).", "",
            "| seed | delay 2 | delay 5 | delay 10 | delay 20 | delay 49 | seconds for all five |",
            "|---|---|---|---|---|---|---|"]
    for seed in range(5):
        start = time.perf_counter()
        accuracies = [train_recall("rnn", length=50, delay=delay, seed=seed)[2]
                      for delay in (2, 5, 10, 20, 49)]
        rows.append(f"| {seed} | " + " | ".join(f"{a:.3f}" for a in accuracies)
                    + f" | {time.perf_counter() - start:.1f} |")
    return rows


def _sine_rows() -> list[str]:
    rows = ["", "### Sine wave, next value at every step (many-to-many RNN, 150 steps)", "",
            "Bar: the RNN's test MSE at least 5 × below the naive forecast 'next = current'.", "",
            "| seed | RNN MSE | naive MSE | seconds |", "|---|---|---|---|"]
    for seed in range(5):
        start = time.perf_counter()
        _, _, mse, naive = train_next_value(seed=seed)
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
        rows += _gradient_rows() + _recall_rows() + _sine_rows() + _engine_rows()
    finally:
        torch.set_num_threads(threads)
    return "\n".join(rows) + "\n"
