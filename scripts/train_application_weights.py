"""Make the shipped weights of notebook 05 again: app_*.safetensors in deeplearn_helpers/weights/.

    python scripts/train_application_weights.py            # all five files
    python scripts/train_application_weights.py charlm     # one of: charlm translator kk_ru cvae detector

One function per file; each records in the file's metadata what made it, the seed, and
the sha256 of every input it read (``storage.provenance``).  Seed 0 everywhere; about a
minute on 2 CPU cores.
"""
from __future__ import annotations

import pathlib
import sys
import time

import torch

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from deeplearn_helpers.data.digits import load_digits  # noqa: E402
from deeplearn_helpers.data.numbers_kk import make_number_pairs  # noqa: E402
from deeplearn_helpers.experiments.applications import (CHARLM_WEIGHTS, KK_RU_WEIGHTS, TRANSLATOR_HIDDEN,  # noqa: E402
                                                        TRANSLATOR_WEIGHTS, corpus_split, train_charlm, train_cvae,
                                                        train_detector, train_kk_ru, train_translator)
from deeplearn_helpers.models.conditional import CVAE_WEIGHTS, DETECTOR_WEIGHTS, ConditionalVAE  # noqa: E402
from deeplearn_helpers.storage import load_weights, provenance, save_weights  # noqa: E402

OUT = pathlib.Path(__file__).resolve().parent.parent / "deeplearn_helpers" / "weights"
SCRIPT = "scripts/train_application_weights.py"
SEED = 0
CORPUS = "deeplearn_helpers/data/files/kazakh_corpus.txt"
DIGITS = "deeplearn_helpers/data/files/mnist_5k.npz"
NUMBERS = "deeplearn_helpers/data/numbers_kk.py"          # makes the translator's pairs on the fly
TRANSLATION = "deeplearn_helpers/data/translation.py"     # adds the Russian side (num2words, lang "ru")
CVAE_FILE = f"deeplearn_helpers/weights/{CVAE_WEIGHTS}"


def charlm() -> None:
    """The Kazakh char-LM, trained on the training part of ``corpus_split()`` only."""
    train, _, vocab = corpus_split()
    model = train_charlm(vocab.encode(train), len(vocab), seed=SEED).model
    save_weights(model, OUT / CHARLM_WEIGHTS, metadata=provenance(f"{SCRIPT}:charlm", SEED, [CORPUS]))


def translator() -> None:
    """The digits → words seq2seq, trained on the 8000 training numbers of seed 0."""
    numbers, _ = make_number_pairs(seed=SEED)
    model = train_translator(numbers, seed=SEED, epochs=4, hidden=TRANSLATOR_HIDDEN).model
    save_weights(model, OUT / TRANSLATOR_WEIGHTS, metadata=provenance(f"{SCRIPT}:translator", SEED, [NUMBERS]))


def kk_ru() -> None:
    """The Kazakh → Russian number translator, trained on the 8000 training numbers of seed 0."""
    numbers, _ = make_number_pairs(seed=SEED)
    model = train_kk_ru(numbers, seed=SEED).model
    save_weights(model, OUT / KK_RU_WEIGHTS,
                 metadata=provenance(f"{SCRIPT}:kk_ru", SEED, [NUMBERS, TRANSLATION]))


def cvae() -> None:
    """The conditional VAE, trained on the 4500 training digits (binarised per batch)."""
    x, y = load_digits("train")
    model = train_cvae(x, y, seed=SEED).model
    save_weights(model, OUT / CVAE_WEIGHTS, metadata=provenance(f"{SCRIPT}:cvae", SEED, [DIGITS]))


def detector() -> None:
    """The real-vs-generated detector: training digits against the shipped CVAE's samples."""
    x, y = load_digits("train")
    generator = load_weights(ConditionalVAE(), OUT / CVAE_WEIGHTS).eval()
    model = train_detector(x, generator.sample(y, seed=SEED + 1), seed=SEED, epochs=3).model
    save_weights(model, OUT / DETECTOR_WEIGHTS,
                 metadata=provenance(f"{SCRIPT}:detector", SEED, [DIGITS, CVAE_FILE]))


MAKERS = {"charlm": charlm, "translator": translator, "kk_ru": kk_ru, "cvae": cvae,
          "detector": detector}   # the detector reads the CVAE file: keep this order


def main(names: list[str]) -> None:
    torch.set_num_threads(1)  # 2 threads on a busy 2-core machine spin and crawl
    unknown = sorted(set(names) - set(MAKERS))
    if unknown:
        sys.exit(f"unknown: {', '.join(unknown)}; choose from {', '.join(MAKERS)}")
    for name, make in MAKERS.items():
        if name in names or not names:
            start = time.perf_counter()
            make()
            print(f"{name}: {time.perf_counter() - start:.0f} s", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
