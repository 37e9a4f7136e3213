import pytest
import torch

from deeplearn_helpers.models import MLP
from deeplearn_helpers.storage import load_weights, save_weights
from deeplearn_helpers.validate import HelperInputError


def test_round_trip(tmp_path):
    a, b = MLP(sizes=[3, 4, 2]), MLP(sizes=[3, 4, 2])
    save_weights(a, tmp_path / "w.safetensors")
    load_weights(b, tmp_path / "w.safetensors")
    x = torch.randn(5, 3)
    assert torch.equal(a(x), b(x))


def test_mismatched_and_corrupted_files_are_refused(tmp_path):
    save_weights(MLP(sizes=[3, 4, 2]), tmp_path / "w.safetensors")
    with pytest.raises(HelperInputError, match="сәйкес емес"):
        load_weights(MLP(sizes=[3, 5, 2]), tmp_path / "w.safetensors")
    (tmp_path / "bad.safetensors").write_bytes(b"\x80\x04not a safetensors file")
    with pytest.raises(HelperInputError, match="оқылмады"):
        load_weights(MLP(sizes=[3, 4, 2]), tmp_path / "bad.safetensors")
    with pytest.raises(HelperInputError):
        load_weights(MLP(sizes=[3, 4, 2]), "no_such_weights.safetensors")
