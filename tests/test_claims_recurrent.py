"""Notebook 03's new and changed self-checks: they hold for other seeds, and each one fails
on a deliberately broken input (the science it states no longer holds).

Every helper below runs the notebook's experiment and evaluates the notebook's condition,
with the notebook's thresholds, through ``checks.claim``.
"""
import math

import pytest
import torch

from deeplearn_helpers import checks, seed_everything
from deeplearn_helpers.checks import ClaimFailed
from deeplearn_helpers.core import torch_threads
from deeplearn_helpers.data import recall_batch
from deeplearn_helpers.experiments.recurrent import train_next_value, train_recall
from deeplearn_helpers.models import RNNCellScratch, bptt, identity_relu_rnn, unroll
from deeplearn_helpers.widgets import GradientLab, clipped_step_losses, gradient_flow

LENGTH = 50
MIN_ORDER_DIFF = 0.05
SINE_FACTOR = 5
MIN_VANISH, MIN_EXPLODE, MIN_GAP, MAX_SLOPE = 1000, 100, 10_000, 0.8
SATURATED_LENGTH, MAX_SATURATED = 200, 0.01
CLIP_RADIUS, CLIP_LENGTH, LR, CLIP, MIN_RATIO = 1.5, 100, 0.1, 1.0, 2
RECALL_STEPS, CHANCE = 200, 0.25
MIN_SHORT, MAX_LONG, MIN_LOSS = 0.95, 0.35, 1.3
MIN_NEAR, MAX_FAR = 0.9, 0.35
MIN_IRNN_FAR = 0.6
MIN_LSTM_FACTOR, MAX_SHARE = 1000, 1e-3


@pytest.fixture(autouse=True, scope="module")
def one_thread():
    with torch_threads(1):
        yield


# --- section 1: order ------------------------------------------------------------------

def claim_order(seed: int, memory: bool = True) -> None:
    seed_everything(seed)
    cell = RNNCellScratch(input_size=1, hidden_size=8)
    if not memory:                                   # broken: h_t forgets h_{t-1}
        with torch.no_grad():
            cell.weight_hh.zero_()
    first = torch.tensor([1.0, 2.0, 3.0]).reshape(3, 1, 1)
    second = first[[1, 0, 2]]
    rnn_diff = (unroll(cell, first)[1] - unroll(cell, second)[1]).abs().max().item()
    checks.claim(rnn_diff >= MIN_ORDER_DIFF, "rnn.claim_order", first="[1, 2, 3]",
                 second="[2, 1, 3]", rnn_diff=f"{rnn_diff:.3f}", min_diff=MIN_ORDER_DIFF)


@pytest.mark.parametrize("seed", [0, 1])  # seeds 0..4: make bench
def test_order_claim_holds(seed):
    claim_order(seed)


def test_order_claim_fails_for_a_cell_without_memory():
    """Same sum and same last value: a cell that reads only x_t cannot tell them apart."""
    with pytest.raises(ClaimFailed):
        claim_order(0, memory=False)


# --- section 2: sine forecast ----------------------------------------------------------

def test_sine_claim_fails_for_an_untrained_network():
    run = train_next_value(steps=1, seed=0)
    mse, naive = run.mse, run.baseline
    with pytest.raises(ClaimFailed):
        checks.claim(mse * SINE_FACTOR <= naive, "rnn.claim_sine", rnn=f"{mse:.4f}",
                     naive=f"{naive:.4f}", factor=SINE_FACTOR)


# --- section 5: vanishing, exploding, saturation ----------------------------------------

def claim_vanish(radius: float, seed: int = 0) -> None:
    norms = gradient_flow(radius, LENGTH, seed=seed).norms
    factor = (norms[-1] / norms[0]).item()
    checks.claim(factor >= MIN_VANISH, "rnn.claim_vanish", radius=radius, length=LENGTH,
                 factor=f"{factor:.1e}", min_factor=MIN_VANISH)


def claim_explode(radius: float, seed: int = 0, input_scale: float = 0.1) -> None:
    norms = gradient_flow(radius, LENGTH, input_scale=input_scale, seed=seed).norms
    factor = (norms[0] / norms[-1]).item()
    predicted = radius ** (LENGTH - 1)
    slope = GradientLab(seed=seed).tanh_slopes(radius, LENGTH, input_scale).mean().item()
    checks.claim(factor >= MIN_EXPLODE and factor * MIN_GAP <= predicted and slope <= MAX_SLOPE,
                 "rnn.claim_explode", radius=radius, length=LENGTH, factor=f"{factor:.3g}",
                 min_factor=MIN_EXPLODE, predicted=f"{predicted:.2e}", gap=f"{MIN_GAP:.0e}",
                 slope=f"{slope:.2f}", max_slope=MAX_SLOPE,
                 per_step=f"{factor ** (1 / (LENGTH - 1)):.2f}")


