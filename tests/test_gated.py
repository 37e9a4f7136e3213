"""The scratch LSTM and GRU cells against torch's own: outputs, gradients, gates, bad input;
what a sequence model costs (saved memory, robust timings)."""
import time

import pytest
import torch
from torch import nn

from deeplearn_helpers import HelperInputError, count_parameters, set_language
from deeplearn_helpers.models import (GRUCellScratch, LSTMCellScratch, SequenceModel, median_milliseconds,
                                      memory_change, memory_retention, saved_megabytes, set_forget_bias,
                                      trace_gates, unroll)

TOLERANCE = {torch.float32: 1e-6, torch.float64: 1e-12}
KINDS = {"lstm": (LSTMCellScratch, nn.LSTMCell, nn.LSTM),
         "gru": (GRUCellScratch, nn.GRUCell, nn.GRU)}


def _random_case(seed, dtype):
    g = torch.Generator().manual_seed(seed)
    size = lambda low, high: int(torch.randint(low, high + 1, (1,), generator=g))  # noqa: E731
    return size(1, 7), size(1, 9), size(1, 5), size(1, 12), g   # input, hidden, batch, length


def _max_diff(a, b):
    return max(float((x - y).detach().abs().max()) for x, y in zip(a, b))


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
@pytest.mark.parametrize("kind", ["lstm", "gru"])
def test_one_step_matches_torch_cell_outputs_and_gradients(kind, dtype):
    scratch_cls, cell_cls, _ = KINDS[kind]
    for seed in range(25):
        I, H, B, _, g = _random_case(seed, dtype)
        torch.manual_seed(seed)
        theirs = cell_cls(I, H).to(dtype)
        mine = scratch_cls.from_torch(theirs)
        x = torch.randn(B, I, generator=g, dtype=dtype)
        h = torch.randn(B, H, generator=g, dtype=dtype)
        c = torch.randn(B, H, generator=g, dtype=dtype)
        inputs = [x.clone().requires_grad_(), h.clone().requires_grad_(), c.clone().requires_grad_()]
        inputs2 = [t.detach().clone().requires_grad_() for t in inputs]
        if kind == "lstm":
            out_t, out_m = theirs(inputs[0], tuple(inputs[1:])), mine(inputs2[0], tuple(inputs2[1:]))
        else:
            out_t, out_m = (theirs(*inputs[:2]),), (mine(*inputs2[:2]),)
        assert _max_diff(out_t, out_m) <= TOLERANCE[dtype]
        weights = [torch.randn(o.shape, generator=g, dtype=dtype) for o in out_t]
        sum(((o * w).sum() for o, w in zip(out_t, weights))).backward()
        sum(((o * w).sum() for o, w in zip(out_m, weights))).backward()
        used = 3 if kind == "lstm" else 2
        assert _max_diff([t.grad for t in inputs[:used]], [t.grad for t in inputs2[:used]]) <= TOLERANCE[dtype]
        for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
            diff = (getattr(theirs, name).grad - getattr(mine, name).grad).abs().max()
            assert diff <= TOLERANCE[dtype], (seed, name, float(diff))


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
@pytest.mark.parametrize("kind", ["lstm", "gru"])
def test_unrolled_sequence_matches_one_layer_torch_layer(kind, dtype):
    scratch_cls, _, layer_cls = KINDS[kind]
    for seed in range(20):
        I, H, B, T, g = _random_case(seed, dtype)
        torch.manual_seed(seed)
        theirs = layer_cls(I, H).to(dtype)
        mine = scratch_cls.from_torch(theirs)
        x = torch.randn(T, B, I, generator=g, dtype=dtype)
        out_t, _ = theirs(x)                                       # (T, B, H)
        out_m, _ = unroll(mine, x)                                 # (T, B, H)
        assert float((out_t - out_m).detach().abs().max()) <= TOLERANCE[dtype]
        w = torch.randn(out_t.shape, generator=g, dtype=dtype) / T
        (out_t * w).sum().backward()
        (out_m * w).sum().backward()
        for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
            diff = (getattr(theirs, name + "_l0").grad - getattr(mine, name).grad).abs().max()
            assert diff <= TOLERANCE[dtype], (seed, name, float(diff))


