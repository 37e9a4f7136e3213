"""Series loaders, windows, and the forecasting claims of notebook 05 for seeds 0, 1 (make bench: 0..4)."""
import numpy as np
import pytest
import torch

from deeplearn_helpers.data.series import (day_of_year_features, load_air_passengers, load_weather,
                                           make_windows, random_walk)
from deeplearn_helpers.checks import ClaimFailed
from deeplearn_helpers.experiments.applications import (claim_walk, claim_walk_drift, climatology_table,
                                                        forecast, train_forecaster, walk_forecast,
                                                        weather_task)
from deeplearn_helpers.metrics import rmse
from deeplearn_helpers.validate import HelperInputError


def test_loaders_shapes_and_values():
    w = load_weather()
    assert len(w.dates) == 1461 and str(w.dates[0]) == "2012-01-01" and str(w.dates[-1]) == "2015-12-31"
    assert set(w.values) == {"temp_max", "temp_min", "precipitation", "wind"}
    assert (w.values["temp_max"] >= w.values["temp_min"]).all()
    assert w.day_of_year[0] == 0 and w.year[-1] == 2015
    years, passengers = load_air_passengers()
    assert len(years) == 144 and passengers[0] == 112 and passengers[-1] == 432


def test_make_windows_against_a_loop():
    series = torch.randn(30, 3)
    x, y = make_windows(series, window=5, horizon=2)
    assert x.shape == (24, 5, 3) and y.shape == (24,)
    for i in range(24):
        assert torch.equal(x[i], series[i:i + 5]) and y[i] == series[i + 6, 0]
    _, change = make_windows(series, window=5, target="change")
    assert torch.allclose(change, series[5:, 0] - series[4:-1, 0])
    with pytest.raises(HelperInputError):
        make_windows(torch.randn(3), window=5)
    with pytest.raises(HelperInputError):
        make_windows(torch.randn(2, 2, 2), window=1)


def test_random_walk_and_season_features():
    a, b = random_walk(100, seed=3), random_walk(100, seed=3)
    assert np.array_equal(a, b) and a[0] == 100.0 and len(a) == 100
    f = day_of_year_features(np.array([0, 365]))
    assert np.allclose(f[0], f[1], atol=0.02)           # 1 January sits next to 31 December
    with pytest.raises(HelperInputError):
        random_walk(1)


@pytest.mark.parametrize("seed", [0, 1])  # seeds 0..4: make bench
def test_recurrent_forecasters_beat_persistence_and_climatology(seed):
    task = weather_task()
    test = task.test
    persistence = rmse(task.today[test], task.truth[test])
    table = climatology_table(task.truth[~test], task.day_of_year[~test])
    climatology = rmse(table[task.day_of_year[test]], task.truth[test])
    assert persistence < climatology
    for cell in ("lstm", "gru"):
        model = train_forecaster(task, cell, seed=seed).model
        assert rmse(forecast(model, task)[test], task.truth[test]) < persistence


@pytest.mark.parametrize("seed", [0, 1])  # seeds 0..4: make bench
def test_on_a_random_walk_the_model_about_equals_the_naive_forecast(seed):
    claim_walk(walk_forecast(random_walk(1000, seed=seed)))


@pytest.mark.parametrize("seed", range(2))
def test_walk_checks_fail_where_the_next_step_can_be_predicted(seed):
    rng = np.random.default_rng(seed)
    steps = np.zeros(999)
    for t in range(1, 999):                              # momentum: steps follow the last step
        steps[t] = 0.6 * steps[t - 1] + rng.normal()
    with pytest.raises(ClaimFailed):
        claim_walk(walk_forecast(np.r_[100.0, 100.0 + np.cumsum(steps)]))
    drift = walk_forecast(random_walk(1000, seed=seed, drift=0.5))
    with pytest.raises(ClaimFailed):
        claim_walk(drift)                                 # with drift μ the best forecast is x_t + μ
    claim_walk_drift(drift, 0.5)
    with pytest.raises(ClaimFailed):
        claim_walk_drift(walk_forecast(random_walk(1000, seed=seed)), 0.0)


def test_walk_forecast_matches_a_hand_fit():
    walk = random_walk(300, seed=4)
    steps = np.diff(walk)
    lags = np.stack([steps[i:len(steps) - 3 + i] for i in range(3)], axis=1)
    coef, *_ = np.linalg.lstsq(np.c_[lags[:200], np.ones(200)], steps[3:][:200], rcond=None)
    model = walk[3 + 200:-1] + np.c_[lags[200:], np.ones(len(lags) - 200)] @ coef
    got = walk_forecast(walk, lags=3, cut=200)
    assert got["model"] == pytest.approx(rmse(model, walk[204:]))
    assert got["naive"] == pytest.approx(rmse(walk[203:-1], walk[204:]))


def test_air_passengers_test_years_leave_the_raw_range_but_not_the_differenced_one():
    years, passengers = load_air_passengers()
    log_diff = np.log(passengers[12:]) - np.log(passengers[:-12])
    train, diff_train = years < 1959, years[12:] < 1959
    assert np.mean(passengers[~train] > passengers[train].max()) > 0
    inside = (log_diff[~diff_train] <= log_diff[diff_train].max()) & (log_diff[~diff_train] >= log_diff[diff_train].min())
    assert inside.all()