def claim_saturation(input_scale: float, seed: int = 0) -> None:
    norms = gradient_flow(1.2, SATURATED_LENGTH, input_scale=input_scale, seed=seed).norms
    factor = (norms[0] / norms[-1]).item()
    checks.claim(factor < MAX_SATURATED, "rnn.claim_saturation", radius=1.2, scale=input_scale,
                 length=SATURATED_LENGTH, factor=f"{factor:.1e}", max_factor=MAX_SATURATED)


@pytest.mark.parametrize("seed", [0, 1])  # seeds 0..4: make bench
def test_gradient_claims_hold(seed):
    claim_vanish(0.5, seed)
    claim_explode(1.5, seed)
    claim_saturation(1.0, seed)


def test_vanish_claim_fails_at_radius_one():
    with pytest.raises(ClaimFailed):
        claim_vanish(1.0)


def test_explode_claim_fails_when_nothing_explodes():
    with pytest.raises(ClaimFailed):
        claim_explode(1.0)


def test_explode_claim_fails_without_saturation():
    """Zero inputs and zero biases keep h = 0: tanh′ = 1 and the growth is exactly ρ^(T−1)."""
    norms = gradient_flow(1.5, LENGTH, input_scale=0.0).norms
    assert math.isclose((norms[0] / norms[-1]).item(), 1.5 ** (LENGTH - 1), rel_tol=1e-9)
    with pytest.raises(ClaimFailed):
        claim_explode(1.5, input_scale=0.0)


def test_saturation_claim_fails_for_small_inputs():
    with pytest.raises(ClaimFailed):
        claim_saturation(0.1)


def test_tanh_slopes_match_the_hidden_states():
    lab = GradientLab(hidden_size=8, input_size=3, batch_size=4, max_length=30, seed=2)
    slopes = lab.tanh_slopes(1.3, 30, 0.5)
    assert slopes.shape == (30, 4, 8) and slopes.min() >= 0 and slopes.max() <= 1
    assert torch.all(lab.tanh_slopes(1.3, 30, 0.0) == 1)           # h stays 0: no saturation


# --- section 6: clipping -----------------------------------------------------------------

def claim_clip(radius: float, seed: int = 0) -> None:
    before, raw, norm = clipped_step_losses(radius, None, lr=LR, length=CLIP_LENGTH, seed=seed)
    _, clipped, _ = clipped_step_losses(radius, CLIP, lr=LR, length=CLIP_LENGTH, seed=seed)
    rise, change = raw - before, abs(clipped - before)
    checks.claim(rise > 0 and rise >= MIN_RATIO * change, "rnn.claim_clip", radius=radius,
                 length=CLIP_LENGTH, norm=f"{norm:.1f}", before=f"{before:.3f}", lr=LR,
                 raw=f"{raw:.3f}", clip=CLIP, clipped=f"{clipped:.3f}", min_ratio=MIN_RATIO,
                 ratio=f"{rise / max(change, 1e-12):.1f}")


@pytest.mark.parametrize("seed", [0, 1])  # seeds 0..4: make bench
def test_clip_claim_holds(seed):
    claim_clip(CLIP_RADIUS, seed)


def test_clip_claim_fails_when_the_gradient_does_not_explode():
    """ρ = 0.9: the raw step is already short, clipping changes nothing and the loss falls."""
    with pytest.raises(ClaimFailed):
        claim_clip(0.9)


def test_clipped_step_leaves_the_global_generator_alone():
    torch.manual_seed(123)
    expected = torch.rand(3)
    torch.manual_seed(123)
    clipped_step_losses(1.5, 1.0, length=10)
    assert torch.equal(torch.rand(3), expected)


# --- section 7: recall, with this recipe and budget --------------------------------------

def test_memory_and_horizon_claims_fail_for_an_untrained_network():
    """One training step instead of 200: the short-memory half of each claim breaks."""
    short = train_recall("rnn", length=50, delay=2, steps=1, seed=0).accuracy
    near = train_recall("rnn", length=50, delay=5, steps=1, seed=0).accuracy
    with pytest.raises(ClaimFailed):
        checks.claim(short >= MIN_SHORT and 0.25 <= MAX_LONG and 1.39 > MIN_LOSS,
                     "rnn.claim_memory", steps=1, short=f"{short:.2f}", min_short=MIN_SHORT,
                     long="0.25", max_long=MAX_LONG, chance=CHANCE, loss="1.39",
                     min_loss=MIN_LOSS, ln_k=f"{math.log(4):.3f}")
    with pytest.raises(ClaimFailed):
        checks.claim(near >= MIN_NEAR and 0.25 <= MAX_FAR, "rnn.claim_horizon", steps=1,
                     near_delay=5, near=f"{near:.2f}", min_near=MIN_NEAR, far_delay=20,
                     far="0.25", max_far=MAX_FAR, chance=CHANCE)


