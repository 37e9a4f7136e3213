"""Notebook 01's changed self-checks: they hold for other seeds and fail on a broken input.

Each test runs the notebook's experiment and evaluates the notebook's condition with the
notebook's thresholds through ``checks.claim``; the broken variant must raise ``ClaimFailed``.
"""
import pytest
import torch

from deeplearn_helpers import checks, fit, seed_everything, tr
from deeplearn_helpers.checks import ClaimFailed
from deeplearn_helpers.core import torch_threads
from deeplearn_helpers.experiments import basics as E
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


# --- sections 7.1 and 7.2: the learning curve and the depth sweep ---------------------------

MAX_LAST_GAIN, MAX_MLP_GAP = 0.03, 0.03          # notebook 01, section 7.1
MAX_ONE_GAIN, MIN_TWO_GAIN, LIVE_DEPTH = 0.15, 0.2, 3   # section 7.2
MAX_FIRST, MIN_LAST, MAX_DIFF = 0.75, 0.9, 0.02


def claim_learning_curve(accuracies, sizes) -> None:
    lc = E.learning_curve_claim(accuracies)
    holds = (lc["min_gap"] > 0 and lc["gap_large"] <= lc["widest_earlier"]
             and max(lc["classical_gain"], lc["deep_gain"]) <= MAX_LAST_GAIN and lc["middle_gap"] <= MAX_MLP_GAP)
    checks.claim(holds, "basics.claim_learning_curve", min_gap=lc["min_gap"], gap_large=lc["gap_large"],
                 widest=lc["widest_earlier"], largest=sizes[-1], previous=sizes[-2], max_gain=MAX_LAST_GAIN,
                 classical_gain=lc["classical_gain"], deep_gain=lc["deep_gain"], mlp_gap=lc["middle_gap"],
                 max_mlp_gap=MAX_MLP_GAP)


def claim_depth(accuracies, budget=E.PARAMETER_BUDGET) -> None:
    dc = E.depth_claim(accuracies)
    checks.claim(dc["one_over_linear"] <= MAX_ONE_GAIN and dc["two_over_one"] >= MIN_TWO_GAIN
                 and dc["best_depth"] == LIVE_DEPTH < dc["deepest"], "basics.claim_depth", budget=budget,
                 one=dc["one_over_linear"], max_one=MAX_ONE_GAIN, two=dc["two_over_one"], min_two=MIN_TWO_GAIN,
                 best=dc["best_depth"], deepest=dc["deepest"], deepest_minus_best=dc["deepest_minus_best"])


def claim_probe(probes) -> None:
    checks.claim(probes[0] <= MAX_FIRST and probes[-1] >= MIN_LAST, "basics.claim_probe", first=probes[0],
                 max_first=MAX_FIRST, last=probes[-1], min_last=MIN_LAST)


@pytest.fixture(scope="module")
def stored():
    return E.load_results()


def test_learning_curve_claim_holds_on_the_five_stored_seeds(stored):
    curve = stored["learning_curve"]
    assert stored["seeds"] == [0, 1, 2, 3, 4] and curve["sizes"] == list(E.SIZES)
    claim_learning_curve(curve["accuracy"], curve["sizes"])


def test_learning_curve_claim_fails_when_the_deep_model_is_no_better(stored):
    curve = stored["learning_curve"]
    broken = dict(curve["accuracy"], cnn=curve["accuracy"]["logistic"])
    with pytest.raises(ClaimFailed):
        claim_learning_curve(broken, curve["sizes"])


def test_learning_curve_claim_fails_when_the_gap_grows_with_the_data(stored):
    """If the CNN's lead grew with size (what the lecture leads one to expect), the statement is false."""
    curve = stored["learning_curve"]
    growing = [[a + 0.01 * (i + 1) for i, a in enumerate(run)] for run in curve["accuracy"]["logistic"]]
    with pytest.raises(ClaimFailed):
        claim_learning_curve(dict(curve["accuracy"], cnn=growing), curve["sizes"])


def test_stored_runs_are_reproduced_for_seed_1(stored):
    """The live check of section 7.1 for another seed: two sizes, logistic regression and the CNN."""
    curve = stored["learning_curve"]
    with torch_threads(1):
        for name in ("logistic", "cnn"):
            for size in (50, 1000):
                saved = curve["accuracy"][name][1][curve["sizes"].index(size)]
                assert abs(E.learning_curve_trial(name, size, seed=1) - saved) <= MAX_DIFF


def test_depth_claim_holds_on_the_five_stored_seeds(stored):
    depth = stored["depth"]
    assert depth["budget"] == E.PARAMETER_BUDGET and depth["depths"] == list(E.DEPTHS)
    claim_depth(depth["accuracy"], depth["budget"])


def test_depth_claim_fails_when_depth_keeps_helping(stored):
    broken = dict(stored["depth"]["accuracy"])
    broken["4"] = [min(1.0, a + 0.01) for a in broken["3"]]          # a fourth layer that helps
    with pytest.raises(ClaimFailed):
        claim_depth(broken)


def test_depth_claim_fails_when_one_wide_layer_is_enough(stored):
    broken = dict(stored["depth"]["accuracy"])
    broken["1"] = list(broken["3"])
    with pytest.raises(ClaimFailed):
        claim_depth(broken)


@pytest.mark.parametrize("seed", [0, 1])
def test_last_layer_separates_the_spirals_and_the_first_does_not(seed, stored):
    with torch_threads(1):
        run = E.depth_trial(LIVE_DEPTH, seed=seed)
        model, acc = run.model, run.accuracy
        assert abs(acc - stored["depth"]["accuracy"][str(LIVE_DEPTH)][seed]) <= MAX_DIFF
        claim_probe(E.layer_probe(model, *E.spiral_task(seed)))


def test_probe_claim_fails_for_an_untrained_network():
    with torch.random.fork_rng():
        torch.manual_seed(0)
        untrained = E.depth_model(LIVE_DEPTH)
    with pytest.raises(ClaimFailed):
        claim_probe(E.layer_probe(untrained, *E.spiral_task(0)))