def test_trace_gates_reproduces_the_layer_and_keeps_gates_in_range():
    torch.manual_seed(0)
    lstm, gru = nn.LSTM(3, 6), nn.GRU(3, 6)
    x = torch.randn(9, 4, 3)
    out, (h, c) = lstm(x)
    trace = trace_gates(LSTMCellScratch.from_torch(lstm), x)
    assert set(trace) == {"i", "f", "g", "o", "c", "h", "h_prev", "c_prev"}
    assert torch.allclose(trace["h"], out, atol=1e-6) and torch.allclose(trace["c"][-1], c, atol=1e-6)
    assert torch.equal(trace["c_prev"][1:], trace["c"][:-1]) and not trace["c_prev"][0].any()
    kept, written = trace["f"] * trace["c_prev"], trace["i"] * trace["g"]
    assert torch.allclose(kept + written, trace["c"], atol=1e-6)
    moved = ((trace["f"] - 1) * trace["c_prev"] + written).norm(dim=-1)   # what changed c, (T, B)
    assert memory_change(trace).shape == (9, 4) and torch.allclose(memory_change(trace), moved, atol=1e-6)
    for name in "ifo":
        assert 0 < trace[name].min() and trace[name].max() < 1
    out, _ = gru(x)
    trace = trace_gates(GRUCellScratch.from_torch(gru), x)
    assert set(trace) == {"r", "z", "n", "h", "h_prev"}
    assert torch.allclose(trace["h"], out, atol=1e-6)
    mixed = trace["z"] * trace["h_prev"] + (1 - trace["z"]) * trace["n"]
    assert torch.allclose(mixed, trace["h"], atol=1e-6)


def test_trace_gates_starts_from_a_given_state():
    torch.manual_seed(1)
    lstm = nn.LSTM(2, 3)
    x, h0, c0 = torch.randn(5, 2, 2), torch.randn(1, 2, 3), torch.randn(1, 2, 3)
    out, _ = lstm(x, (h0, c0))
    trace = trace_gates(LSTMCellScratch.from_torch(lstm), x, (h0[0], c0[0]))
    assert torch.allclose(trace["h"], out, atol=1e-6) and torch.equal(trace["c_prev"][0], c0[0])


def test_from_torch_reads_the_recurrent_layer_of_a_sequence_model():
    for kind, scratch_cls in (("lstm", LSTMCellScratch), ("gru", GRUCellScratch)):
        model = SequenceModel(cell=kind, input_size=2, hidden_size=5)
        x = torch.randn(7, 3, 2)
        h = trace_gates(scratch_cls.from_torch(model.recurrent), x)["h"]
        assert torch.allclose(h, model.hidden_states(x), atol=1e-6)


def test_parameter_counts_are_four_and_three_blocks_of_the_plain_rnn():
    for I, H in [(1, 1), (2, 32), (7, 5)]:
        rnn = count_parameters(nn.RNN(I, H))
        assert count_parameters(nn.LSTM(I, H)) == 4 * rnn == count_parameters(LSTMCellScratch(I, H))
        assert count_parameters(nn.GRU(I, H)) == 3 * rnn == count_parameters(GRUCellScratch(I, H))


def test_set_forget_bias_sets_only_the_forget_block():
    torch.manual_seed(0)
    for layer in (nn.LSTM(2, 4), nn.LSTMCell(2, 4), LSTMCellScratch(2, 4)):
        before = {n: p.detach().clone() for n, p in layer.named_parameters()}
        set_forget_bias(layer, 1.0)
        params = dict(layer.named_parameters())
        b_ih = next(p for n, p in params.items() if n.startswith("bias_ih"))
        b_hh = next(p for n, p in params.items() if n.startswith("bias_hh"))
        assert torch.equal(b_ih[4:8] + b_hh[4:8], torch.ones(4))
        assert torch.equal(b_ih[:4], before[next(n for n in before if n.startswith("bias_ih"))][:4])
        assert torch.equal(b_ih[8:], before[next(n for n in before if n.startswith("bias_ih"))][8:])
    with pytest.raises(HelperInputError):
        set_forget_bias(nn.GRU(2, 4))


