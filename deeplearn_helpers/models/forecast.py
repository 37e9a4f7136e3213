"""Next-day temperature forecasting on the Seattle weather, with two honest baselines.

* persistence: tomorrow = today;
* climatology: tomorrow = the mean of that day of the year (±7 days) over the training years;
* a recurrent forecaster (``SequenceModel``, LSTM or GRU) that reads the last ``window`` days
  of weather and predicts the *change* of tomorrow's maximum temperature from today's, so
  that a model predicting zero change equals persistence.

The final year (2015) is held out: every number is measured on it.

``walk_forecast`` is the finance example: a least-squares forecast of a random walk's next
step from its last ones, against the naive forecast x̂_{t+1} = x_t.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from ..data.series import day_of_year_features, load_weather, make_windows
from ..train import fit
from .. import checks
from ..validate import check_choice, check_int, check_tensor
from .sequence import SequenceConfig, SequenceModel

__all__ = ["WeatherTask", "weather_task", "rmse", "climatology_table", "train_forecaster",
           "forecast", "walk_forecast", "claim_walk", "claim_walk_drift", "WALK_TOLERANCE"]

FEATURES = ("temp_max", "temp_min", "precipitation", "wind")


@dataclass
class WeatherTask:
    x: torch.Tensor          # (N, window, F) standardised inputs, target day = window … D−1
    change: torch.Tensor     # (N,) standardised change of temp_max from the last input day
    today: np.ndarray        # (N,) temp_max of the last input day, °C
    truth: np.ndarray        # (N,) temp_max of the target day, °C
    day_of_year: np.ndarray  # (N,) of the target day
    test: np.ndarray         # (N,) bool: target day in the held-out year
    scale: float             # °C per standardised unit of temp_max
    dates: np.ndarray        # (N,) target dates


def rmse(prediction, truth) -> float:
    """Root mean squared error, in the units of ``truth``."""
    return float(np.sqrt(np.mean((np.asarray(prediction, float) - np.asarray(truth, float)) ** 2)))


def climatology_table(temp: np.ndarray, day_of_year: np.ndarray, half_width: int = 7) -> np.ndarray:
    """Mean temperature of each day of the year (366,), over a ±``half_width``-day window."""
    table = np.zeros(366)
    for day in range(366):
        gap = np.abs(day_of_year - day)
        table[day] = temp[np.minimum(gap, 365 - gap) <= half_width].mean()
    return table


def weather_task(window: int = 14, test_year: int = 2015) -> WeatherTask:
    """Windows of standardised weather (statistics from the training years only)."""
    window = check_int(window, "window", 1, 365)
    w = load_weather()
    raw = np.stack([w.values[c] for c in FEATURES], axis=1)              # (D, 4)
    train_days = w.year < test_year
    mean, std = raw[train_days].mean(0), raw[train_days].std(0)
    feats = np.concatenate([(raw - mean) / std, day_of_year_features(w.day_of_year)], axis=1)
    x, change = make_windows(torch.tensor(feats), window, target="change")
    temp = w.values["temp_max"]
    return WeatherTask(x=x, change=change, today=temp[window - 1:-1], truth=temp[window:],
                       day_of_year=w.day_of_year[window:], test=w.year[window:] == test_year,
                       scale=float(std[0]), dates=w.dates[window:])


def train_forecaster(task: WeatherTask, cell: str = "gru", seed: int = 0, epochs: int = 6,
                     hidden: int = 24, progress: bool = False) -> SequenceModel:
    """Fit a SequenceModel (many-to-one) on the training years."""
    check_choice(cell, "cell", ["lstm", "gru"])
    torch.manual_seed(seed)
    model = SequenceModel(SequenceConfig(cell=cell, input_size=task.x.shape[2], hidden_size=hidden,
                                         output_size=1, readout="last"))
    train = torch.from_numpy(~task.test)

    def loss_fn(model, batch):
        x, y = batch                                     # (B, window, F), (B,)
        return torch.nn.functional.mse_loss(model(x.transpose(0, 1))[:, 0], y)

    fit(model, loss_fn, (task.x[train], task.change[train]), epochs=epochs, batch_size=64,
        lr=3e-3, progress=progress, seed=seed)
    return model.eval()


@torch.no_grad()
def forecast(model: SequenceModel, task: WeatherTask) -> np.ndarray:
    """Tomorrow's temp_max (°C) for every window: today + the predicted change, (N,)."""
    change = model(task.x.transpose(0, 1))[:, 0].numpy() * task.scale   # (N,)
    return task.today + change


def walk_forecast(series, lags: int = 5, cut: int = 800) -> dict:
    """RMSE of two next-value forecasts of ``series`` (T,) on its steps after ``cut``:

    * ``"naive"``: x̂_{t+1} = x_t, the best forecast of a random walk whose steps have mean 0;
    * ``"model"``: x_t + a least-squares fit of the next step on the last ``lags`` steps and
      a constant (fitted on the first ``cut`` windows); the constant can learn a drift μ,
      for which the best forecast is x_t + μ.
    """
    series = check_tensor(torch.as_tensor(np.asarray(series, dtype=np.float64)), "series", ndim=1).numpy()
    lags = check_int(lags, "lags", 1, 100)
    steps = np.diff(series)                                                  # (T−1,)
    window = np.stack([steps[i:len(steps) - lags + i] for i in range(lags)], axis=1)  # (T−1−lags, lags)
    target = steps[lags:]
    cut = check_int(cut, "cut", lags + 2, len(target) - 1)
    coef, *_ = np.linalg.lstsq(np.c_[window[:cut], np.ones(cut)], target[:cut], rcond=None)
    today = series[lags + cut:-1]
    truth = series[lags + cut + 1:]
    model = today + np.c_[window[cut:], np.ones(len(window) - cut)] @ coef
    return {"naive": rmse(today, truth), "model": rmse(model, truth)}


WALK_TOLERANCE = 0.02   # "about equal": the two RMSEs differ by less than 2 %


def claim_walk(scores: dict, tolerance: float = WALK_TOLERANCE) -> None:
    """Self-check: the fitted model's RMSE is within ``tolerance`` of the naive forecast's."""
    ratio = scores["model"] / scores["naive"]
    checks.claim(abs(ratio - 1) < tolerance, "app.claim_walk", model=f"{scores['model']:.4f}",
                 naive=f"{scores['naive']:.4f}", gap=f"{100 * (ratio - 1):+.1f}",
                 tolerance=f"{100 * tolerance:.0f}")


def claim_walk_drift(scores: dict, drift: float, tolerance: float = WALK_TOLERANCE) -> None:
    """Self-check: on a walk with drift the model (whose constant learns μ) beats the naive
    forecast x̂_{t+1} = x_t by more than ``tolerance``."""
    ratio = scores["model"] / scores["naive"]
    checks.claim(ratio < 1 - tolerance, "app.claim_walk_drift", drift=drift, model=f"{scores['model']:.4f}",
                 naive=f"{scores['naive']:.4f}", gap=f"{100 * (ratio - 1):+.1f}",
                 tolerance=f"{100 * tolerance:.0f}")
