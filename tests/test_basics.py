"""Notebook 01's pieces: activations, MLP, the linear-vs-deep claim for several seeds."""
import matplotlib.pyplot as plt
import pytest
import torch

from deeplearn_helpers import HelperInputError, fit, seed_everything
from deeplearn_helpers.data import make_spirals, train_test_split
from deeplearn_helpers.models import (ACTIVATION_FUNCTIONS, MLP, accuracy, activation,
                                      classification_loss)
from deeplearn_helpers.plots import draw_network, plot_activations, plot_decision_boundary, plot_hidden_units

TORCH_VERSIONS = {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": torch.relu,
                  "leaky_relu": torch.nn.functional.leaky_relu, "linear": lambda x: x}


@pytest.mark.parametrize("name", sorted(ACTIVATION_FUNCTIONS))
def test_scratch_activation_matches_torch_and_autograd(name):
    f, df = ACTIVATION_FUNCTIONS[name]
    x = torch.linspace(-6, 6, 241, dtype=torch.float64, requires_grad=True)
    assert torch.allclose(f(x), TORCH_VERSIONS[name](x), atol=1e-12)
    (grad,) = torch.autograd.grad(TORCH_VERSIONS[name](x).sum(), x)
    assert torch.allclose(df(x.detach()), grad, atol=1e-12)


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


@pytest.mark.parametrize("seed", range(5))
def test_mlp_beats_linear_model_on_spirals_for_every_seed(seed):
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