@pytest.mark.parametrize("call, message", [
    (lambda: LSTMCellScratch.from_torch(nn.GRU(2, 3)), "LSTMCell"),
    (lambda: GRUCellScratch.from_torch(nn.LSTM(2, 3)), "GRUCell"),
    (lambda: LSTMCellScratch.from_torch(nn.LSTM(2, 3, num_layers=2)), "бір қабатты"),
    (lambda: GRUCellScratch.from_torch(nn.GRU(2, 3, bidirectional=True)), "бір бағытты"),
    (lambda: LSTMCellScratch.from_torch(nn.LSTMCell(2, 3, bias=False)), "bias"),
    (lambda: LSTMCellScratch(2, 3)(torch.zeros(4, 5)), "пішіні"),
    (lambda: LSTMCellScratch(2, 3)(torch.zeros(4, 2), torch.zeros(4, 3)), "(h, c)"),
    (lambda: LSTMCellScratch(2, 3)(torch.zeros(4, 2), (torch.zeros(4, 3), torch.zeros(5, 3))), "«c»"),
    (lambda: GRUCellScratch(2, 3)(torch.zeros(4, 2), torch.zeros(4, 2)), "«h»"),
    (lambda: GRUCellScratch(2, 3)(torch.zeros(4, 2, dtype=torch.float64)), "float64"),
    (lambda: GRUCellScratch(2, 3)(torch.full((4, 2), float("nan"))), "NaN"),
    (lambda: GRUCellScratch(0, 3), "input_size"),
    (lambda: trace_gates(nn.LSTMCell(2, 3), torch.zeros(4, 1, 2)), "cell"),
    (lambda: trace_gates(GRUCellScratch(2, 3), torch.zeros(4, 2)), "(T, B, input)"),
    (lambda: memory_change({"h": torch.zeros(2, 1, 3)}), "trace"),
])
def test_bad_input_gives_a_clear_kazakh_error(call, message):
    with pytest.raises(HelperInputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        call()


def test_errors_switch_to_english():
    set_language("en")
    with pytest.raises(HelperInputError, match="one-layer"):
        LSTMCellScratch.from_torch(nn.LSTM(2, 3, num_layers=3))


def test_memory_retention_is_the_product_of_the_keep_gate_between_two_steps():
    torch.manual_seed(2)
    lstm, gru = LSTMCellScratch(2, 4), GRUCellScratch(2, 4)
    x = torch.randn(12, 3, 2)
    start, stop = torch.tensor([0, 3, 5]), torch.tensor([4, 11, 6])
    for cell, gate in ((lstm, "f"), (gru, "z")):
        trace = trace_gates(cell, x)
        kept = memory_retention(trace, start, stop)
        assert kept.shape == (3, 4) and ((0 <= kept) & (kept <= 1)).all()
        for b in range(3):
            direct = trace[gate][start[b] + 1:stop[b] + 1, b].prod(dim=0)
            assert torch.allclose(kept[b], direct, rtol=1e-5)


def test_memory_retention_is_the_gradient_along_the_cell_state_when_nothing_is_written():
    torch.manual_seed(3)
    cell = LSTMCellScratch(2, 3)
    with torch.no_grad():
        cell.weight_hh.zero_()                           # the gates see only x, not the memory
        cell.bias_ih[:3] = -50.0                         # i = σ(-50 + …) ≈ 0: nothing is written
    x = torch.randn(8, 1, 2)
    c2 = torch.randn(1, 3, requires_grad=True)           # the memory after step 2
    state = (torch.zeros(1, 3), c2)
    for t in range(3, 8):
        state = cell(x[t], state)
    state[1].sum().backward()                            # ∂(Σ c_7)/∂c_2
    kept = memory_retention(trace_gates(cell, x), torch.tensor([2]), torch.tensor([7]))
    assert torch.allclose(c2.grad, kept, rtol=1e-4)


@pytest.mark.parametrize("start, stop, message", [
    ([2, 2], [2, 5], "start < stop"), ([0, 1], [3, 12], "start < stop"), ([0], [3], "«start»"),
])
def test_memory_retention_rejects_spans_outside_the_sequence(start, stop, message):
    trace = trace_gates(GRUCellScratch(2, 3), torch.zeros(6, 2, 2))
    with pytest.raises(HelperInputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        memory_retention(trace, torch.tensor(start), torch.tensor(stop))
    with pytest.raises(HelperInputError, match="trace"):
        memory_retention({"f": torch.zeros(6, 2, 3)}, torch.tensor([0, 0]), torch.tensor([1, 1]))


class _Repeats(nn.Module):
    """h ← tanh(h ⊙ w) five times: autograd saves w and h at every step, and each tanh output."""

    def __init__(self, n):
        super().__init__()
        self.w = nn.Parameter(torch.ones(n))

    def forward(self, x):
        h = x
        for _ in range(5):
            h = torch.tanh(h * self.w)
        return h


def test_saved_megabytes_counts_each_storage_once_and_leaves_out_weights_and_input():
    n = 4096
    model, x = _Repeats(n), torch.randn(n)
    references = []
    with torch.autograd.graph.saved_tensors_hooks(lambda t: references.append(t) or t, lambda t: t):
        model(x)
    assert len(references) == 14        # x (w's gradient needs it), then h and w 4 times, 5 tanh outputs
    assert saved_megabytes(model, x) == pytest.approx(5 * n * 4 / 2**20)   # only the five new tensors
    views = nn.Sequential(nn.Linear(8, 8), nn.Tanh())
    batch = torch.randn(64, 8)
    assert saved_megabytes(views, batch) == pytest.approx(64 * 8 * 4 / 2**20)   # tanh's output only


def test_median_milliseconds_orders_calls_and_ignores_a_rare_slow_run():
    slow_once = iter([0.05])

    def sometimes_slow():
        time.sleep(next(slow_once, 0.001))

    before = torch.get_num_threads()
    times = median_milliseconds({"short": lambda: time.sleep(0.001), "long": lambda: time.sleep(0.006),
                                 "spiky": sometimes_slow}, repeats=7)
    assert torch.get_num_threads() == before
    assert times["short"] < times["long"] and 5 <= times["long"] < 20
    assert times["spiky"] < 10                              # the 50 ms warm-up/outlier does not count
    with pytest.raises(HelperInputError, match="calls"):
        median_milliseconds({"x": 3})
