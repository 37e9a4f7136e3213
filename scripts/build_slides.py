"""Turn each notebook into a reveal.js slide deck that opens offline (``make slides``).

    python scripts/build_slides.py [NOTEBOOK ...]      # default: every notebook

Writes ``slides/NN_name.slides.html`` and ``slides/lib/`` (reveal.js, require.js, jQuery,
MathJax 2 and the Jupyter widgets HTML manager).  Those libraries come from the npm
registry once (an install step, like pip), into ``build/slides-vendor/``; the decks then
load them from ``lib/`` beside the HTML, never from a CDN.

Slide structure comes from the notebooks' slide metadata (``cell.metadata.slideshow``),
which ``scripts/slide_metadata.py`` sets from rules: one idea per slide, set-up and check
code skipped or in the speaker notes (press S), pictures and explorers without their code.
Here a text cell longer than a slide is cut into sub-slides, and a cell marked
``hide_input`` shows only its output.  Explorers appear with the picture they had when the
notebook was executed (saved widget state); to move them, open the notebook itself.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
from nbconvert import SlidesExporter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from slide_metadata import chunks  # noqa: E402  (scripts/ is not a package)

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "build" / "slides-vendor"
TEMPLATES = Path(__file__).resolve().parent / "slides_template"
OUT = ROOT / "slides"
NPM_PACKAGES = ["reveal.js@4.6.1", "requirejs@2.3.7", "jquery@3.7.1", "mathjax@2.7.9",
                "@jupyter-widgets/html-manager@1.0.15"]
# what each deck loads, relative to slides/
LIB = {"reveal": "lib/reveal.js", "require": "lib/require.js", "jquery": "lib/jquery.min.js",
       "mathjax": "lib/mathjax/MathJax.js?config=TeX-AMS_CHTML-full,Safe",
       "widgets": "lib/html-manager/embed-amd.js"}


def vendor() -> Path:
    """Install the JavaScript libraries from npm once; return their node_modules folder."""
    modules = VENDOR / "node_modules"
    if not (modules / "@jupyter-widgets" / "html-manager" / "dist" / "embed-amd.js").exists():
        npm = shutil.which("npm")
        if npm is None:
            raise SystemExit("npm is needed once to fetch reveal.js and MathJax (apt-get install npm)")
        VENDOR.mkdir(parents=True, exist_ok=True)
        subprocess.run([npm, "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(VENDOR),
                        *NPM_PACKAGES], check=True)
    return modules


def copy_libraries(modules: Path, lib: Path) -> None:
    if lib.exists():
        return
    lib.mkdir(parents=True)
    shutil.copytree(modules / "reveal.js" / "dist", lib / "reveal.js" / "dist")
    shutil.copytree(modules / "reveal.js" / "plugin", lib / "reveal.js" / "plugin")
    shutil.copy(modules / "requirejs" / "require.js", lib / "require.js")
    shutil.copy(modules / "jquery" / "dist" / "jquery.min.js", lib / "jquery.min.js")
    mathjax = modules / "mathjax"
    for part in ["MathJax.js", "config", "extensions", "jax/input/TeX", "jax/output/CommonHTML",
                 "jax/element", "fonts/HTML-CSS/TeX/woff", "localization/en"]:
        source, target = mathjax / part, lib / "mathjax" / part
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, target)
    shutil.copytree(modules / "@jupyter-widgets" / "html-manager" / "dist", lib / "html-manager")


def for_the_deck(notebook):
    """Cut text cells longer than a slide into sub-slides; hide the code of output-only cells."""
    cells = []
    for cell in notebook.cells:
        show = cell.metadata.get("slideshow", {})
        if show.get("hide_input"):
            cell.metadata["transient"] = {"remove_source": True}
        if cell.cell_type == "markdown" and show.get("slide_type") not in ("skip", "notes"):
            first, *rest = chunks(cell.source)
            cell.source = first
            cells.append(cell)
            for piece in rest:
                kind = "slide" if piece.startswith(("# ", "## ")) else "subslide"
                cells.append(nbformat.v4.new_markdown_cell(piece, metadata={"slideshow": {"slide_type": kind}}))
        else:
            cells.append(cell)
    notebook.cells = cells
    return notebook


def build(path: Path, out: Path = OUT) -> Path:
    exporter = SlidesExporter(template_name="lecture13", extra_template_basedirs=[str(TEMPLATES)],
                              reveal_url_prefix=LIB["reveal"], require_js_url=LIB["require"],
                              jquery_url=LIB["jquery"], mathjax_url=LIB["mathjax"],
                              widget_renderer_url=LIB["widgets"], exclude_input_prompt=True,
                              exclude_output_prompt=True,
                              reveal_theme="white")  # "white" uses local fonts; "simple" fetches Google Fonts
    notebook = for_the_deck(nbformat.read(path, as_version=4))
    heading = notebook.cells[0].source.lstrip("# ").split("\n", 1)[0]
    notebook.metadata["title"] = heading
    body, _ = exporter.from_notebook_node(notebook)
    target = out / f"{path.stem}.slides.html"
    target.write_text(body, encoding="utf-8")
    return target


def main(names: list[str]) -> None:
    paths = [Path(n) for n in names] or sorted((ROOT / "notebooks").glob("[0-9]*.ipynb"))
    OUT.mkdir(exist_ok=True)
    copy_libraries(vendor(), OUT / "lib")
    for path in paths:
        print(f"{path} -> {build(path)}")


if __name__ == "__main__":
    main(sys.argv[1:])
