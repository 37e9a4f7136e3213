"""Notebook 02 §6: digits read row by row (models/row_reader.py, experiments/gated.py)."""
from pathlib import Path

import nbformat
import pytest
import torch

from deeplearn_helpers import HelperInputError
from deeplearn_helpers.data.digits import load_digits
from deeplearn_helpers.experiments import gated as E
from deeplearn_helpers.experiments.generative import classifier_accuracy
from deeplearn_helpers.models.row_reader import HIDDEN, READERS, RowReader, image_rows, load_reader, make_reader
from deeplearn_helpers.models.sequence import SequenceModel
from deeplearn_helpers.storage import read_metadata


def test_image_rows_makes_row_t_the_input_of_step_t():
    images = torch.rand(3, 28, 28)
    rows = image_rows(images)                                      # (28, B, 28)
    assert rows.shape == (28, 3, 28)
    for t in (0, 13, 27):
        assert torch.equal(rows[t], images[:, t])


def test_row_reader_is_the_sequence_model_on_the_rows():
    torch.manual_seed(0)
    reader = RowReader("gru", hidden_size=8)
    plain = SequenceModel(cell="gru", input_size=28, hidden_size=8, output_size=10)
    plain.load_state_dict(reader.state_dict())
    images = torch.rand(5, 28, 28)
    assert reader(images).shape == (5, 10)
    assert torch.allclose(reader(images), plain(images.transpose(0, 1)))
    assert not torch.allclose(reader(images), reader(images.flip(1)))   # the order of the rows counts


@pytest.mark.parametrize("bad", [torch.rand(2, 27, 28), torch.rand(2, 784), torch.rand(0, 28, 28)])
def test_row_reader_refuses_what_is_not_a_batch_of_digits(bad):
    with pytest.raises(HelperInputError):
        RowReader("lstm")(bad)


def test_make_reader_refuses_an_unknown_kind():
    with pytest.raises(HelperInputError):
        make_reader("cnn")


@pytest.mark.parametrize("kind", READERS)
def test_shipped_reader_loads_in_eval_mode_as_float32_with_provenance(kind):
    model = load_reader(kind)
    assert not model.training
    assert all(p.dtype == torch.float32 for p in model.parameters())
    assert read_metadata(f"recognition_{kind}.safetensors")["made_by"] == \
        f"scripts/train_recognition_weights.py:{kind}"


def test_shipped_readers_hold_the_notebooks_statement():
    accuracy = {kind: classifier_accuracy(load_reader(kind)) for kind in READERS}
    claim = E.recognition_claim(accuracy)
    assert claim["gated_low"] >= E.ACCURACY_BAR
    assert claim["rnn_gap"] >= E.RNN_GAP
    assert abs(claim["mlp_gap"]) <= E.MLP_CLOSE


@pytest.mark.parametrize("seed", [0, 1])
def test_a_short_training_learns_and_leaves_the_global_generator_alone(seed):
    before = torch.random.get_rng_state()
    trial = E.train_reader("lstm", seed=seed, epochs=2)
    assert torch.equal(torch.random.get_rng_state(), before)
    assert not trial.model.training
    assert trial.accuracy > 0.6                                    # chance is 0.1
    assert trial.cpu_seconds > 0 and trial.history.steps == 2 * 71   # 4,500 digits in batches of 64


def test_training_is_repeatable_for_a_seed():
    first = E.train_reader("rnn", seed=3, epochs=1).model.state_dict()
    second = E.train_reader("rnn", seed=3, epochs=1).model.state_dict()
    assert all(torch.equal(first[k], second[k]) for k in first)


def test_recognition_claim_numbers_and_refusal():
    claim = E.recognition_claim({"lstm": 0.96, "gru": 0.95, "rnn": 0.88, "mlp": 0.97})
    assert claim == pytest.approx({"gated_low": 0.95, "rnn_gap": 0.08, "mlp_gap": -0.01})
    with pytest.raises(HelperInputError):
        E.recognition_claim({"lstm": 0.96, "gru": 0.95})


def test_forget_gate_by_row_is_the_traced_gate_and_refuses_other_readers():
    torch.manual_seed(0)
    reader = RowReader("lstm", hidden_size=6)
    images = torch.rand(4, 28, 28)
    forget = E.forget_by_row(reader, images)
    assert forget.shape == (28,)
    assert torch.allclose(forget, E.row_gates(reader, images)["f"].mean(dim=(1, 2)))
    assert ((forget > 0) & (forget < 1)).all()
    with pytest.raises(HelperInputError):
        E.row_gates(RowReader("gru"), images)


def test_blank_rows_claim_reads_the_edges_of_the_picture():
    images, _ = load_digits("test")
    forget = torch.linspace(0.0, 1.0, 28)
    blank = E.blank_rows_claim(forget, images)
    assert blank["top"] == pytest.approx(forget[:E.BLANK_ROWS].mean().item())
    assert blank["bottom"] == pytest.approx(forget[-E.BLANK_ROWS:].mean().item())
    assert blank["ink"] < 0.05 < E.row_ink(images).max()           # the edge rows are almost blank, the middle is not
    with pytest.raises(HelperInputError):
        E.blank_rows_claim(forget[:10], images)


def test_the_notebooks_recipe_prose_names_the_recipe_the_code_runs():
    notebook = Path(__file__).resolve().parents[1] / "notebooks" / "02_lstm_gru.ipynb"
    section = [c.source for c in nbformat.read(notebook, as_version=4).cells if "### 6.1." in c.source]
    assert len(section) == 1
    assert f"{HIDDEN} жасырын нейрон" in section[0] and f"{E.EPOCHS} эпоха" in section[0]
