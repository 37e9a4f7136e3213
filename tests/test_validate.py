import numpy as np
import pytest
import torch

from deeplearn_helpers import set_language
from deeplearn_helpers.validate import (HelperInputError, check_choice, check_dtype, check_float,
                                        check_device, check_generator, check_instance, check_int, check_path,
                                        check_sequence,
                                        check_tensor)


def test_int_checks_type_and_range_in_kazakh():
    assert check_int(3, "n", 1, 5) == 3
    with pytest.raises(HelperInputError, match="бүтін сан"):
        check_int(2.5, "n")
    with pytest.raises(HelperInputError, match="аралығында"):
        check_int(9, "n", 1, 5)
    with pytest.raises(HelperInputError):
        check_int(True, "n")


def test_english_messages_after_switching():
    set_language("en")
    with pytest.raises(HelperInputError, match="must lie between"):
        check_float(-1.0, "lr", 0.0, 1.0)


def test_float_rejects_nan_and_strings():
    for bad in [float("nan"), "0.1", None]:
        with pytest.raises(HelperInputError):
            check_float(bad, "lr")


def test_choice():
    assert check_choice("relu", "activation", ["relu", "tanh"]) == "relu"
    with pytest.raises(HelperInputError, match="relu, tanh"):
        check_choice("gelu", "activation", ["relu", "tanh"])


def test_tensor_rank_sizes_and_values():
    x = check_tensor(np.zeros((4, 3)), "x", shape=(None, 3))
    assert isinstance(x, torch.Tensor) and x.dtype == torch.float32
    with pytest.raises(HelperInputError, match="өлшемді"):
        check_tensor(torch.zeros(4), "x", ndim=2, hint="(N, 2)")
    with pytest.raises(HelperInputError, match="1-өлшемі 3"):
        check_tensor(torch.zeros(4, 2), "x", shape=(None, 3))
    with pytest.raises(HelperInputError, match="NaN"):
        check_tensor(torch.tensor([1.0, float("nan")]), "x")
    with pytest.raises(HelperInputError, match="тензор"):
        check_tensor("abc", "x")


def test_choice_refuses_an_array_instead_of_comparing_it_element_wise():
    with pytest.raises(HelperInputError, match="lstm, gru"):
        check_choice(np.array(["lstm", "gru"]), "kind", ["lstm", "gru"])


def test_instance_generator_dtype_and_sequence():
    layer = torch.nn.Linear(2, 2)
    assert check_instance(layer, "model", torch.nn.Linear) is layer
    with pytest.raises(HelperInputError, match="Linear / LSTM нысаны"):
        check_instance(None, "model", (torch.nn.Linear, torch.nn.LSTM))
    assert check_generator(None) is None
    with pytest.raises(HelperInputError, match="generator"):
        check_generator(0)
    assert check_dtype(torch.float64) is torch.float64
    with pytest.raises(HelperInputError, match="dtype"):
        check_dtype("float32")
    assert check_sequence(range(2), "xs") == [0, 1] and check_sequence([], "xs", allow_empty=True) == []
    for bad in ("ab", None, np.zeros(2)):
        with pytest.raises(HelperInputError, match="тізім"):
            check_sequence(bad, "xs")
    with pytest.raises(HelperInputError, match="бос"):
        check_sequence((), "xs")


def test_path_and_device():
    from pathlib import Path
    assert check_path("w.safetensors") == Path("w.safetensors") and check_path(Path("a")) == Path("a")
    for bad in (None, 3, ""):
        with pytest.raises(HelperInputError):
            check_path(bad)
    assert check_device(None) is None and check_device("cpu") == torch.device("cpu")
    assert check_device(torch.device("cuda")) == torch.device("cuda")   # named, not used
    for bad in ("gpu", 0, np.zeros(2)):
        with pytest.raises(HelperInputError):
            check_device(bad)
