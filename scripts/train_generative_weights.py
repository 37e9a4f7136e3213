"""Make every shipped weights file of notebook 04 (generative models) again.

    python scripts/train_generative_weights.py            # all of them
    python scripts/train_generative_weights.py classifier # only some: classifier gan2d gan vae
    python scripts/train_generative_weights.py stamp      # the digit GAN files: same tensors, with provenance
    python scripts/train_generative_weights.py --device cuda gan   # on a GPU: the same recipe, much faster;
                                                          # the numbers differ slightly from the CPU's

Writes into deeplearn_helpers/weights/ (safetensors only):
* digit_classifier.safetensors       the judge of generated digits (≥ 97 % on the test split)
* gen_gan2d_grid_{plain,fixed}.safetensors  2-D generators for the 5×5 grid (seed 0)
* gen_mnist_gan.safetensors          the digit GAN's averaged generator after 30 epochs
                                     (about 16 CPU-minutes on one core)
* gen_mnist_gan_epochs.safetensors   32 samples after every 2nd of those 30 epochs
* vae_mnist_2d.safetensors           the 2-D-latent VAE after 40 epochs on binarised images

Weights are stored as float16 to keep the package small; loading casts them back.
Every file carries provenance metadata (storage.provenance: this script and function, the
seed, torch's version, the sha256 of every data file the training read).
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
from deeplearn_helpers.data import binarize, load_digits  # noqa: E402
from deeplearn_helpers.experiments.generative import (classifier_accuracy, train_digit_classifier,  # noqa: E402
                                                      train_gan_2d, vae_loss)
from deeplearn_helpers.models import (GAN_FIXED, GAN_PLAIN, VAE, GANUpdate, ImageGenerator,  # noqa: E402
                                      SampleSnapshots, init_output_bias, judge_digits, load_image_generator,
                                      make_image_gan, negative_elbo)
from deeplearn_helpers.models.gan import IMAGE_GAN, IMAGE_GAN_EPOCHS, SNAPSHOT_EVERY, SNAPSHOT_SAMPLES  # noqa: E402
from deeplearn_helpers.storage import load_weights, provenance, save_weights  # noqa: E402

WEIGHTS = ROOT / "deeplearn_helpers" / "weights"
VAE_EPOCHS = 40
SCRIPT = "scripts/train_generative_weights.py"
DIGITS = "deeplearn_helpers/data/files/mnist_5k.npz"       # the data every digit model reads
MIXTURES = "deeplearn_helpers/data/gaussians.py"            # makes the 2-D rings and grids on the fly


def save_half(model: torch.nn.Module, name: str, function: str, seed: int, inputs: list[str]) -> None:
    """Save ``model`` as float16 with the provenance of ``function`` (a name in this script)."""
    model = copy.deepcopy(model).cpu()
    half = model.half() if any(p.is_floating_point() for p in model.parameters()) else model
    metadata = provenance(made_by=f"{SCRIPT}:{function}", seed=seed, inputs=inputs)
    save_weights(half, WEIGHTS / name, metadata=metadata)
    print(f"  -> {name} ({(WEIGHTS / name).stat().st_size / 1024:.0f} KB)", flush=True)


def classifier() -> None:
    model = train_digit_classifier(seed=0, device=DEVICE).model
    print(f"classifier: test accuracy {classifier_accuracy(model):.4f}")
    save_half(model, "digit_classifier.safetensors", "classifier", 0, [DIGITS])


def gan2d() -> None:
    for recipe, config in [("plain", GAN_PLAIN), ("fixed", GAN_FIXED)]:
        gan = train_gan_2d("grid", config, seed=0, device=DEVICE).model     # STEPS_2D["grid"] rounds, both recipes
        save_half(gan.G_ema if config.ema > 0 else gan.G, f"gen_gan2d_grid_{recipe}.safetensors", "gan2d", 0,
                  [MIXTURES])


def gan() -> None:
    x, _ = load_digits("train")
    gan = make_image_gan(seed=0).to(DEVICE)
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
            confident, shares = judge_digits(gan.sample(1000, torch.Generator().manual_seed(1)).cpu())
            print(f"  epoch {epoch}: {time.process_time() - start:.0f} s CPU, confident {confident:.3f}, "
                  f"smallest class {shares.min():.3f}", flush=True)
    save_half(gan.G_ema, "gen_mnist_gan.safetensors", "gan", 0, [DIGITS])
    save_half(snapshots, "gen_mnist_gan_epochs.safetensors", "gan", 0, [DIGITS])
    confident, shares = judge_digits(load_image_generator()(torch.randn(1000, IMAGE_GAN.latent,
                                                                       generator=torch.Generator().manual_seed(1))))
    print(f"digit GAN (shipped file): confident {confident:.3f}, class shares {[round(v, 3) for v in shares.tolist()]}")


def vae() -> None:
    torch.manual_seed(0)       # the binarised batches and the reparameterisation noise
    x, _ = load_digits("train")
    model = VAE(latent=2)
    init_output_bias(model, x)
    model.to(DEVICE)
    fit(model, vae_loss, (x,), epochs=VAE_EPOCHS, batch_size=128, lr=3e-3, progress=False, seed=0)
    x_test = binarize(load_digits("test")[0], seed=0)
    model.cpu()
    print(f"VAE 2-D: test −ELBO {negative_elbo(model, x_test):.1f} nats (binarised test split, seed 0)")
    save_half(model, "vae_mnist_2d.safetensors", "vae", 0, [DIGITS])


def stamp(name: str, model: torch.nn.Module, function: str) -> None:
    """Re-save a shipped file's unchanged tensors with the provenance of ``function``.

    Only for files whose training data have not changed since they were made, when
    training them again is slow (the digit GAN takes about 16 CPU-minutes).
    """
    load_weights(model, WEIGHTS / name)
    save_half(model, name, function, 0, [DIGITS])


def stamp_digit_gan() -> None:
    stamp("gen_mnist_gan.safetensors", ImageGenerator(IMAGE_GAN.latent), "gan")
    stamp("gen_mnist_gan_epochs.safetensors", SampleSnapshots(), "gan")


PARTS = {"classifier": classifier, "gan2d": gan2d, "gan": gan, "vae": vae}
EXTRA = {"stamp": stamp_digit_gan}   # not part of a full run

DEVICE = "cpu"   # ``--device cuda`` (or mps) trains the digit classifier, the GANs and the VAE there

if __name__ == "__main__":
    torch.set_num_threads(1)   # small models: one thread is as fast, and runs are reproducible
    args = sys.argv[1:]
    if "--device" in args:
        at = args.index("--device")
        DEVICE = args[at + 1]
        del args[at:at + 2]
    for name in args or PARTS:
        print(f"== {name}", flush=True)
        {**PARTS, **EXTRA}[name]()
