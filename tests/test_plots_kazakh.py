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


def test_notebook_prose_uses_only_characters_the_font_draws():
    """A symbol outside DejaVu Sans (e.g. «⏸», issue 18) shows as an empty box on many
    machines: the prose of every notebook (outside math and code) keeps to the font."""
    import json
    import re
    from pathlib import Path

    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    drawn = set(FT2Font(font_manager.findfont("DejaVu Sans")).get_charmap())
    drawn.add(ord("⏱"))   # the timing prefix every timing output carries (CONTRIBUTING), named in prose
    missing = []
    for path in sorted(Path(__file__).resolve().parent.parent.glob("notebooks/*.ipynb")):
        for index, cell in enumerate(json.loads(path.read_text())["cells"]):
            if cell["cell_type"] != "markdown":
                continue
            prose = re.sub(r"\$\$.*?\$\$|\$[^$]*\$|`[^`]*`", "", "".join(cell["source"]), flags=re.S)
            missing += [f"{path.name} cell {index}: {ch!r}" for ch in sorted(set(prose))
                        if not ch.isspace() and ord(ch) not in drawn]
    assert missing == []
