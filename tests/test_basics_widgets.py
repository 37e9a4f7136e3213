"""The neuron explorer and the playground, driven as a browser would drive them."""
import ipywidgets
import pytest
import torch

from deeplearn_helpers import count_parameters, set_language
from deeplearn_helpers.validate import HelperInputError
from deeplearn_helpers.widgets import NeuronExplorer, Playground


def test_neuron_explorer_redraws_and_reports_the_output_at_one_one():
    explorer = NeuronExplorer(w1=1.0, w2=1.0, b=0.0, activation="sigmoid")
    explorer.refresh()
    first_picture, first_text = explorer.image.value, explorer.text.value
    assert "0.881" in first_text                       # sigmoid(1 + 1 + 0)
    explorer.controls["b"].value = -2.0
    assert "0.500" in explorer.text.value and explorer.image.value != first_picture
    explorer.controls["activation"].value = "relu"
    assert "0.000" in explorer.text.value
    assert torch.equal(explorer.output(1.0, 1.0, -2.0, "relu"),
                       torch.relu(explorer.x1 + explorer.x2 - 2.0))


def test_neuron_explorer_draws_every_activation_its_dropdown_offers():
    explorer = NeuronExplorer(activation="sigmoid")
    explorer.refresh()
    for name in explorer.controls["activation"].options:   # the one table: a new entry lands here
        before = explorer.image.value
        explorer.controls["activation"].value = name
        assert explorer.range[0] < explorer.range[1], name
        assert name == "sigmoid" or explorer.image.value != before, name


def test_neuron_explorer_handles_a_vertical_and_a_missing_line():
    explorer = NeuronExplorer()
    explorer.update(w1=2.0, w2=0.0, b=1.0, activation="tanh")
    assert list(explorer.line.get_xdata()) == [-0.5, -0.5]
    explorer.update(w1=0.0, w2=0.0, b=1.0, activation="tanh")
    assert len(explorer.line.get_xdata()) == 0


def test_playground_trains_when_ticked_and_keeps_the_run_when_a_setting_changes():
    playground = Playground(dataset="circles", hidden_layers=1, width=8, lr=0.05, steps_per_tick=20)
    playground.refresh()
    picture = playground.image.value
    before = playground.model.layers[0].weight.clone()
    for _ in range(30):
        playground.tick()
    assert len(playground.losses) == len(playground.test_losses) == 30
    assert not torch.equal(before, playground.model.layers[0].weight)
    assert playground.image.value != picture
    assert playground.losses[-1] < 0.5 * playground.losses[0]          # training loss fell
    expected = playground._accuracy(playground.F_test, playground.y_test)
    playground.controls["width1"].value = 4                              # a new network from scratch
    assert playground.losses == [] and playground.model.layers[0].out_features == 4
    assert len(playground.runs) == 1 and playground.runs[0]["steps"] == 600
    assert "600" in playground.runs_table.value
    assert playground.runs[0]["accuracy"] == f"{expected:.2f}" and float(expected) > 0.8  # circles: learned
    playground.controls["hidden_layers"].value = 0                       # the linear model
    assert len(playground.model.layers) == 1
    assert len(playground.runs) == 1                                     # an untrained run is not kept


def test_every_playground_control_changes_the_picture():
    playground = Playground(steps_per_tick=10)
    playground.refresh()
    playground.controls["hidden_layers"].value = 4                       # every width slider counts ...
    names = [name for name in playground.controls if name != "hidden_layers"] + ["hidden_layers"]  # ... until the last move
    for name in names:
        control, before = playground.controls[name], bytes(playground.image.value)
        if isinstance(control, ipywidgets.Checkbox):
            control.value = not control.value
        elif isinstance(control, ipywidgets.Dropdown):
            values = [o[1] if isinstance(o, tuple) else o for o in control.options]
            control.value = next(v for v in values if v != control.value)
        elif isinstance(control, ipywidgets.FloatLogSlider):
            control.value = control.value * 2
        else:
            control.value = control.max if control.value != control.max else control.min
        assert bytes(playground.image.value) != before, name


