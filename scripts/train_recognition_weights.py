"""Make the shipped readers of notebook 02 §6 again (recognition: digits read row by row).

    python scripts/train_recognition_weights.py            # all of them
    python scripts/train_recognition_weights.py lstm       # only some: lstm gru rnn mlp

Writes into deeplearn_helpers/weights/ (safetensors only), one file per reader, each trained
with experiments.gated.train_reader (seed 0, the notebook's recipe):
* recognition_lstm.safetensors   LSTM, 64 hidden units, reads 28 rows of 28 pixels
* recognition_gru.safetensors    GRU, the same
* recognition_rnn.safetensors    plain RNN, the same
* recognition_mlp.safetensors    MLP on all 784 pixels, one hidden layer of 64

Weights are stored as float16 to keep the package small; loading casts them back.
Every file carries provenance metadata (storage.provenance: this script and function, the
seed, torch's version, the sha256 of the data file the training read).
Training runs on one torch thread; with the same torch version the files come out the same.
"""
from __future__ import annotations

import copy
import sys
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from deeplearn_helpers.experiments.gated import train_reader  # noqa: E402
from deeplearn_helpers.experiments.generative import classifier_accuracy  # noqa: E402
from deeplearn_helpers.models.row_reader import load_reader, weights_name  # noqa: E402
from deeplearn_helpers.storage import provenance, save_weights  # noqa: E402

WEIGHTS = ROOT / "deeplearn_helpers" / "weights"
SCRIPT = "scripts/train_recognition_weights.py"
DIGITS = "deeplearn_helpers/data/files/mnist_5k.npz"       # the data every reader reads
SEED = 0


def make(kind: str) -> None:
    """Train reader ``kind`` (seed 0), save it as float16 and check the saved copy."""
    trial = train_reader(kind, seed=SEED)
    half = copy.deepcopy(trial.model).half()
    metadata = provenance(made_by=f"{SCRIPT}:{kind}", seed=SEED, inputs=[DIGITS])
    save_weights(half, WEIGHTS / weights_name(kind), metadata=metadata)
    saved = classifier_accuracy(load_reader(kind))
    print(f"{kind}: test accuracy {trial.accuracy:.4f} (float16 copy {saved:.4f}), "
          f"{trial.cpu_seconds:.1f} CPU s -> {weights_name(kind)} "
          f"({(WEIGHTS / weights_name(kind)).stat().st_size / 1024:.0f} KB)", flush=True)


def lstm() -> None:
    make("lstm")


def gru() -> None:
    make("gru")


def rnn() -> None:
    make("rnn")


def mlp() -> None:
    make("mlp")


JOBS = {"lstm": lstm, "gru": gru, "rnn": rnn, "mlp": mlp}

if __name__ == "__main__":
    torch.set_num_threads(1)
    names = sys.argv[1:] or list(JOBS)
    unknown = [name for name in names if name not in JOBS]
    if unknown:
        sys.exit(f"unknown: {unknown}; choose from {list(JOBS)}")
    for name in names:
        JOBS[name]()
