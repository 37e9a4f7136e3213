"""The benchmark's sections, in the order they appear in RESULTS.md, and what each measures.

A section is a module in this folder with ``run(only=None) -> str`` (Markdown).
Add a topic's extra measurements (multi-seed runs, reference models) as a new module and
list it here, with the paths it measures in ``PATHS``.

``PATHS[name]`` lists, relative to the repository root, everything whose change can change
the section's figures: its own module, the package modules it runs (directly or through
the helpers they import), the data files it reads and the weights it loads.  A folder
ends in ``/``; ``*`` globs as in git.  ``tests/test_benchmark_age.py`` fails when one of
these paths changed in a commit after the one the section was measured at; keep the list
complete when the section starts to use something new.
"""
from __future__ import annotations

import importlib
from pathlib import Path

# Sections that exist (a topic adds its module here when it has extra measurements).
ORDER = [name for name in ["notebooks", "basics", "recurrent", "gated", "recognition", "generative",
                           "gan2d_ablation", "applications", "browser"]
         if (Path(__file__).parent / f"{name}.py").exists()]

# Sections that keep the earlier measurements of the parts a run with --only skips.
KEEPS_EARLIER_PARTS = {"notebooks"}

PKG = "deeplearn_helpers/"
# Imported by every section: the package's __init__ (it sets the OpenMP wait policy, so it
# changes timings), the training loop, seeds, argument checks and their error, plot style.
BASE = ["benchmarks/__init__.py", PKG + "__init__.py", PKG + "core.py", PKG + "train.py",
        PKG + "validate.py", PKG + "errors.py", PKG + "plots/style.py"]
# Imported but not measured by the topic sections: the texts of messages, labels and quizzes
# in every language. The sections write their own English Markdown; no figure depends on them.
TEXT_ONLY = [PKG + "i18n/"]
FILES = PKG + "data/files/"
WEIGHTS = PKG + "weights/"

PATHS = {
    "notebooks": ["benchmarks/notebooks.py", "notebooks/", PKG],
    # basics also writes deeplearn_helpers/data/files/basics_results.json, which notebook 01
    # reads: run it first, commit the JSON, then run the notebooks and browser sections.
    "basics": ["benchmarks/basics.py", *BASE, PKG + "data/toy2d.py", PKG + "data/digits.py",
               PKG + "models/mlp.py", PKG + "models/classifier.py", PKG + "storage.py",
               PKG + "experiments/basics.py", FILES + "mnist_5k.npz",
               PKG + "models/activations.py"],
    "recurrent": ["benchmarks/recurrent.py", *BASE, PKG + "data/sequences.py", PKG + "models/recurrent.py",
                  PKG + "models/sequence.py", PKG + "experiments/__init__.py", PKG + "experiments/recurrent.py",
                  PKG + "widgets/base.py", PKG + "widgets/rnn.py"],
    "gated": ["benchmarks/gated.py", *BASE, PKG + "data/adding.py", PKG + "models/gated.py",
              PKG + "models/recurrent.py", PKG + "models/sequence.py", PKG + "experiments/__init__.py",
              PKG + "experiments/gated.py", PKG + "experiments/generative.py",
              PKG + "data/digits.py", PKG + "data/gaussians.py", PKG + "models/activations.py",
              PKG + "models/classifier.py", PKG + "models/gan.py", PKG + "models/mlp.py",
              PKG + "models/row_reader.py", PKG + "models/vae.py", PKG + "storage.py"],
    "recognition": ["benchmarks/recognition.py", *BASE, PKG + "data/digits.py", PKG + "experiments/__init__.py",
                    PKG + "experiments/gated.py", PKG + "experiments/generative.py", PKG + "models/row_reader.py",
                    PKG + "models/sequence.py", PKG + "models/gated.py", PKG + "models/classifier.py", PKG + "models/mlp.py", PKG + "storage.py",
                    FILES + "mnist_5k.npz",
                    PKG + "data/adding.py", PKG + "data/gaussians.py", PKG + "models/activations.py",
                    PKG + "models/gan.py", PKG + "models/vae.py"],
    "generative": ["benchmarks/generative.py", *BASE, PKG + "data/digits.py", PKG + "data/gaussians.py",
                   PKG + "metrics.py", PKG + "storage.py", PKG + "models/classifier.py", PKG + "models/gan.py",
                   PKG + "models/vae.py", PKG + "experiments/__init__.py", PKG + "experiments/generative.py",
                   FILES + "mnist_5k.npz", WEIGHTS + "digit_classifier.safetensors",
                   WEIGHTS + "gen_mnist_gan.safetensors", WEIGHTS + "vae_mnist_2d.safetensors",
                   PKG + "models/activations.py", PKG + "models/mlp.py"],
    # gan2d_ablation also writes deeplearn_helpers/data/files/gan2d_ablation.json, which notebook 04
    # reads: run it first, commit the JSON, then run the notebooks and browser sections.
    "gan2d_ablation": ["benchmarks/gan2d_ablation.py", *BASE, PKG + "data/gaussians.py",
                       PKG + "data/gan2d_results.py", PKG + "metrics.py", PKG + "storage.py", PKG + "models/gan.py",
                       PKG + "experiments/__init__.py", PKG + "experiments/generative.py",
                       # imported by experiments/generative.py (the digit classifier and the VAE's loss)
                       PKG + "data/digits.py", PKG + "models/classifier.py", PKG + "models/vae.py",
                       # the 2-D nets are notebook 01's MLP layers (models/gan.py: _mlp)
                       PKG + "models/activations.py", PKG + "models/mlp.py"],
    "applications": ["benchmarks/applications.py", *BASE, PKG + "data/digits.py", PKG + "data/numbers_kk.py",
                     PKG + "data/series.py", PKG + "data/text.py", PKG + "storage.py", PKG + "checks.py",
                     PKG + "data/topics.py", PKG + "data/translation.py", PKG + "models/charlm.py",
                     PKG + "models/vae.py", PKG + "models/conditional.py", PKG + "metrics.py",
                     PKG + "models/mlp.py", PKG + "models/ngram.py", PKG + "models/seq2seq.py",
                     PKG + "models/sequence.py", PKG + "models/topic.py", PKG + "experiments/__init__.py",
                     PKG + "experiments/applications.py", FILES + "mnist_5k.npz", FILES + "kazakh_corpus.txt",
                     FILES + "seattle_weather_2012_2015.csv", FILES + "airpassengers_1949_1960.csv",
                     FILES + "topic_sentences.tsv", WEIGHTS + "app_cvae.safetensors",
                     WEIGHTS + "app_detector.safetensors",
                     PKG + "models/activations.py"],
    "browser": ["benchmarks/browser.py", "tests/test_browser.py", "tests/conftest.py", "notebooks/", PKG],
}


def run(name: str, only=None) -> str:
    if name not in ORDER:
        raise SystemExit(f"unknown section {name!r}; choose from {ORDER}")
    module = importlib.import_module(f"benchmarks.{name}")
    return module.run(only=only)