def claim_irnn(seed: int, cell: str = "irnn") -> None:
    other = {d: train_recall(cell, length=50, delay=d, steps=RECALL_STEPS, seed=seed).accuracy
             for d in (5, 49)}
    tanh = {d: train_recall("rnn", length=50, delay=d, steps=RECALL_STEPS, seed=seed).accuracy
            for d in (5, 49)}
    checks.claim(other[49] >= MIN_IRNN_FAR and other[5] < tanh[5], "rnn.claim_irnn",
                 steps=RECALL_STEPS, far_delay=49, irnn_far=f"{other[49]:.2f}",
                 min_far=MIN_IRNN_FAR, rnn_far=f"{tanh[49]:.2f}", near_delay=5,
                 irnn_near=f"{other[5]:.2f}", rnn_near=f"{tanh[5]:.2f}")


@pytest.mark.parametrize("seed", [0, 1])
def test_irnn_claim_holds(seed):
    claim_irnn(seed)


def test_irnn_claim_fails_for_the_default_tanh_rnn():
    with pytest.raises(ClaimFailed):
        claim_irnn(0, cell="rnn")


def test_irnn_layer_starts_from_the_identity():
    layer = identity_relu_rnn(4, 6)
    assert layer.nonlinearity == "relu" and torch.equal(layer.weight_hh_l0, torch.eye(6))
    assert not layer.bias_ih_l0.any() and not layer.bias_hh_l0.any()
    h = torch.rand(1, 2, 6)                                      # relu(I·h + 0) = h for h ≥ 0
    out, _ = layer(torch.zeros(1, 2, 4), h)
    assert torch.allclose(out, h)


# --- section 8: LSTM and the forget gate ----------------------------------------------------

def lstm_measures(seed: int, forget_shift: float = 1.0):
    torch.manual_seed(seed)
    x, _ = recall_batch(32, length=50, delay=49, generator=torch.Generator().manual_seed(seed))
    rnn_cell, lstm_cell = torch.nn.RNNCell(4, 32), torch.nn.LSTMCell(4, 32)
    with torch.no_grad():
        lstm_cell.bias_hh[32:64] += forget_shift
        h_seq, _ = unroll(lstm_cell, x)
        h_prev = torch.cat([torch.zeros_like(h_seq[:1]), h_seq[:-1]])
        gates = (x @ lstm_cell.weight_ih.T + lstm_cell.bias_ih
                 + h_prev @ lstm_cell.weight_hh.T + lstm_cell.bias_hh)
    f_mean = torch.sigmoid(gates[..., 32:64]).mean().item()
    share = {name: (n[0] / n[-1]).item()
             for name, n in (("RNN", bptt(rnn_cell, x).norms), ("LSTM", bptt(lstm_cell, x).norms))}
    return f_mean, share


def claim_lstm(share) -> None:
    checks.claim(share["LSTM"] >= MIN_LSTM_FACTOR * share["RNN"], "rnn.claim_lstm",
                 lstm=f"{share['LSTM']:.1e}", rnn=f"{share['RNN']:.1e}",
                 factor=f"{share['LSTM'] / share['RNN']:.0e}", min_factor=MIN_LSTM_FACTOR)


def claim_forget(f_mean, share) -> None:
    checks.claim(f_mean ** 49 <= MAX_SHARE and share["LSTM"] <= MAX_SHARE, "rnn.claim_forget",
                 f_mean=f"{f_mean:.2f}", steps=49, cell_path=f"{f_mean ** 49:.1e}",
                 lstm=f"{share['LSTM']:.1e}", max_share=f"{MAX_SHARE:.0e}")


@pytest.mark.parametrize("seed", [0, 1])  # seeds 0..4: make bench
def test_lstm_claims_hold(seed):
    f_mean, share = lstm_measures(seed)
    assert 0.6 < f_mean < 0.85                                  # σ(1 ± small) ≈ 0.73
    claim_lstm(share)
    claim_forget(f_mean, share)


def test_lstm_claim_fails_when_the_cells_are_alike():
    _, share = lstm_measures(0)
    with pytest.raises(ClaimFailed):
        claim_lstm({"LSTM": share["RNN"], "RNN": share["RNN"]})


def test_forget_claim_fails_when_the_gate_is_wide_open():
    """A forget bias of +10 makes f ≈ 1: the cell path then keeps the gradient."""
    f_mean, share = lstm_measures(0, forget_shift=10.0)
    assert f_mean > 0.99
    with pytest.raises(ClaimFailed):
        claim_forget(f_mean, share)
