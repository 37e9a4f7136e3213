"""Notebook 04's longer measurements: 2-D GANs over seeds, digit judge, digit GAN, VAEs.

    python -m benchmarks generative

* 2-D GAN, plain vs fixed, ring and grid, seeds 0..4: modes covered and share of
  high-quality samples among 2,500 samples, wall time per run (1 torch thread, as the notebook).
* the shipped digit classifier's test accuracy;
* the shipped digit GAN: 1,000 samples judged by the classifier;
* VAE test −ELBO (nats per image) on the binarised test split (``binarize(x, seed=0)``;
  every model trains on freshly binarised batches, so the Bernoulli likelihood is a
  probability and −ELBO bounds −log p(x)): the notebook's 2-D model (live recipe over seeds
  0..4, and the shipped weights), the same design with a 20-D latent, and the classic
  reference (784-400-20, Adam 1e-3, batch 128, 10 epochs, Bernoulli likelihood + KL) trained
  on the same split in the same run; −log p(x) estimated by importance sampling (K = 100).
"""
from __future__ import annotations

import time

import torch

from deeplearn_helpers import fit
from deeplearn_helpers.data import binarize, load_digits, make_mixture
from deeplearn_helpers.metrics import mode_coverage
from deeplearn_helpers.models import (GAN_FIXED, GAN_PLAIN, STEPS_2D, VAE, importance_nll, init_output_bias,
                                      judge_digits, load_digit_classifier, load_image_generator, load_vae_2d,
                                      negative_elbo)
from deeplearn_helpers.experiments.generative import classifier_accuracy, train_gan_2d, vae_loss

STEPS = STEPS_2D    # rounds per target: the same as the notebook and the weights script
SEEDS = range(5)


def gan_2d() -> list[str]:
    rows = ["### 2-D GAN (2,500 samples per run; 3σ = high quality; ≥ 1 % of samples = mode covered)", "",
            "| target | recipe | steps | seed | modes covered | high-quality share | wall time (s) | CPU time (s) |",
            "|---|---|---|---|---|---|---|---|"]
    summary = []
    for kind in ["ring", "grid"]:
        mixture = make_mixture(kind)
        for recipe, config in [("plain", GAN_PLAIN), ("fixed", GAN_FIXED)]:
            results = []
            for seed in SEEDS:
                start, cpu = time.perf_counter(), time.process_time()
                gan = train_gan_2d(kind, config, steps=STEPS[kind], seed=seed).model
                seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
                cov = mode_coverage(gan.sample(2500, torch.Generator().manual_seed(123)),
                                    mixture.centers, mixture.std)
                results.append((cov, seconds, cpu))
                rows.append(f"| {kind} | {recipe} | {STEPS[kind]} | {seed} | {cov.covered}/{cov.modes} | "
                            f"{cov.high_quality:.3f} | {seconds:.1f} | {cpu:.1f} |")
                print(rows[-1], flush=True)
            covered = [r[0].covered for r in results]
            quality = [r[0].high_quality for r in results]
            summary.append(f"| {kind} | {recipe} | {min(covered)}–{max(covered)} / {results[0][0].modes} | "
                           f"{min(quality):.3f}–{max(quality):.3f} | {max(r[1] for r in results):.1f} | "
                           f"{max(r[2] for r in results):.1f} |")
    return rows + ["", "Summary over seeds 0..4:", "",
                   "| target | recipe | modes covered (min–max) | high-quality share (min–max) | slowest run, wall (s) | slowest run, CPU (s) |",
                   "|---|---|---|---|---|---|"] + summary + ["",
                   "CPU time (one thread) is the fairer figure when other work shares the machine."]


def digits() -> list[str]:
    judge = load_digit_classifier()
    accuracy = classifier_accuracy(judge, "test")
    generator = load_image_generator()
    draws = [judge_digits(generator(torch.randn(1000, 32, generator=torch.Generator().manual_seed(seed))), judge)
             for seed in range(1, 6)]
    confident, shares = draws[0]
    return ["### Digit classifier and digit GAN (shipped weights)", "",
            f"- classifier test accuracy (500 images): {accuracy:.4f}",
            f"- GAN samples (1,000) classified with confidence ≥ 0.9: {confident:.3f}",
            "- share of each digit among them: " + ", ".join(f"{d}: {s:.3f}" for d, s in enumerate(shares.tolist())),
            f"- smallest digit share: {shares.min():.3f}",
            "- confident share in five draws of 1,000 (z seeds 1..5): "
            + ", ".join(f"{c:.3f}" for c, _ in draws) + "; smallest digit share in any of them: "
            f"{min(s.min().item() for _, s in draws):.3f}"]


IW_SAMPLES = 100        # importance samples per image for −log p(x)


def _binary_test() -> tuple[torch.Tensor, torch.Tensor]:
    """The test split binarised once with seed 0 (as in notebook 04), and its labels."""
    x_test, y_test = load_digits("test")
    return binarize(x_test, seed=0), y_test


