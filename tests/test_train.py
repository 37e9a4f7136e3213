import pytest
import torch

from deeplearn_helpers import HelperInputError, fit, seed_everything


def _regression(n=256):
    g = torch.Generator().manual_seed(0)
    X = torch.randn(n, 3, generator=g)
    y = X @ torch.tensor([1.0, -2.0, 0.5]) + 0.3
    return X, y[:, None]


def mse(model, batch):
    x, y = batch
    return torch.nn.functional.mse_loss(model(x), y)


def test_fit_learns_a_linear_map_and_records_history():
    seed_everything(0)
    model = torch.nn.Linear(3, 1)
    history = fit(model, mse, _regression(), epochs=60, batch_size=32, lr=0.05, progress=False)
    assert history.steps == 60 * 8 == len(history.loss)
    assert history.loss[-1] < 1e-3 < history.loss[0]
    assert torch.allclose(model.weight, torch.tensor([[1.0, -2.0, 0.5]]), atol=0.02)


def test_fit_with_a_sampling_function_eval_and_clipping():
    model = torch.nn.Linear(3, 1)
    X, y = _regression()
    history = fit(model, mse, lambda step: (X[:32], y[:32]), steps=50, lr=0.05, clip_grad_norm=1.0,
                  eval_fn=lambda: {"val": mse(model, (X, y)).item()}, eval_every=10, progress=False)
    assert [s for s, _ in history.evals["val"]] == [10, 20, 30, 40, 50]
    assert history.last("val") < history.evals["val"][0][1]


def test_fit_is_deterministic_for_a_seed():
    runs = []
    for _ in range(2):
        seed_everything(3)
        model = torch.nn.Linear(3, 1)
        runs.append(fit(model, mse, _regression(), epochs=2, progress=False, seed=3).loss)
    assert runs[0] == runs[1]


def test_custom_step_fn_logs_its_numbers():
    model = torch.nn.Linear(1, 1)
    calls = []

    def step(batch):
        calls.append(batch[0].shape)
        return {"loss_d": 1.0, "loss_g": 2.0}

    history = fit(model, None, (torch.zeros(10, 1),), epochs=2, batch_size=4, step_fn=step, progress=False)
    assert len(calls) == 6 and history.values["loss_g"] == [2.0] * 6


@pytest.mark.parametrize("kwargs", [
    dict(steps=None, epochs=None), dict(steps=10, epochs=1), dict(steps=0), dict(steps=5, lr=-1.0),
])
def test_bad_arguments_give_clear_errors(kwargs):
    with pytest.raises(HelperInputError):
        fit(torch.nn.Linear(3, 1), mse, _regression(), progress=False, **kwargs)


def test_bad_data_and_model():
    with pytest.raises(HelperInputError, match="nn.Module"):
        fit("model", mse, _regression(), steps=1, progress=False)
    with pytest.raises(HelperInputError, match="бірінші өлшемі"):
        fit(torch.nn.Linear(3, 1), mse, (torch.zeros(5, 3), torch.zeros(4, 1)), steps=1, progress=False)
    with pytest.raises(HelperInputError):
        fit(torch.nn.Linear(3, 1), mse, 42, steps=1, progress=False)


def test_diverging_training_stops_with_a_message():
    model = torch.nn.Linear(3, 1)
    X, y = _regression()
    with pytest.raises(FloatingPointError, match="оқыту жылдамдығын"):
        fit(model, mse, (X * 100, y), epochs=50, optimizer=torch.optim.SGD(model.parameters(), lr=1.0),
            progress=False)


def test_a_scheduler_steps_once_per_update():
    model = torch.nn.Linear(3, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
    fit(model, mse, _regression(64), epochs=1, batch_size=16, optimizer=optimizer, scheduler=scheduler,
        progress=False)
    assert optimizer.param_groups[0]["lr"] == 0.1 * 0.5 ** 4


def test_callback_sees_every_step_and_the_end_and_the_live_plot_keeps_the_finished_curve():
    import matplotlib.pyplot as plt

    from deeplearn_helpers.plots import LivePlot

    calls = []
    model = torch.nn.Linear(2, 1)
    fit(model, lambda m, b: m(b[0]).pow(2).mean(), (torch.randn(16, 2),), steps=5, batch_size=4, progress=False,
        callback=lambda history, done: calls.append((history.steps, done)))
    assert calls == [(1, False), (2, False), (3, False), (4, False), (5, False), (5, True)]
    live = LivePlot(every=2)
    history = fit(model, lambda m, b: m(b[0]).pow(2).mean(), (torch.randn(16, 2),), steps=5, batch_size=4,
                  progress=False, callback=live)
    (line,) = live.ax.get_lines()
    assert len(line.get_xdata()) == history.steps == 5          # the last draw is the finished curve
    assert not plt.fignum_exists(live.fig.number)              # and the figure is closed


def test_fit_gives_the_model_its_mode_back_and_prints_a_finished_bar(capsys):
    model = torch.nn.Sequential(torch.nn.Linear(2, 1), torch.nn.Dropout(0.1)).eval()
    fit(model, lambda m, b: m(b[0]).pow(2).mean(), (torch.randn(8, 2),), steps=3, batch_size=4)
    assert not model.training
    out = capsys.readouterr().out
    assert "100%" in out.split("\r")[-1] and "3/3" in out.split("\r")[-1]


def test_trained_reads_its_scores_as_attributes_and_is_frozen():
    from dataclasses import FrozenInstanceError

    from deeplearn_helpers.train import History, Trained

    run = Trained(torch.nn.Linear(1, 1), History(), {"accuracy": 0.9})
    assert run.accuracy == 0.9 and run.scores["accuracy"] == 0.9
    with pytest.raises(AttributeError):
        run.mse
    with pytest.raises(FrozenInstanceError):
        run.model = None
    with pytest.raises(TypeError):
        run.scores["accuracy"] = 1.0
