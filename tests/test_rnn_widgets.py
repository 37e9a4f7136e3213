"""Notebook 03's gradient-flow claims (seeds 0, 1; benchmarks/recurrent.py: 0..4), its explorer, and its pictures."""
import warnings

import matplotlib.pyplot as plt
import pytest
import torch

from deeplearn_helpers import HelperInputError, set_language
from deeplearn_helpers.plots import draw_rnn, plot_gradient_flow
from deeplearn_helpers.widgets import GradientFlowExplorer, GradientLab, gradient_flow


@pytest.mark.parametrize("seed", [0, 1])  # seeds 0..4: make bench
def test_gradient_vanishes_for_half_and_explodes_for_one_and_a_half(seed):
    """The self-check of notebook 03: T = 50, no clipping."""
    vanish = gradient_flow(0.5, 50, seed=seed).norms
    explode = gradient_flow(1.5, 50, seed=seed).norms
    assert vanish[0] * 1000 <= vanish[-1]
    assert explode[0] > explode[-1]


@pytest.mark.parametrize("seed", [0, 1])  # seeds 0..4: make bench
def test_lstm_carries_the_gradient_much_further_than_the_plain_rnn(seed):
    """The bridge to notebook 02, as notebook 03 states it."""
    from deeplearn_helpers.data import recall_batch
    from deeplearn_helpers.models import bptt

    torch.manual_seed(seed)
    x, _ = recall_batch(32, 50, 49, generator=torch.Generator().manual_seed(seed))
    rnn, lstm = torch.nn.RNNCell(4, 32), torch.nn.LSTMCell(4, 32)
    with torch.no_grad():
        lstm.bias_hh[32:64] += 1.0                                   # forget gate opened a little
    share = lambda n: float(n[0] / n[-1])                            # noqa: E731
    assert share(bptt(lstm, x).norms) >= 1000 * share(bptt(rnn, x).norms)


def test_fast_numpy_recursion_equals_autograd():
    lab = GradientLab(hidden_size=8, input_size=3, batch_size=4, max_length=60, seed=1)
    for radius, length, scale in [(0.5, 50, 0.1), (1.5, 60, 0.3), (1.0, 10, 1.0)]:
        slow, fast = lab.run(radius, length, scale), lab.run_fast(radius, length, scale)
        assert torch.allclose(fast.hidden_grads, slow.hidden_grads, rtol=1e-8, atol=1e-300)
        assert abs(fast.param_grad_norm - slow.param_grad_norm) <= 1e-8 * slow.param_grad_norm
        assert abs(fast.loss - slow.loss) < 1e-10


def test_explorer_redraws_for_every_control_and_clipping_caps_the_norm():
    explorer = GradientFlowExplorer()
    explorer.refresh()
    first = explorer.image.value
    assert first[:4] == b"\x89PNG"
    for name, value in [("radius", 1.5), ("length", 120), ("input_scale", 0.3), ("clip", True)]:
        before = explorer.image.value
        explorer.controls[name].value = value
        assert explorer.image.value != before, name
    result, factor = explorer.compute(1.5, 120, 0.3, True)
    assert result.param_grad_norm > 1 and abs(result.param_grad_norm * factor - 1.0) < 1e-12
    assert explorer.text.value.endswith("→ қиюдан кейін 1")          # clipped to norm 1
    assert len(explorer.latencies) == 5
    assert explorer.fig.get_layout_engine() is None                 # no layout pass per redraw


def test_explorer_speaks_english_when_asked():
    set_language("en")
    explorer = GradientFlowExplorer()
    explorer.refresh()
    assert "clipped" in explorer.text.value


def test_diagrams_and_flow_plot_draw_kazakh_labels_without_missing_glyphs():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for kind in ["many_to_many", "many_to_one", "one_to_many"]:
            fig = draw_rnn(kind, steps=3)
            fig.canvas.draw()
            texts = " ".join(t.get_text() for ax in fig.axes for t in ax.texts + [ax.title])
            assert "салмақтары" in texts
            plt.close(fig)
        ax = plot_gradient_flow({"ρ = 0.5": gradient_flow(0.5, 20).norms, "x": [1.0, 2.0]})
        ax.figure.canvas.draw()
        assert ax.get_yscale() == "log" and len(ax.lines) == 2
        plt.close(ax.figure)


def test_bad_arguments_are_refused_in_kazakh():
    with pytest.raises(HelperInputError, match="kind"):
        draw_rnn("many_to_few")
    with pytest.raises(HelperInputError, match="steps"):
        draw_rnn(steps=1)
    with pytest.raises(HelperInputError, match="curves"):
        plot_gradient_flow([1, 2, 3])
    with pytest.raises(HelperInputError, match="өлшемді"):
        plot_gradient_flow({"a": [[1.0, 2.0]]})
    with pytest.raises(HelperInputError, match="length"):
        GradientLab(max_length=50).run(1.0, length=80)
    with pytest.raises(HelperInputError, match="radius"):
        gradient_flow(float("nan"))
