"""The neuron explorer and the playground, driven as a browser would drive them."""
import pytest
import torch

from deeplearn_helpers import set_language
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


def test_neuron_explorer_handles_a_vertical_and_a_missing_line():
    explorer = NeuronExplorer()
    explorer.update(w1=2.0, w2=0.0, b=1.0, activation="tanh")
    assert list(explorer.line.get_xdata()) == [-0.5, -0.5]
    explorer.update(w1=0.0, w2=0.0, b=1.0, activation="tanh")
    assert len(explorer.line.get_xdata()) == 0


def test_playground_trains_when_ticked_and_resets():
    playground = Playground(dataset="circles", hidden_layers=1, width=8, lr=0.05, steps_per_tick=20)
    playground.refresh()
    picture = playground.image.value
    before = playground.model.layers[0].weight.clone()
    for _ in range(30):
        playground.tick()
    assert len(playground.losses) == 600
    assert not torch.equal(before, playground.model.layers[0].weight)
    assert playground.image.value != picture
    assert sum(playground.losses[-50:]) < sum(playground.losses[:50])
    playground.controls["width"].value = 4                 # a new network from scratch
    assert playground.losses == [] and playground.model.layers[0].out_features == 4
    playground.controls["hidden_layers"].value = 0         # the linear model
    assert len(playground.model.layers) == 1


def test_playground_captions_follow_the_language():
    set_language("en")
    playground = Playground()
    assert playground.controls["dataset"].description == "Dataset"
    playground.refresh()
    assert "test accuracy" in playground.text.value


@pytest.mark.parametrize("kwargs", [dict(dataset="squares"), dict(activation="swish"), dict(width=0),
                                    dict(hidden_layers=9), dict(lr=5.0), dict(lr="fast")])
def test_playground_rejects_bad_settings_clearly(kwargs):
    with pytest.raises(HelperInputError):
        Playground(**kwargs)


@pytest.mark.parametrize("kwargs", [dict(w1=7.0), dict(b="one"), dict(activation="swish")])
def test_neuron_explorer_rejects_bad_settings_clearly(kwargs):
    with pytest.raises(HelperInputError):
        NeuronExplorer(**kwargs)
