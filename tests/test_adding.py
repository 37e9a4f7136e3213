"""The adding problem: what the batches hold, the baseline, the experiment, and its claim."""
import pytest
import torch

from deeplearn_helpers import HelperInputError, set_language
from deeplearn_helpers.data import (AddingProblem, MEAN_BASELINE_MSE, adding_batch, adding_mse,
                                    adding_sequence, marker_positions)
from deeplearn_helpers.experiments.gated import train_adding
from deeplearn_helpers.models import SequenceModel

# The notebook's claims for other seeds run its own cells: tests/test_claims_gated.py.


def test_batch_has_two_markers_one_per_half_and_the_target_is_their_sum():
    x, y = adding_batch(30, 50, torch.Generator().manual_seed(0))
    assert x.shape == (30, 50, 2) and y.shape == (50, 1)
    values, markers = x[..., 0], x[..., 1]
    assert ((0 <= values) & (values < 1)).all()
    assert torch.equal(markers.sum(0), torch.full((50,), 2.0))
    assert torch.equal(markers[:15].sum(0), torch.ones(50))        # one in the first half
    assert torch.allclose(y[:, 0], (values * markers).sum(0))


def test_problem_is_seeded_and_gives_a_fresh_batch_every_step():
    a, b = AddingProblem(20, 8, seed=3), AddingProblem(20, 8, seed=3)
    first, second = a(0), a(1)
    assert torch.equal(first[0], b(0)[0]) and not torch.equal(first[0], second[0])
    assert torch.equal(a.fixed_set(5, seed=1)[0], b.fixed_set(5, seed=1)[0])


def test_guessing_the_mean_gives_one_sixth():
    _, y = adding_batch(10, 200_000, torch.Generator().manual_seed(0))
    assert abs(float(((y - 1.0) ** 2).mean()) - MEAN_BASELINE_MSE) < 0.003


def test_adding_sequence_puts_markers_and_values_where_asked():
    x, y = adding_sequence(40, (5, 30), (0.9, 0.25), seed=2)
    assert x.shape == (40, 1, 2) and torch.nonzero(x[:, 0, 1]).flatten().tolist() == [5, 30]
    assert abs(float(y) - 1.15) < 1e-6
    noise, _ = adding_sequence(40, (5, 30), seed=2)
    assert torch.equal(noise[:5], x[:5])                            # same noise, same seed


def test_train_adding_stops_at_the_target_and_logs_validation():
    torch.manual_seed(0)
    model = SequenceModel(cell="gru", input_size=2, hidden_size=16)
    history = train_adding(model, 10, seed=0, max_steps=2000, target_mse=0.01, check_every=50).history
    assert history.last("val_mse") < 0.01 and history.steps < 2000
    assert history.steps % 50 == 0 and len(history.loss) == history.steps
    x, y = AddingProblem(10).fixed_set(1000, seed=10_000)
    assert adding_mse(model, x, y) == pytest.approx(history.last("val_mse"))


def test_marker_positions_finds_both_markers_earlier_first():
    x, _ = adding_batch(40, 30, torch.Generator().manual_seed(4))
    positions = marker_positions(x)
    assert positions.shape == (30, 2) and (positions[:, 0] < 20).all() and (positions[:, 1] >= 20).all()
    columns = torch.arange(30)
    assert (x[positions[:, 0], columns, 1] == 1).all() and (x[positions[:, 1], columns, 1] == 1).all()
    one, _ = adding_sequence(40, (31, 6))
    assert marker_positions(one).tolist() == [[6, 31]]


@pytest.mark.parametrize("call, message", [
    (lambda: marker_positions(torch.zeros(10, 3, 2)), "маркерлер"),
    (lambda: marker_positions(adding_batch(10, 3)[0] * 2), "маркерлер"),
    (lambda: adding_batch(1, 4), "length"),
    (lambda: adding_batch(10, 0), "batch_size"),
    (lambda: adding_sequence(10, (3,)), "(5, 30)"),
    (lambda: adding_sequence(10, (3, 3)), "(5, 30)"),
    (lambda: adding_sequence(10, (3, 12)), "positions"),
    (lambda: adding_sequence(10, (3, 7), (0.5, 1.5)), "values"),
    (lambda: adding_mse(SequenceModel(cell="gru", input_size=2), torch.zeros(5, 3, 1), torch.zeros(3, 1)), "2-өлшемі"),
    (lambda: train_adding(SequenceModel(cell="gru", input_size=2), 10, max_steps=0), "max_steps"),
])
def test_bad_input_gives_a_clear_kazakh_error(call, message):
    with pytest.raises(HelperInputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        call()


def test_errors_switch_to_english():
    set_language("en")
    with pytest.raises(HelperInputError, match="marker positions"):
        adding_sequence(10, (1, 1))
