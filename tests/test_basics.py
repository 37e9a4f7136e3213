"""Notebook 01's pieces: activations, MLP, the linear-vs-deep claim for several seeds."""
import matplotlib.pyplot as plt
import pytest
import torch

from deeplearn_helpers import HelperInputError, count_parameters, fit, seed_everything, tr
from deeplearn_helpers.data import make_spirals, train_test_split
from deeplearn_helpers.data.toy2d import FEATURES, input_features, make_2d
from deeplearn_helpers.models import (ACTIVATION_FUNCTIONS, ACTIVATIONS, MLP, accuracy, activation,
                                      classification_loss, weight_penalty)
from deeplearn_helpers.experiments import basics as E
from deeplearn_helpers.plots import (draw_network, plot_activations, plot_decision_boundary, plot_hidden_units,
                                     plot_units_by_layer)
from deeplearn_helpers.plots.curves import plot_learning_curve
from deeplearn_helpers.widgets.playground import network_code

@pytest.mark.parametrize("name", sorted(ACTIVATIONS))
def test_scratch_activation_matches_torch_and_autograd(name):
    f, df, layer = ACTIVATIONS[name]
    assert ACTIVATION_FUNCTIONS[name] == (f, df)
    x = torch.linspace(-6, 6, 241, dtype=torch.float64, requires_grad=True)
    assert torch.allclose(f(x), layer()(x), atol=1e-12)
    (grad,) = torch.autograd.grad(layer()(x).sum(), x)
    assert torch.allclose(df(x.detach()), grad, atol=1e-12)


def test_scratch_tanh_and_sigmoid_stay_finite_far_out():
    x = torch.tensor([-100.0, 100.0])
    f, _, _ = ACTIVATIONS["tanh"]
    assert f(x).tolist() == [-1.0, 1.0]
    assert ACTIVATIONS["sigmoid"][0](x).tolist() == [0.0, 1.0]


def test_mlp_layers_and_bad_input():
    model = MLP(sizes=[3, 5, 4, 2], activation="relu")
    assert [type(m).__name__ for m in model.layers] == ["Linear", "ReLU", "Linear", "ReLU", "Linear"]
    assert model(torch.zeros(7, 3)).shape == (7, 2)
    assert [h.shape for h in model.hidden(torch.zeros(7, 3))] == [(7, 5), (7, 4)]
    with pytest.raises(HelperInputError, match="1-өлшемі 3"):
        model(torch.zeros(7, 4))
    with pytest.raises(HelperInputError, match="өлшемді"):
        model(torch.zeros(3))
    with pytest.raises(HelperInputError):
        MLP(sizes=[3])
    with pytest.raises(HelperInputError):
        MLP(sizes=[3, 0, 2])
    with pytest.raises(HelperInputError, match="relu"):
        MLP(sizes=[3, 2], activation="swish")
    with pytest.raises(HelperInputError):
        activation("swish")


@pytest.mark.parametrize("seed", [0, 1])  # seeds 0..4: make bench
def test_mlp_beats_linear_model_on_spirals_for_two_seeds(seed):
    # The same experiment as notebook 01, section 7, with another seed.
    X, y = make_spirals(n=800, seed=seed)
    X_train, y_train, X_test, y_test = train_test_split(X, y, test_fraction=0.25, seed=seed)
    seed_everything(seed)
    linear = MLP(sizes=[2, 2])
    fit(linear, classification_loss, (X_train, y_train), epochs=150, lr=0.01, progress=False, seed=seed)
    seed_everything(seed)
    mlp = MLP(sizes=[2, 32, 32, 2], activation="tanh")
    fit(mlp, classification_loss, (X_train, y_train), epochs=150, lr=0.01, progress=False, seed=seed)
    assert accuracy(linear, X_test, y_test) <= 0.65
    assert accuracy(mlp, X_test, y_test) >= 0.97


def test_plots_draw_and_check_input():
    model = MLP(sizes=[2, 4, 2])
    X, y = make_spirals(n=50)
    ax = draw_network([2, 4, 12, 2], weights=[l.weight.detach() for l in [torch.nn.Linear(2, 4),
                      torch.nn.Linear(4, 12), torch.nn.Linear(12, 2)]])
    texts = [t.get_text() for t in ax.texts]
    assert "⋮" in texts and any("Кіріс қабаты" in t for t in texts)
    plot_decision_boundary(model, X, y)
    fig = plot_hidden_units(model, X, layer=0)
    assert len([a for a in fig.axes if a.images]) == 4
    plot_activations(["relu"])
    plt.close("all")
    with pytest.raises(HelperInputError):
        draw_network([2])
    with pytest.raises(HelperInputError):
        draw_network([2, 3], weights=[])
    with pytest.raises(HelperInputError):
        plot_decision_boundary(model, torch.zeros(5, 3), y[:5])
    with pytest.raises(HelperInputError):
        plot_decision_boundary(model, X, y[:5])
    with pytest.raises(HelperInputError):
        plot_hidden_units(model, X, layer=3)
    with pytest.raises(HelperInputError):
        plot_activations(["swish"])


