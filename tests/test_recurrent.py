"""The scratch RNN cell and ``unroll`` against torch's own layers; the sequence model."""
import random
import zlib

import pytest
import torch
from torch import nn

from deeplearn_helpers import HelperInputError, set_language
from deeplearn_helpers.models import (RNNCellScratch, SequenceConfig, SequenceModel, bptt,
                                      scaled_orthogonal, unroll)

TOLERANCE = {torch.float32: 1e-6, torch.float64: 1e-12}
NAMES = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")


def _random_shapes(n, seed):
    rng = random.Random(seed)
    return [(rng.randint(1, 9), rng.randint(1, 24), rng.randint(1, 7), rng.randint(1, 30))
            for _ in range(n)]  # (input, hidden, batch, length)


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
@pytest.mark.parametrize("nonlinearity", ["tanh", "relu"])
def test_scratch_rnn_equals_torch_rnn_outputs_and_gradients(dtype, nonlinearity):
    tol = TOLERANCE[dtype]
    for i, (I, H, B, T) in enumerate(_random_shapes(12, seed=zlib.crc32(f"{dtype} {nonlinearity}".encode()) % 97)):
        torch.manual_seed(i)
        layer = nn.RNN(I, H, nonlinearity=nonlinearity).to(dtype)
        cell = RNNCellScratch.from_torch(layer)
        x = torch.randn(T, B, I, dtype=dtype, requires_grad=True)
        h0 = torch.randn(B, H, dtype=dtype, requires_grad=True)
        x2 = x.detach().clone().requires_grad_(True)
        h02 = h0.detach().clone().requires_grad_(True)

        want, want_last = layer(x, h0[None])             # (T, B, H), (1, B, H)
        got, got_last = unroll(cell, x2, h02)
        assert got.shape == (T, B, H) and got.dtype == dtype
        assert (got - want).abs().max() <= tol
        assert (got_last - want_last[0]).abs().max() <= tol

        # A loss of the usual scale (mean over time and batch) touching every h_t, so the
        # gradients are of order 1 and "1e-6 absolute" means "as close as float32 allows".
        weights = torch.randn(T, B, H, dtype=dtype)
        ((want * weights).sum() / (T * B)).backward()
        ((got * weights).sum() / (T * B)).backward()
        pairs = [("x", x.grad, x2.grad), ("h0", h0.grad, h02.grad)]
        pairs += [(name, getattr(layer, name + "_l0").grad, getattr(cell, name).grad)
                  for name in NAMES]
        for name, expected, actual in pairs:
            diff = float((expected - actual).abs().max())
            scale = float(expected.abs().max())
            assert diff <= tol, (name, I, H, B, T, diff)
            assert diff <= 10 * tol * scale, (name, I, H, B, T, diff, scale)  # relative, too


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_scratch_cell_equals_rnncell_one_step(dtype):
    for i, (I, H, B, _) in enumerate(_random_shapes(10, seed=3)):
        torch.manual_seed(i)
        layer = nn.RNNCell(I, H).to(dtype)
        cell = RNNCellScratch.from_torch(layer)
        x = torch.randn(B, I, dtype=dtype)
        h = torch.randn(B, H, dtype=dtype)
        assert (cell(x, h) - layer(x, h)).abs().max() <= TOLERANCE[dtype]
        assert (cell(x) - layer(x)).abs().max() <= TOLERANCE[dtype]  # no h: zeros


def test_cell_without_bias_and_copy_is_independent():
    layer = nn.RNNCell(3, 5, bias=False)
    cell = RNNCellScratch.from_torch(layer)
    assert cell.bias_ih is None and cell.bias_hh is None
    x = torch.randn(4, 3)
    assert torch.allclose(cell(x), layer(x), atol=1e-6)
    with torch.no_grad():
        cell.weight_hh.zero_()                           # a copy, not the same storage
    assert layer.weight_hh.abs().sum() > 0


def test_parameter_names_and_shapes_are_torchs():
    cell = RNNCellScratch(3, 5)
    shapes = {name: tuple(p.shape) for name, p in cell.named_parameters()}
    torch_shapes = {name: tuple(p.shape) for name, p in nn.RNNCell(3, 5).named_parameters()}
    assert shapes == torch_shapes


