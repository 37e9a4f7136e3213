"""The recall task and the claim of notebook 03: short memory is learned, long memory is not."""
import pytest
import torch

from deeplearn_helpers import HelperInputError
from deeplearn_helpers.core import torch_threads
from deeplearn_helpers.data import recall_batch, recall_sampler, sine_waves
from deeplearn_helpers.experiments.recurrent import recall_accuracy, train_next_value, train_recall


@pytest.fixture(autouse=True, scope="module")
def one_thread():
    """Tiny matrices: extra threads only add overhead (and contention on a shared CPU)."""
    with torch_threads(1):
        yield


def test_recall_batch_shapes_and_targets():
    x, y = recall_batch(5, 7, delay=2, n_symbols=3, generator=torch.Generator().manual_seed(0))
    assert x.shape == (7, 5, 3) and x.dtype == torch.float32 and y.shape == (5,)
    assert torch.equal(x.sum(-1), torch.ones(7, 5))                # one-hot
    assert torch.equal(x[7 - 1 - 2].argmax(-1), y)                  # the symbol 2 steps before the end
    _, first = recall_batch(5, 7, delay=6, n_symbols=3, generator=torch.Generator().manual_seed(0))
    assert torch.equal(x[0].argmax(-1), first)                      # delay = length-1: the first


def test_sampler_gives_fresh_reproducible_batches():
    a, b = recall_sampler(4, 6, 1, seed=3), recall_sampler(4, 6, 1, seed=3)
    first, second = a(0), a(1)
    assert not torch.equal(first[0], second[0])
    assert torch.equal(first[0], b(0)[0])


def test_recall_accuracy_of_a_perfect_and_a_constant_model():
    class Oracle(torch.nn.Module):                                  # reads x at the right step
        def forward(self, x):
            return x[-1 - 2]
    assert recall_accuracy(Oracle(), 10, 2) == 1.0

    class Constant(torch.nn.Module):
        def forward(self, x):
            return torch.zeros(x.shape[1], 4)
    assert 0.15 < recall_accuracy(Constant(), 10, 2) < 0.35        # always symbol 0: chance


@pytest.mark.parametrize("seed", [0, 1])  # seeds 0..4: make bench
def test_plain_rnn_learns_short_memory_but_not_long_memory(seed):
    """Notebook 03's self-check, for seeds 0, 1 (make bench: 0..4; about a second per training)."""
    short = train_recall("rnn", length=50, delay=2, seed=seed).accuracy
    run = train_recall("rnn", length=50, delay=49, seed=seed)
    history, long = run.history, run.accuracy
    assert short >= 0.95, short
    assert long <= 0.35, long                                       # chance is 0.25
    assert history.steps == 200 and history.last("loss", window=20) > 1.3   # ln 4 ≈ 1.386


def test_bad_arguments_are_refused_in_kazakh():
    with pytest.raises(HelperInputError, match="delay"):
        recall_batch(4, 5, delay=5)
    with pytest.raises(HelperInputError, match="n_symbols"):
        recall_batch(4, 5, delay=1, n_symbols=1)
    with pytest.raises(HelperInputError, match="бүтін сан"):
        recall_sampler(4.5, 5, 1)
    with pytest.raises(HelperInputError, match="rnn, lstm, gru"):
        train_recall("transformer")


def test_sine_waves_shift_by_one_step():
    x, y = sine_waves(3, 20, torch.Generator().manual_seed(0))
    assert x.shape == y.shape == (20, 3, 1)
    assert torch.equal(x[1:], y[:-1])
    assert x.abs().max() <= 1


@pytest.mark.parametrize("seed", [0, 1])  # seeds 0..4: make bench
def test_many_to_many_rnn_beats_the_naive_forecast_fivefold(seed):
    """Notebook 03's claim about the sine-wave forecast, for seeds 0, 1 (make bench: 0..4)."""
    run = train_next_value(seed=seed)
    mse, naive = run.mse, run.baseline
    assert mse * 5 <= naive, (mse, naive)


@pytest.mark.parametrize("seed", [0, 1])  # seeds 0..4: make bench
def test_plain_rnn_memory_horizon_lies_between_5_and_20_steps(seed):
    """Notebook 03's memory-horizon claim, for seeds 0, 1 (make bench: 0..4)."""
    assert train_recall("rnn", length=50, delay=5, seed=seed).accuracy >= 0.9
    assert train_recall("rnn", length=50, delay=20, seed=seed).accuracy <= 0.35
