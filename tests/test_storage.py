import hashlib
import json

import pytest
import torch

from deeplearn_helpers.models import MLP
from deeplearn_helpers.storage import REPO_ROOT, load_weights, provenance, read_metadata, save_weights
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


def test_provenance_records_script_seed_torch_and_input_hashes(tmp_path):
    data = "deeplearn_helpers/data/files/kazakh_corpus.txt"
    meta = provenance(made_by="scripts/train_application_weights.py:charlm", seed=3, inputs=[data])
    assert meta["made_by"] == "scripts/train_application_weights.py:charlm" and meta["seed"] == "3"
    assert meta["torch"] == torch.__version__.split("+")[0]
    assert json.loads(meta["inputs"]) == {data: hashlib.sha256((REPO_ROOT / data).read_bytes()).hexdigest()}
    save_weights(MLP(sizes=[3, 4, 2]), tmp_path / "w.safetensors", metadata=meta)
    assert read_metadata(tmp_path / "w.safetensors") == meta


def test_provenance_refuses_an_input_that_is_not_in_the_repository():
    with pytest.raises(HelperInputError):
        provenance(made_by="scripts/x.py:f", seed=0, inputs=["deeplearn_helpers/data/files/no_such_file.txt"])