def test_unroll_runs_torch_lstm_and_gru_cells():
    torch.manual_seed(0)
    T, B, I, H = 6, 3, 4, 5
    x = torch.randn(T, B, I)
    lstm_cell, lstm = nn.LSTMCell(I, H), nn.LSTM(I, H)
    for name in NAMES:
        getattr(lstm, name + "_l0").data.copy_(getattr(lstm_cell, name).data)
    outputs, (h, c) = unroll(lstm_cell, x)
    want, (h_want, c_want) = lstm(x)
    assert outputs.shape == (T, B, H)
    assert (outputs - want).abs().max() < 1e-6 and (c - c_want[0]).abs().max() < 1e-6
    state = (torch.zeros(B, H), torch.zeros(B, H))
    outputs2, _ = unroll(lstm_cell, x, state)
    assert torch.allclose(outputs, outputs2)
    gru_cell = nn.GRUCell(I, H)
    outputs, h = unroll(gru_cell, x)
    assert outputs.shape == (T, B, H) and torch.equal(outputs[-1], h)


def test_unroll_accepts_a_plain_function():
    W = torch.randn(2, 2)
    outputs, h = unroll(lambda x, h=None: x + (0 if h is None else h @ W), torch.ones(3, 1, 2))
    assert outputs.shape == (3, 1, 2) and torch.equal(h, outputs[-1])


@pytest.mark.parametrize("cell_type", ["rnn", "lstm", "gru"])
@pytest.mark.parametrize("readout", ["last", "all"])
def test_sequence_model_shapes_and_gradients(cell_type, readout):
    model = SequenceModel(SequenceConfig(cell=cell_type, input_size=3, hidden_size=8,
                                         output_size=2, num_layers=2, readout=readout))
    x = torch.randn(7, 4, 3)                             # (T, B, input)
    y = model(x)
    assert y.shape == ((4, 2) if readout == "last" else (7, 4, 2))
    assert model.hidden_states(x).shape == (7, 4, 8)
    y.sum().backward()
    assert all(p.grad is not None for p in model.parameters())


def test_sequence_model_accepts_keywords_and_reads_the_last_state():
    model = SequenceModel(cell="rnn", input_size=1, hidden_size=4, output_size=1)
    x = torch.randn(5, 2, 1)
    assert torch.allclose(model(x), model.head(model.recurrent(x)[0][-1]))


# --- bad input: clear Kazakh messages, never a torch traceback ---

def test_cell_rejects_wrong_width_and_rank():
    cell = RNNCellScratch(3, 5)
    with pytest.raises(HelperInputError, match="«x» тензорының 1-өлшемі 3"):
        cell(torch.randn(4, 2))
    with pytest.raises(HelperInputError, match="2 өлшемді"):
        cell(torch.randn(6, 4, 3))
    with pytest.raises(HelperInputError, match="«h» тензорының 1-өлшемі 5"):
        cell(torch.randn(4, 3), torch.randn(4, 7))
    with pytest.raises(HelperInputError, match="«h» тензорының 0-өлшемі 4"):
        cell(torch.randn(4, 3), torch.randn(2, 5))
    with pytest.raises(HelperInputError, match="float64"):
        cell(torch.randn(4, 3, dtype=torch.float64))


def test_unroll_rejects_bad_sequences_and_states():
    cell = RNNCellScratch(3, 5)
    with pytest.raises(HelperInputError, match=r"3 өлшемді болуы керек \(T, B, input\)"):
        unroll(cell, torch.randn(4, 3))
    with pytest.raises(HelperInputError, match="2-өлшемі 3"):
        unroll(cell, torch.randn(6, 4, 2))
    with pytest.raises(HelperInputError, match="«state» тензорының 1-өлшемі 5"):
        unroll(cell, torch.randn(6, 4, 3), torch.zeros(4, 8))
    with pytest.raises(HelperInputError, match=r"state\[1\]"):
        unroll(nn.LSTMCell(3, 5), torch.randn(6, 4, 3), (torch.zeros(4, 5), torch.zeros(3, 5)))
    with pytest.raises(HelperInputError, match="функция"):
        unroll("cell", torch.randn(6, 4, 3))
    with pytest.raises(HelperInputError, match="NaN"):
        unroll(cell, torch.full((2, 1, 3), float("nan")))
    with pytest.raises(HelperInputError, match="бос"):
        unroll(cell, torch.randn(0, 4, 3))


