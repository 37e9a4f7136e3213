"""Time series for the applications notebook: Seattle weather, airline passengers, a random walk.

The two CSV files ship in ``files/`` (see ``files/DATA_LICENSES.md``); nothing is downloaded.
``make_windows`` turns a series into (past window → next value) pairs for a forecaster.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources

import numpy as np

from ..validate import check_choice, check_float, check_int, check_tensor

__all__ = ["Weather", "load_weather", "load_air_passengers", "random_walk", "make_windows",
           "day_of_year_features"]

WEATHER_FILE = "seattle_weather_2012_2015.csv"
AIR_FILE = "airpassengers_1949_1960.csv"
WEATHER_COLUMNS = ("temp_max", "temp_min", "precipitation", "wind")


@dataclass
class Weather:
    """Daily Seattle weather, 2012-01-01 .. 2015-12-31 (1461 days)."""

    dates: np.ndarray            # (D,) datetime64[D]
    values: dict[str, np.ndarray]  # column -> (D,) float32

    @property
    def day_of_year(self) -> np.ndarray:
        """0 for 1 January … 365 for 31 December of a leap year, (D,)."""
        years = self.dates.astype("datetime64[Y]")
        return (self.dates - years).astype(np.int64)

    @property
    def year(self) -> np.ndarray:
        return self.dates.astype("datetime64[Y]").astype(np.int64) + 1970


def _open(name: str):
    return resources.files("deeplearn_helpers.data").joinpath("files", name).open(encoding="utf-8")


def load_weather() -> Weather:
    """The shipped Seattle weather table (NOAA, public domain)."""
    with _open(WEATHER_FILE) as file:
        rows = list(csv.DictReader(file))
    dates = np.array([row["date"].replace("/", "-") for row in rows], dtype="datetime64[D]")
    values = {name: np.array([float(row[name]) for row in rows], dtype=np.float32)
              for name in WEATHER_COLUMNS}
    return Weather(dates, values)


def load_air_passengers() -> tuple[np.ndarray, np.ndarray]:
    """Monthly airline passengers 1949–1960: (time in years (144,), thousands (144,))."""
    with _open(AIR_FILE) as file:
        rows = list(csv.reader(file))[1:]
    time = np.array([float(row[1]) for row in rows])
    passengers = np.array([float(row[2]) for row in rows], dtype=np.float32)
    return time, passengers


def random_walk(n: int = 1000, seed: int = 0, drift: float = 0.0, sigma: float = 1.0) -> np.ndarray:
    """A price-like series x_t = x_{t-1} + drift + sigma·ε_t, ε_t ~ N(0, 1), starting at 100."""
    n = check_int(n, "n", 2, 10 ** 6)
    seed = check_int(seed, "seed", 0)
    drift = check_float(drift, "drift", -10.0, 10.0)
    sigma = check_float(sigma, "sigma", 1e-6, 100.0)
    steps = np.random.default_rng(seed).normal(drift, sigma, size=n - 1)
    return (100.0 + np.concatenate([[0.0], np.cumsum(steps)])).astype(np.float32)


def day_of_year_features(day_of_year: np.ndarray) -> np.ndarray:
    """(sin, cos) of the season, so that 31 December sits next to 1 January: (D, 2)."""
    day_of_year = check_tensor(day_of_year, "day_of_year", ndim=1, hint="(D,)").double().numpy()
    angle = 2 * np.pi * day_of_year / 365.25
    return np.stack([np.sin(angle), np.cos(angle)], axis=1).astype(np.float32)


def make_windows(series, window: int, horizon: int = 1, target: str = "value"):
    """Cut a series into pairs (past ``window`` steps → value ``horizon`` steps later).

    ``series`` is (T,) or (T, F) (features per step; the target is feature 0).
    Returns ``x`` (N, window, F) and ``y`` (N,), N = T − window − horizon + 1; with
    ``target="change"`` y is the change from the last step of the window.
    """
    series = check_tensor(series, "series", ndim=(1, 2), hint="(T,) / (T, F)")
    window = check_int(window, "window", 1)
    horizon = check_int(horizon, "horizon", 1)
    check_choice(target, "target", ["value", "change"])
    if series.dim() == 1:
        series = series[:, None]                                   # (T, 1)
    n = series.shape[0] - window - horizon + 1
    check_int(n, "len(series) − window − horizon + 1", 1)
    x = series.unfold(0, window, 1)[:n].transpose(1, 2).contiguous()  # (N, window, F)
    y = series[window + horizon - 1:window + horizon - 1 + n, 0]      # (N,)
    if target == "change":
        y = y - x[:, -1, 0]
    return x.float(), y.float()