def test_the_benchmark_ends_on_the_largest_network():
    playground = Playground()
    playground.refresh()
    for name, values in playground.demo_values.items():
        for value in values:
            playground.controls[name].value = value
    assert playground.model.config.sizes == [7, 8, 8, 8, 8, 2]


def test_playground_features_layers_and_regression():
    playground = Playground(dataset="hills", hidden_layers=3, width=5,
                            features=("x1", "x2", "x1*x2", "sin x1"))
    playground.refresh()
    assert playground.model.config.sizes == [4, 5, 5, 5, 1]               # 4 features in, 1 number out
    assert len(playground.slots) == 4 + 3 * 5                              # a map per feature and neuron
    playground.controls["width2"].value = 2
    assert playground.model.config.sizes == [4, 5, 2, 5, 1]
    for _ in range(20):
        playground.tick()
    assert playground.test_losses[-1] < playground.test_losses[0]
    assert "MSE" in playground.text.value


def test_playground_shows_the_torch_code_of_its_network():
    playground = Playground(dataset="moons", hidden_layers=2, width=3, features=("x1", "x2", "x1^2"),
                            penalty="l2", rate=0.01, lr=0.1)
    playground.refresh()
    assert playground.code.value == ""
    playground.code_button.value = True
    assert "nn.Linear(3, 3)" in playground.code.value and "CrossEntropyLoss" in playground.code.value
    namespace = {}
    exec(playground.code_text(), namespace)                              # the code on screen runs ...
    model = namespace["model"]
    assert count_parameters(model) == count_parameters(playground.model)  # ... and builds the same network
    loss = namespace["train_step"](torch.randn(8, 3), torch.randint(0, 2, (8,)))
    assert loss > 0
    playground.controls["dataset"].value = "plane"
    assert "MSELoss" in playground.code.value and "nn.Linear(3, 1)" in playground.code.value


def test_l1_penalty_makes_weights_small():
    def total_weight(penalty):
        playground = Playground(dataset="xor", hidden_layers=1, width=8, penalty=penalty, rate=0.01,
                                steps_per_tick=25)
        playground.refresh()
        for _ in range(12):
            playground.tick()
        return sum(layer.weight.abs().sum().item() for layer in playground.model.layers
                   if isinstance(layer, torch.nn.Linear))
    assert total_weight("l1") < 0.5 * total_weight("none")


def test_playground_leaves_the_global_random_generator_alone():
    state = torch.random.get_rng_state()
    playground = Playground()
    playground.refresh()
    playground.tick()
    assert torch.equal(state, torch.random.get_rng_state())


def test_playground_captions_follow_the_language():
    set_language("en")
    try:
        playground = Playground()
        assert playground.controls["dataset"].description == "Dataset"
        assert playground.controls["width3"].description == "Neurons in layer 3"
        playground.refresh()
        assert "test accuracy" in playground.text.value
    finally:
        set_language("kk")


@pytest.mark.parametrize("kwargs", [dict(dataset="squares"), dict(activation="swish"), dict(width=0),
                                    dict(width=9), dict(hidden_layers=9), dict(lr=5.0), dict(lr="fast"),
                                    dict(features=("x3",)), dict(noise=2.0), dict(train_percent=99),
                                    dict(batch_size=0), dict(penalty="l3"), dict(rate=5.0)])
def test_playground_rejects_bad_settings_clearly(kwargs):
    with pytest.raises(HelperInputError):
        Playground(**kwargs)


@pytest.mark.parametrize("kwargs", [dict(w1=7.0), dict(b="one"), dict(activation="swish")])
def test_neuron_explorer_rejects_bad_settings_clearly(kwargs):
    with pytest.raises(HelperInputError):
        NeuronExplorer(**kwargs)
