"""Make the shipped weights of notebook 05 again: app_*.safetensors in deeplearn_helpers/weights/.

    python scripts/train_application_weights.py

Seed 0 everywhere; about a minute on 2 CPU cores.
"""
from __future__ import annotations

import pathlib
import sys
import time

import torch

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from deeplearn_helpers.data.digits import load_digits  # noqa: E402
from deeplearn_helpers.models import charlm, conditional, seq2seq  # noqa: E402
from deeplearn_helpers.storage import save_weights  # noqa: E402

OUT = pathlib.Path(__file__).resolve().parent.parent / "deeplearn_helpers" / "weights"


def main() -> None:
    torch.set_num_threads(1)  # 2 threads on a busy 2-core machine spin and crawl
    start = time.perf_counter()
    train, _, vocab = charlm.corpus_split()
    lm = charlm.train_charlm(vocab.encode(train), len(vocab), seed=0)
    save_weights(lm, OUT / charlm.CHARLM_WEIGHTS, {"script": "train_application_weights.py"})

    numbers, _ = seq2seq.make_number_pairs(seed=0)
    translator, _, _ = seq2seq.train_translator(numbers, seed=0, epochs=4,
                                                hidden=seq2seq.TRANSLATOR_HIDDEN)
    save_weights(translator, OUT / seq2seq.TRANSLATOR_WEIGHTS)

    x, y = load_digits("train")
    cvae, _ = conditional.train_cvae(x, y, seed=0)
    save_weights(cvae, OUT / conditional.CVAE_WEIGHTS)
    detector = conditional.train_detector(x, cvae.sample(y, seed=1), seed=0, epochs=3)
    save_weights(detector, OUT / conditional.DETECTOR_WEIGHTS)
    print(f"done in {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
