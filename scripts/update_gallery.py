"""Copy a few explorer screenshots from the browser test into docs/gallery/ for the README.

    python -m pytest tests/test_browser.py      # writes build/screenshots/
    python scripts/update_gallery.py            # every chosen picture
    python scripts/update_gallery.py 03_rnn_explorer1 …   # only these

Each picture is scaled down to at most 760 pixels wide and saved as an optimised PNG.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "build" / "screenshots"
GALLERY = ROOT / "docs" / "gallery"
CHOSEN = ["01_deep_learning_explorer2", "02_lstm_gru_explorer1", "03_rnn_explorer1",
          "04_gan_vae_explorer1", "05_applications_explorer2", "05_applications_explorer3"]
WIDTH = 760


def main(names: list[str]) -> None:
    unknown = sorted(set(names) - set(CHOSEN))
    if unknown:
        raise SystemExit(f"not in the gallery: {unknown}; choose from {CHOSEN}")
    GALLERY.mkdir(parents=True, exist_ok=True)
    for name in names or CHOSEN:
        source = SHOTS / f"{name}.png"
        if not source.exists():
            print(f"missing {source} (run the browser test first)")
            continue
        image = Image.open(source).convert("RGB")
        if image.width > WIDTH:
            image = image.resize((WIDTH, round(image.height * WIDTH / image.width)), Image.LANCZOS)
        image.save(GALLERY / f"{name}.png", optimize=True)
        print(f"{source.name} -> {GALLERY / (name + '.png')}")


if __name__ == "__main__":
    main(sys.argv[1:])