def _train_vae(latent: int, lr: float, bias_init: bool, epochs: int, seed: int = 0, stop_at: float | None = None):
    """Train epoch by epoch; return (model, test −ELBO, training seconds, epochs used)."""
    torch.manual_seed(seed)        # the binarised batches and the reparameterisation noise
    x, _ = load_digits("train")
    x_test, _ = _binary_test()
    model = VAE(latent=latent, hidden=400)
    if bias_init:
        init_output_bias(model, x)
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    seconds, nelbo = 0.0, float("nan")
    for epoch in range(1, epochs + 1):
        start = time.perf_counter()
        fit(model, vae_loss, (x,), epochs=1, batch_size=128, optimizer=optimizer, progress=False, seed=seed + epoch)
        seconds += time.perf_counter() - start
        if stop_at is not None or epoch == epochs:
            nelbo = negative_elbo(model, x_test)
            if stop_at is not None and nelbo <= stop_at:
                break
    return model, nelbo, seconds, epoch


def _nearest_neighbour_accuracy(model: VAE, x: torch.Tensor, labels: torch.Tensor) -> float:
    with torch.no_grad():
        z, _ = model.encode(x)
    distances = torch.cdist(z, z).fill_diagonal_(float("inf"))
    return float((labels[distances.argmin(1)] == labels).float().mean())


def _live_2d_over_seeds() -> list[str]:
    """The notebook's live 2-D run (fit's own loop, as in the notebook) for seeds 0..4."""
    x, _ = load_digits("train")
    x_test, y_test = _binary_test()
    rows = ["| seed | test −ELBO before | after 10 epochs | −log p(x), IS K = 100 | nearest-neighbour same digit |",
            "|---|---|---|---|---|"]
    for seed in SEEDS:
        torch.manual_seed(seed)
        model = VAE(latent=2)
        init_output_bias(model, x)
        before = negative_elbo(model, x_test)
        fit(model, vae_loss, (x,), epochs=10, batch_size=128, lr=3e-3, progress=False, seed=seed)
        rows.append(f"| {seed} | {before:.1f} | {negative_elbo(model, x_test):.1f} | "
                    f"{importance_nll(model, x_test, IW_SAMPLES):.1f} | "
                    f"{_nearest_neighbour_accuracy(model, x_test, y_test):.3f} |")
    return rows


def vae() -> list[str]:
    x_test, _ = _binary_test()
    ref_model, ref, ref_s, _ = _train_vae(20, 1e-3, False, 10)
    ours20_model, ours20, ours20_s, ours20_e = _train_vae(20, 3e-3, True, 10, stop_at=ref)
    ours2_model, ours2, ours2_s, _ = _train_vae(2, 3e-3, True, 10)
    shipped_model = load_vae_2d()
    shipped = negative_elbo(shipped_model, x_test)
    nll = {name: importance_nll(model, x_test, IW_SAMPLES)
           for name, model in [("ref", ref_model), ("ours20", ours20_model), ("ours2", ours2_model),
                               ("shipped", shipped_model)]}
    return ["### VAE on binarised MNIST 5k (test split, 500 images binarised once with seed 0; nats per image, "
            "lower is better)", "",
            "Training draws new binary images every batch (dynamic binarisation), so the Bernoulli likelihood is a "
            "probability and −ELBO ≥ −log p(x). The figures are for binarised MNIST-5k and its 500-image test split: "
            "not comparable with published full-MNIST results.", "",
            f"| model | recipe | epochs | test −ELBO | −log p(x), IS K = {IW_SAMPLES} | training wall time (s) |",
            "|---|---|---|---|---|---|",
            f"| reference 784-400-20 | Adam 1e-3, batch 128, Bernoulli + KL | 10 | {ref:.1f} | {nll['ref']:.1f} | "
            f"{ref_s:.2f} |",
            f"| notebook design, 20-D latent | Adam 3e-3, output bias = logit(mean pixel); stop when ≤ reference | "
            f"{ours20_e} | {ours20:.1f} | {nll['ours20']:.1f} | {ours20_s:.2f} |",
            f"| notebook design, 2-D latent (as in the notebook) | same | 10 | {ours2:.1f} | {nll['ours2']:.1f} | "
            f"{ours2_s:.2f} |",
            f"| shipped 2-D VAE (scripts/train_generative_weights.py) | same | 40 | {shipped:.1f} | "
            f"{nll['shipped']:.1f} | — |",
            "", f"20-D design / reference wall-time ratio: {ours20_s / ref_s:.2f} "
            f"(reached {ours20:.1f} ≤ {ref:.1f}: {ours20 <= ref}); evaluation time is not counted for either.",
            "", "Notebook 04's live 2-D run (10 epochs, `fit` with seed s after `torch.manual_seed(s)`), seeds 0..4:", ""
            ] + _live_2d_over_seeds()


def run(only=None) -> str:
    torch.set_num_threads(1)   # small nets: one thread is as fast, and the same as the notebook
    parts = ["## Generative models (notebook 04)", ""]
    for name, section in [("vae", vae), ("digits", digits), ("gan2d", gan_2d)]:
        if only and name not in only:
            continue
        start = time.perf_counter()
        parts += section() + ["", f"_{name}: {time.perf_counter() - start:.0f} s_", ""]
    return "\n".join(parts)
