"""The gate explorer and the gated-cell pictures: they draw, react, cache, and refuse bad input."""
import matplotlib.pyplot as plt
import pytest
import torch

from deeplearn_helpers import HelperInputError, set_language
from deeplearn_helpers.models import LSTMCellScratch, SequenceModel, trace_gates
from deeplearn_helpers.plots import draw_gru_cell, draw_lstm_cell, plot_gate_heatmaps
from deeplearn_helpers.widgets import GateExplorer, drive_explorers, parse_marks
from deeplearn_helpers.widgets.base import CREATED


def _models():
    torch.manual_seed(0)
    return {"LSTM": SequenceModel(cell="lstm", input_size=2, hidden_size=8),
            "GRU": SequenceModel(cell="gru", input_size=2, hidden_size=6)}


def test_parse_marks_reads_steps_and_values():
    assert parse_marks("10:0.9, 70:0.2", 100) == ((10, 70), (0.9, 0.2))
    assert parse_marks("3; 40", 50) == ((3, 40), None)
    for bad in ["", "1,2,3", "x, y", "5:0.5, 60:2", "5, 5", "5, 100", "1:2:3, 4"]:
        with pytest.raises(HelperInputError, match="қадам:мән|positions|values"):
            parse_marks(bad, 100)


def test_explorer_reacts_to_every_control_and_reuses_its_traces():
    CREATED.clear()
    explorer = GateExplorer(_models(), 20)
    explorer.refresh()
    first = explorer.image.value
    assert first[:4] == b"\x89PNG"
    explorer.controls["step"].value = 15
    assert explorer.image.value != first and "t = 15" in explorer.text.value
    explorer.controls["model"].value = "GRU"
    explorer.controls["typed"].value = "2:0.9, 12:0.3"        # typing switches to "my marks"
    assert explorer.controls["sequence"].value == "typed"
    assert "1.200" in explorer.text.value                     # the true sum 0.9 + 0.3
    n_traces = len(explorer.traces)
    explorer.controls["typed"].value = "nonsense"
    assert "қадам:мән" in explorer.text.value and len(explorer.traces) == n_traces
    explorer.controls["typed"].value = "2:0.9, 12:0.3"
    assert len(explorer.traces) == n_traces                   # cached, not recomputed
    report = drive_explorers(moves=5)
    assert len(report) == 1 and report["0:GateExplorer"]["latencies"]


def test_explorer_answer_matches_the_models_own_forward():
    models = _models()
    explorer = GateExplorer(models, 20)
    explorer.refresh()
    trace = next(iter(explorer.traces.values()))
    x = trace["x"][:, None, :]
    with torch.no_grad():
        assert abs(float(models["LSTM"](x)) - float(trace["answer"][-1])) < 1e-5


@pytest.mark.parametrize("models", [
    {}, {"RNN": SequenceModel(cell="rnn", input_size=2)}, {"LSTM": SequenceModel(cell="lstm", input_size=3)},
    [SequenceModel(cell="lstm", input_size=2)],
])
def test_explorer_refuses_models_it_cannot_read(models):
    with pytest.raises(HelperInputError):
        GateExplorer(models, 20)


def test_diagrams_and_heatmaps_draw_in_every_language():
    torch.manual_seed(0)
    trace = trace_gates(LSTMCellScratch(2, 4), torch.randn(6, 2, 2))
    for language in ("kk", "en"):
        set_language(language)
        fig, axes = plt.subplots(1, 2)
        draw_lstm_cell(axes[0])
        draw_gru_cell(axes[1])
        assert "LSTM" in axes[0].get_title() and "GRU" in axes[1].get_title()
        plt.close(fig)
        fig, artists = plot_gate_heatmaps(trace, "lstm", sample=1)
        assert set(artists) == {"f", "i", "g", "o", "c", "h", "lines"}
        assert artists["f"].get_array().shape == (4, 6)           # (hidden, time)
        plt.close(fig)
    with pytest.raises(HelperInputError):
        plot_gate_heatmaps(trace, "gru")                          # an LSTM trace has no z, r, n
    with pytest.raises(HelperInputError):
        plot_gate_heatmaps(trace, "lstm", sample=2)
