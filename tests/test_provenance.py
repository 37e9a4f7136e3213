"""Every shipped weights file says what made it, and was made from today's data.

Its safetensors metadata (written by ``storage.provenance``) holds ``made_by``
(``scripts/<file>.py:<function>``), ``seed``, ``torch`` (the version) and ``inputs``: the
sha256 of every data file the training read, by path relative to the repository root.
When a data file changes, the weights made from it are stale: this test names the file
and the command that makes it again.
"""
import ast
import json
import re
import shutil
from pathlib import Path

import pytest
from safetensors.torch import load_file, save_file

from deeplearn_helpers.storage import REPO_ROOT, file_sha256, read_metadata

WEIGHTS = sorted((REPO_ROOT / "deeplearn_helpers" / "weights").glob("*.safetensors"))
MADE_BY = re.compile(r"^(?P<script>scripts/\w+\.py):(?P<function>[A-Za-z_]\w*)$")


def remake_command(made_by: str) -> str:
    script, _, function = made_by.partition(":")
    return f"python {script} {function}"


def provenance_problems(weights: Path, root: Path = REPO_ROOT) -> list[str]:
    """What is wrong with the provenance of ``weights`` (paths in it are relative to ``root``)."""
    name = weights.relative_to(root).as_posix() if weights.is_relative_to(root) else weights.name
    meta = read_metadata(weights)
    missing = [key for key in ("made_by", "seed", "torch", "inputs") if key not in meta]
    if missing:
        return [f"{name}: no provenance metadata {missing} (has {sorted(meta)}); make it again "
                "with its script in scripts/ (`make weights` runs them all), saving it with storage.provenance(...)"]
    match = MADE_BY.match(meta["made_by"])
    if not match:
        return [f"{name}: made_by {meta['made_by']!r} is not 'scripts/<file>.py:<function>'"]
    script = root / match["script"]
    again = f"make it again: {remake_command(meta['made_by'])}"
    problems = []
    if not script.is_file():
        problems.append(f"{name}: made_by names {match['script']}, which does not exist")
    elif match["function"] not in {node.name for node in ast.parse(script.read_text(encoding="utf-8")).body
                                   if isinstance(node, ast.FunctionDef)}:
        problems.append(f"{name}: {match['script']} defines no function {match['function']}()")
    if not re.fullmatch(r"-?\d+", meta["seed"]):
        problems.append(f"{name}: seed {meta['seed']!r} is not an integer")
    if not re.fullmatch(r"\d+\.\d+(\.\d+)?\S*", meta["torch"]):
        problems.append(f"{name}: torch {meta['torch']!r} is not a version")
    inputs = json.loads(meta["inputs"])
    if not isinstance(inputs, dict) or not inputs:
        return problems + [f"{name}: inputs must map each data file the training read to its sha256"]
    for path, sha in sorted(inputs.items()):
        if Path(path).is_absolute() or ".." in Path(path).parts:
            problems.append(f"{name}: input {path} is not a path inside the repository")
        elif not (root / path).is_file():
            problems.append(f"{name}: input {path} no longer exists; {again}")
        elif file_sha256(root / path) != sha:
            problems.append(f"{name} is stale: {path} changed since it was made (sha256 "
                            f"{sha[:12]}… then, {file_sha256(root / path)[:12]}… now); {again}")
    return problems


def test_weights_are_shipped():
    assert WEIGHTS, "no weights in deeplearn_helpers/weights/"


@pytest.mark.parametrize("weights", WEIGHTS, ids=[w.name for w in WEIGHTS])
def test_weights_name_their_maker_and_match_their_data(weights):
    problems = provenance_problems(weights)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


# --- the check itself, on copies in a temporary folder ---------------------------------------

DATA = "deeplearn_helpers/data/files/kazakh_corpus.txt"
SCRIPT = "scripts/train_generative_weights.py"


@pytest.fixture
def copy(tmp_path):
    """A copied data file and script, and a copied weights file whose metadata names them."""
    for path in (DATA, SCRIPT):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO_ROOT / path, tmp_path / path)
    weights = tmp_path / "w.safetensors"
    save_file(load_file(str(WEIGHTS[0])), str(weights), metadata={
        "made_by": f"{SCRIPT}:vae", "seed": "0", "torch": "2.13.0",
        "inputs": json.dumps({DATA: file_sha256(tmp_path / DATA)})})
    return tmp_path, weights


def test_fresh_provenance_passes(copy):
    root, weights = copy
    assert provenance_problems(weights, root) == []


def test_changed_data_makes_the_weights_stale(copy):
    root, weights = copy
    with open(root / DATA, "a", encoding="utf-8") as handle:
        handle.write("Жаңа жол.\n")
    problems = provenance_problems(weights, root)
    assert len(problems) == 1
    assert "w.safetensors is stale" in problems[0] and DATA in problems[0]
    assert f"python {SCRIPT} vae" in problems[0]


def test_missing_metadata_input_or_function_is_reported(copy, tmp_path):
    root, weights = copy
    (root / DATA).unlink()
    assert "no longer exists" in provenance_problems(weights, root)[0]
    bare = tmp_path / "bare.safetensors"
    save_file(load_file(str(weights)), str(bare), metadata={"made_by": f"{SCRIPT}:no_such_function"})
    assert "no provenance metadata" in provenance_problems(bare, root)[0]
    save_file(load_file(str(weights)), str(bare), metadata={
        "made_by": f"{SCRIPT}:no_such_function", "seed": "0", "torch": "2.13.0",
        "inputs": json.dumps({SCRIPT: file_sha256(root / SCRIPT)})})
    assert provenance_problems(bare, root) == [f"bare.safetensors: {SCRIPT} defines no function no_such_function()"]
