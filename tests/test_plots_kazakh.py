import warnings

import matplotlib.pyplot as plt

from deeplearn_helpers.plots import apply_style, figure_png

KAZAKH = "ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І"


def test_every_kazakh_letter_renders_without_missing_glyphs():
    apply_style()
    fig, ax = plt.subplots()
    ax.set_title(KAZAKH)
    ax.set_xlabel("Жасырын қабат")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph ... missing from font"
        png = figure_png(fig)
    plt.close(fig)
    assert png[:4] == b"\x89PNG"