def test_from_torch_rejects_other_layers():
    with pytest.raises(HelperInputError, match="nn.RNNCell"):
        RNNCellScratch.from_torch(nn.LSTM(3, 5))
    with pytest.raises(HelperInputError, match="бір қабатты"):
        RNNCellScratch.from_torch(nn.RNN(3, 5, num_layers=2))


def test_sequence_model_rejects_bad_config_and_input():
    with pytest.raises(HelperInputError, match="rnn, lstm, gru"):
        SequenceModel(cell="transformer", input_size=1)
    with pytest.raises(HelperInputError, match="readout"):
        SequenceModel(readout="first")
    model = SequenceModel(input_size=2)
    with pytest.raises(HelperInputError, match=r"\(T, B, input\)"):
        model(torch.randn(5, 2))
    with pytest.raises(HelperInputError, match="2-өлшемі 2"):
        model(torch.randn(5, 3, 4))


def test_messages_switch_to_english():
    set_language("en")
    with pytest.raises(HelperInputError, match="Dimension 2 of tensor 'x' must be 3"):
        unroll(RNNCellScratch(3, 5), torch.randn(6, 4, 2))


# --- BPTT and the recurrent-weight knob ---

def test_bptt_matches_finite_differences_and_the_written_out_recursion():
    torch.manual_seed(0)
    cell = RNNCellScratch(3, 4, dtype=torch.float64)
    x = torch.randn(6, 2, 3, dtype=torch.float64)
    result = bptt(cell, x)
    assert result.hidden_grads.shape == (6, 2, 4) and result.norms.shape == (6,)
    outputs, _ = unroll(cell, x)
    with torch.no_grad():                     # ∂L/∂h_{t-1} = W_hhᵀ (1 − h_t²) ⊙ ∂L/∂h_t
        g = torch.ones(2, 4, dtype=torch.float64)
        for t in range(5, -1, -1):
            assert torch.allclose(result.hidden_grads[t], g, atol=1e-12)
            g = (g * (1 - outputs[t] ** 2)) @ cell.weight_hh
    # the parameter gradient's norm, against a finite difference along a random direction
    params = list(cell.parameters())
    direction = [torch.randn_like(p) for p in params]
    grads = torch.autograd.grad(unroll(cell, x)[0][-1].sum(), params)
    assert abs(result.param_grad_norm - torch.cat([g.flatten() for g in grads]).norm()) < 1e-10
    eps = 1e-6
    with torch.no_grad():
        for p, d in zip(params, direction):
            p.add_(eps * d)
        plus = unroll(cell, x)[0][-1].sum()
        for p, d in zip(params, direction):
            p.sub_(2 * eps * d)
        minus = unroll(cell, x)[0][-1].sum()
    slope = sum((g * d).sum() for g, d in zip(grads, direction))
    assert abs((plus - minus) / (2 * eps) - slope) < 1e-6


def test_bptt_of_an_lstm_cell_and_a_custom_loss():
    cell = nn.LSTMCell(3, 5)
    result = bptt(cell, torch.randn(4, 2, 3), loss_fn=lambda h: h.pow(2).mean())
    assert result.norms.shape == (4,) and result.param_grad_norm > 0


def test_bptt_refuses_what_it_cannot_differentiate():
    with pytest.raises(HelperInputError, match="requires_grad"):
        bptt(lambda x, h=None: x, torch.randn(3, 2, 2))
    with pytest.raises(HelperInputError, match="скаляр"):
        bptt(RNNCellScratch(2, 3), torch.randn(3, 2, 2), loss_fn=lambda h: h)


def test_scaled_orthogonal_has_every_singular_value_equal_to_the_radius():
    w = scaled_orthogonal(16, 1.5, seed=3, dtype=torch.float64)
    assert torch.allclose(torch.linalg.svdvals(w), torch.full((16,), 1.5, dtype=torch.float64))
    assert abs(torch.linalg.eigvals(w).abs().max() - 1.5) < 1e-10
    assert torch.equal(w, scaled_orthogonal(16, 1.5, seed=3, dtype=torch.float64))
    with pytest.raises(HelperInputError):
        scaled_orthogonal(16, -1.0)
