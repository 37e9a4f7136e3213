"""Notebook 01's changed self-checks: they hold for other seeds and fail on a broken input.

Each test runs the notebook's experiment and evaluates the notebook's condition with the
notebook's thresholds through ``checks.claim``; the broken variant must raise ``ClaimFailed``.
"""
import pytest
import torch

from deeplearn_helpers import checks, fit, seed_everything, tr
from deeplearn_helpers.checks import ClaimFailed
from deeplearn_helpers.data import make_spirals, train_test_split
from deeplearn_helpers.models import MLP, accuracy, classification_loss, regression_loss

MAX_LINEAR, MIN_MLP = 0.65, 0.97                 # notebook 01, section 7
LOW, HIGH, POINTS, MAX_MSE = -2, 2, 200, 0.02    # notebook 01, section 8


def claim_linear_vs_mlp(seed: int, deep_activation: str = "tanh") -> None:
    """Section 7: a linear model against a two-hidden-layer MLP on the spirals."""
    X, y = make_spirals(n=800, seed=seed)
    X_train, y_train, X_test, y_test = train_test_split(X, y, test_fraction=0.25, seed=seed)
    seed_everything(seed)
    linear = MLP(sizes=[2, 2])
    fit(linear, classification_loss, (X_train, y_train), epochs=150, lr=0.01, progress=False)
    seed_everything(seed)
    mlp = MLP(sizes=[2, 32, 32, 2], activation=deep_activation)
    fit(mlp, classification_loss, (X_train, y_train), epochs=150, lr=0.01, progress=False)
    acc_linear, acc_mlp = accuracy(linear, X_test, y_test), accuracy(mlp, X_test, y_test)
    checks.claim(acc_linear <= MAX_LINEAR and acc_mlp >= MIN_MLP, "basics.claim_linear_vs_mlp",
                 linear=acc_linear, mlp=acc_mlp, max_linear=MAX_LINEAR, min_mlp=MIN_MLP)


def claim_regression(seed: int, epochs: int = 120) -> None:
    """Section 8: the regression net against the true function sin(2x) on a grid."""
    seed_everything(seed)
    gen = torch.Generator().manual_seed(seed)
    x_reg = torch.rand(200, 1, generator=gen) * 4 - 2
    y_reg = torch.sin(2 * x_reg) + 0.1 * torch.randn(200, 1, generator=gen)
    regressor = MLP(sizes=[1, 32, 32, 1], activation="tanh")
    fit(regressor, regression_loss, (x_reg, y_reg), epochs=epochs, batch_size=32, lr=0.01,
        progress=False)
    x_grid = torch.linspace(LOW, HIGH, POINTS)[:, None]
    with torch.no_grad():
        mse = ((regressor(x_grid) - torch.sin(2 * x_grid)) ** 2).mean().item()
    checks.claim(mse < MAX_MSE, "basics.claim_regression", mse=mse, low=LOW, high=HIGH,
                 points=POINTS, max_mse=MAX_MSE)


def test_linear_vs_mlp_fails_when_the_deep_net_has_no_nonlinearity():
    """Without a nonlinear activation the 'deep' net is one linear map: the claim must fail."""
    with pytest.raises(ClaimFailed):
        claim_linear_vs_mlp(0, deep_activation="linear")


@pytest.mark.parametrize("seed", [0, 1])
def test_regression_is_close_to_the_true_function_on_the_grid(seed):
    claim_regression(seed)


def test_regression_claim_fails_for_a_net_trained_too_little():
    with pytest.raises(ClaimFailed):
        claim_regression(0, epochs=1)


def test_regression_message_names_the_grid_not_test_points():
    text = tr("basics.claim_regression", mse=0.001, low=LOW, high=HIGH, points=POINTS, max_mse=MAX_MSE)
    assert "торда" in text and "тест нүктелерінде" not in text and f"< {MAX_MSE}" in text
