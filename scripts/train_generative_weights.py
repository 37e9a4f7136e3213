"""Make every shipped weights file of notebook 04 (generative models) again.

    python scripts/train_generative_weights.py            # all of them
    python scripts/train_generative_weights.py classifier # only some: classifier gan2d gan vae

Writes into deeplearn_helpers/weights/ (safetensors only):
* digit_classifier.safetensors       the judge of generated digits (≥ 97 % on the test split)
* gen_gan2d_grid_{plain,fixed}.safetensors  2-D generators for the 5×5 grid (seed 0)
* gen_mnist_gan.safetensors          the digit GAN's averaged generator after 30 epochs
                                     (about 16 CPU-minutes on one core)
* gen_mnist_gan_epochs.safetensors   32 samples after every 2nd of those 30 epochs
* vae_mnist_2d.safetensors           the 2-D-latent VAE after 40 epochs

Weights are stored as float16 to keep the package small; loading casts them back.
Everything is seeded; with the same torch version the files come out the same.
"""
from __future__ import annotations

import copy
import sys
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from deeplearn_helpers import fit  # noqa: E402
from deeplearn_helpers.data import load_digits  # noqa: E402
from deeplearn_helpers.models import (GAN_FIXED, GAN_PLAIN, GANUpdate, VAE, SampleSnapshots,  # noqa: E402
                                      classifier_accuracy, init_output_bias, judge_digits, make_image_gan,
                                      load_image_generator, negative_elbo, train_digit_classifier, train_gan_2d, vae_loss)
from deeplearn_helpers.models.gan import IMAGE_GAN, IMAGE_GAN_EPOCHS, SNAPSHOT_EVERY, SNAPSHOT_SAMPLES  # noqa: E402
from deeplearn_helpers.storage import save_weights  # noqa: E402

WEIGHTS = ROOT / "deeplearn_helpers" / "weights"
GRID_STEPS = 3000        # as in benchmarks/generative.py
VAE_EPOCHS = 40


def save_half(model: torch.nn.Module, name: str) -> None:
    half = copy.deepcopy(model).half() if any(p.is_floating_point() for p in model.parameters()) else model
    save_weights(half, WEIGHTS / name, metadata={"made_by": "scripts/train_generative_weights.py"})
    print(f"  -> {name} ({(WEIGHTS / name).stat().st_size / 1024:.0f} KB)", flush=True)


def classifier() -> None:
    model = train_digit_classifier(seed=0)
    print(f"classifier: test accuracy {classifier_accuracy(model):.4f}")
    save_half(model, "digit_classifier.safetensors")


def gan2d() -> None:
    for recipe, config in [("plain", GAN_PLAIN), ("fixed", GAN_FIXED)]:
        gan, _ = train_gan_2d("grid", config, steps=GRID_STEPS, seed=0)
        save_half(gan.G_ema if config.ema > 0 else gan.G, f"gen_gan2d_grid_{recipe}.safetensors")


def gan() -> None:
    x, _ = load_digits("train")
    gan = make_image_gan(seed=0)
    update = GANUpdate(gan, seed=0)
    z = gan.noise(SNAPSHOT_SAMPLES, torch.Generator().manual_seed(0))
    snapshots = SampleSnapshots()
    start = time.process_time()
    for epoch in range(1, IMAGE_GAN_EPOCHS + 1):
        fit(gan, None, (x,), epochs=1, batch_size=IMAGE_GAN.batch, step_fn=update, progress=False,
            seed=epoch - 1)
        gan.refresh_ema_stats()   # G_ema's own BatchNorm statistics before it draws anything
        if epoch % SNAPSHOT_EVERY == 0:
            with torch.no_grad():
                snapshots.images[epoch // SNAPSHOT_EVERY - 1] = (gan.G_ema(z) * 255).round().to(torch.uint8)
        if epoch % 10 == 0:
            confident, shares = judge_digits(gan.sample(1000, torch.Generator().manual_seed(1)))
            print(f"  epoch {epoch}: {time.process_time() - start:.0f} s CPU, confident {confident:.3f}, "
                  f"smallest class {shares.min():.3f}", flush=True)
    save_half(gan.G_ema, "gen_mnist_gan.safetensors")
    save_weights(snapshots, WEIGHTS / "gen_mnist_gan_epochs.safetensors")
    confident, shares = judge_digits(load_image_generator()(torch.randn(1000, IMAGE_GAN.latent,
                                                                       generator=torch.Generator().manual_seed(1))))
    print(f"digit GAN (shipped file): confident {confident:.3f}, class shares {[round(v, 3) for v in shares.tolist()]}")


def vae() -> None:
    torch.manual_seed(0)
    x, _ = load_digits("train")
    model = VAE(latent=2)
    init_output_bias(model, x)
    fit(model, vae_loss, (x,), epochs=VAE_EPOCHS, batch_size=128, lr=3e-3, progress=False, seed=0)
    print(f"VAE 2-D: test −ELBO {negative_elbo(model, load_digits('test')[0]):.1f} nats")
    save_half(model, "vae_mnist_2d.safetensors")


PARTS = {"classifier": classifier, "gan2d": gan2d, "gan": gan, "vae": vae}

if __name__ == "__main__":
    torch.set_num_threads(1)   # small models: one thread is as fast, and runs are reproducible
    for name in sys.argv[1:] or PARTS:
        print(f"== {name}", flush=True)
        PARTS[name]()