def test_regression_sets_and_input_features():
    X, y = make_2d("plane", n=300, noise=0.0, seed=1)
    assert y.dtype == torch.float32 and torch.allclose(y, X.sum(1) / 4)
    X, y = make_2d("hills", n=300, noise=0.0, seed=1)
    near_hill = (X - torch.tensor([1.0, 1.0])).norm(dim=1) < 0.2
    near_pit = (X - torch.tensor([1.0, -1.0])).norm(dim=1) < 0.2
    assert y[near_hill].min() > 0.5 and y[near_pit].max() < -0.5
    F = input_features(X, list(FEATURES))
    assert F.shape == (300, 7)
    assert torch.allclose(F[:, 4], X[:, 0] * X[:, 1]) and torch.allclose(F[:, 6], torch.sin(X[:, 1]))
    for bad in ([], ["x3"]):
        with pytest.raises(HelperInputError):
            input_features(X, bad)


def test_weight_penalty_counts_weights_not_biases():
    model = MLP(sizes=[2, 3, 1])
    with torch.no_grad():
        for p in model.parameters():
            p.fill_(-2.0)
    weights = 2 * 3 + 3 * 1
    assert weight_penalty(model, "l1").item() == pytest.approx(2.0 * weights)
    assert weight_penalty(model, "l2").item() == pytest.approx(4.0 * weights)
    assert weight_penalty(model, "none").item() == 0.0
    with pytest.raises(HelperInputError):
        weight_penalty(model, "l3")


def test_digit_subset_is_balanced_and_seeded():
    x, y = E.digit_subset(50, seed=3)
    assert x.shape == (50, 28, 28) and torch.equal(torch.bincount(y, minlength=10), torch.full((10,), 5))
    assert torch.equal(x, E.digit_subset(50, seed=3)[0]) and not torch.equal(x, E.digit_subset(50, seed=4)[0])
    for bad in (25, 5, 5000):
        with pytest.raises(HelperInputError):
            E.digit_subset(bad)


def test_depth_models_stay_within_the_budget_and_use_it():
    for depth in E.DEPTHS[1:]:
        model = E.depth_model(depth)
        used = count_parameters(model)
        wider = MLP(sizes=[2] + [model.config.sizes[1] + 1] * depth + [2])
        assert used <= E.PARAMETER_BUDGET < count_parameters(wider)
    assert E.depth_model(0).config.sizes == [2, 2]


def test_learning_curve_numbers_from_a_small_table():
    acc = {"logistic": [[0.5, 0.8, 0.9]], "mlp": [[0.5, 0.81, 0.92]], "cnn": [[0.6, 0.9, 0.95]]}
    lc = E.learning_curve_claim(acc)
    assert lc["gap_small"] == pytest.approx(0.1) and lc["gap_large"] == pytest.approx(0.05)
    assert lc["widest_earlier"] == pytest.approx(0.1) and lc["min_gap"] == pytest.approx(0.05)
    assert lc["classical_gain"] == pytest.approx(0.1) and lc["middle_gap"] == pytest.approx(0.02)


def test_layer_pictures_and_learning_curve_plot():
    model = E.depth_model(2)
    X, y, _, _ = E.spiral_task(0)
    fig = plot_units_by_layer(model, X, max_units=3, probes=E.layer_probe(model, X, y, X, y))
    assert len(fig.axes) == 2 * 3
    plt.close(fig)
    with pytest.raises(HelperInputError):
        plot_units_by_layer(E.depth_model(0), X)
    ax = plot_learning_curve([20, 50], {"logistic": {"mean": [0.5, 0.6], "low": [0.4, 0.5], "high": [0.6, 0.7]}},
                             {"logistic": "LR"}, live={"logistic": {20: 0.5}})
    assert ax.get_xscale() == "log" and [t.get_text() for t in ax.get_legend().get_texts()] == [
        "LR", tr("basics.live_run")]
    plt.close(ax.figure)
    with pytest.raises(HelperInputError):
        plot_learning_curve([20], {}, {})


@pytest.mark.parametrize("bad", [None, {}, {"logistic": []}, {"logistic": [[0.5], [0.5, 0.6]]},
                                 {"logistic": [["a"]]}, {"logistic": [[1.5]]}, {"cnn": [[0.5, 0.6]]}])
def test_learning_curve_numbers_reject_bad_tables(bad):
    with pytest.raises(HelperInputError):
        E.learning_curve_claim(bad)


@pytest.mark.parametrize("bad", [None, {}, {"1": [0.5], "2": [0.9]}, {"x": [0.5]}, {"0": "0.5", "1": [0.6], "2": [0.9]}])
def test_depth_numbers_reject_bad_tables(bad):
    with pytest.raises(HelperInputError):
        E.depth_claim(bad)


def test_layer_probe_and_network_code_check_their_input():
    X, y, X_test, y_test = E.spiral_task(0)
    with pytest.raises(HelperInputError):
        E.layer_probe(torch.nn.Linear(2, 2), X, y, X_test, y_test)
    with pytest.raises(HelperInputError):
        E.layer_probe(E.depth_model(1), X, y[:-1], X_test, y_test)
    for kwargs in [dict(features=[]), dict(features=["x9"]), dict(widths=[0]), dict(activation="swish"),
                   dict(penalty="l3"), dict(lr="fast"), dict(batch_size=0)]:
        args = dict(features=["x1"], widths=[2], activation="tanh", regression=False, lr=0.1, batch_size=8,
                    penalty="none", rate=0.0)
        args.update(kwargs)
        with pytest.raises(HelperInputError):
            network_code(**args)
