"""The slide decks open offline and fit a 16:9 projector.

* no external URL in what they load, and in a browser with every network request refused,
  reveal.js starts, MathJax typesets and the widgets render;
* the notebooks' slide metadata is what ``scripts/slide_metadata.py`` sets (run it again
  after editing a notebook);
* in chromium at 1280×720 every slide of every deck is visited: none is taller than the
  deck's slide height or holds a box that scrolls sideways (at most 5 % may be marked as
  scrolling on purpose), none is empty, and every explorer shows its saved picture.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import build_slides  # noqa: E402
import slide_fit  # noqa: E402
import slide_metadata  # noqa: E402

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9]*.ipynb"))
COMMENTS = re.compile(r"/\*.*?\*/|<!--.*?-->|(?:^|[\s;])//[^\n]*", re.S | re.M)
URL = re.compile(r"https?://[^\s\"'<>)]*")


def external_urls(html: str) -> list[str]:
    """URLs a page could load: everything outside CSS/JS/HTML comments."""
    return URL.findall(COMMENTS.sub(" ", html))


def test_external_url_finder_sees_loads_and_ignores_comments():
    page = ('<script src="https://cdn.example/x.js"></script>/* see https://docs.example */\n'
            "// https://github.com/a/b#c\n<link href='lib/a.css'>")
    assert external_urls(page) == ["https://cdn.example/x.js"]


def library(tmp_path_factory):
    if not shutil.which("npm") and not (build_slides.VENDOR / "node_modules").exists():
        if os.environ.get("CI"):
            raise RuntimeError("CI needs npm to build the slides once")
        pytest.skip("npm is needed once to fetch reveal.js and MathJax")
    out = tmp_path_factory.mktemp("slides")
    build_slides.copy_libraries(build_slides.vendor(), out / "lib")
    return out


@pytest.fixture(scope="module")
def decks(tmp_path_factory):
    out = library(tmp_path_factory)
    return {path.stem: build_slides.build(path, out) for path in NOTEBOOKS}


def needs_chromium():
    if slide_fit.chromium_path() is None:
        if os.environ.get("CI"):
            raise RuntimeError("CI needs Debian's chromium for the slide test")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def measured(decks):
    needs_chromium()
    return slide_fit.measure([decks[path.stem] for path in NOTEBOOKS])


# --- the slide metadata ------------------------------------------------------------------
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_slide_metadata_is_what_the_rules_set(path):
    assert slide_metadata.drift(path) == [], (
        f"run: python scripts/slide_metadata.py {path.relative_to(ROOT)}")


def test_drift_is_seen_when_a_cell_changes_its_slide_type(tmp_path):
    path = tmp_path / NOTEBOOKS[0].name
    notebook = json.loads(NOTEBOOKS[0].read_text(encoding="utf-8"))
    slide_metadata.apply(notebook, path.stem)
    notebook["cells"][3]["metadata"]["slideshow"] = {"slide_type": "skip"}
    path.write_text(json.dumps(notebook), encoding="utf-8")
    assert slide_metadata.drift(path) == [3]


def test_an_override_that_matches_no_cell_is_an_error(monkeypatch):
    notebook = json.loads(NOTEBOOKS[0].read_text(encoding="utf-8"))
    monkeypatch.setitem(slide_metadata.OVERRIDES, NOTEBOOKS[0].stem, {"no cell starts so": "lesson"})
    with pytest.raises(SystemExit, match="matches 0 cells"):
        slide_metadata.slideshow(notebook, NOTEBOOKS[0].stem)


def test_the_rules_skip_setup_and_exercises_and_show_pictures_without_code():
    for path in NOTEBOOKS:
        notebook = json.loads(path.read_text(encoding="utf-8"))
        for cell, (role, _), meta in zip(notebook["cells"], slide_metadata.roles(notebook, path.stem),
                                         slide_metadata.slideshow(notebook, path.stem)):
            if slide_metadata.is_exercise(cell) or role == "setup":
                assert meta["slide_type"] == "skip"
            if role in ("picture", "explorer"):
                assert meta.get("hide_input") and meta["slide_type"] in ("-", "subslide")


def test_long_text_is_cut_at_blocks_and_list_items_never_inside_a_formula():
    items = "\n".join(f"{i}. " + "сөз " * 40 for i in range(1, 13))
    formula = "$$\na = b\n\n+ c\n$$"
    text = f"## Тақырып\n\nКіріспе.\n\n{formula}\n\n{items}\n\n### Бөлім\n\nСоңы."
    pieces = slide_metadata.chunks(text)
    assert len(pieces) >= 3
    assert pieces[0].startswith("## Тақырып") and pieces[-1].startswith("### Бөлім")
    assert sum(formula in piece for piece in pieces) == 1
    assert all(sum(slide_metadata.block_height(b) for b in slide_metadata.blocks(piece))
               <= slide_metadata.BUDGET for piece in pieces)
    joined = "\n".join(pieces)
    assert all(f"{i}. " in joined for i in range(1, 13))


# --- the decks in a browser --------------------------------------------------------------
def test_the_fit_measurement_sees_a_tall_slide_and_a_sideways_box(tmp_path_factory):
    needs_chromium()
    out = library(tmp_path_factory)
    wide = '<div style="overflow-x:auto;width:300px"><div style="width:2000px">x</div></div>'
    notebook = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# Сынақ", metadata={"slideshow": {"slide_type": "slide"}}),
        nbformat.v4.new_code_cell("print('ұзын')", metadata={"slideshow": {"slide_type": "subslide"}},
                                  outputs=[nbformat.v4.new_output("stream", name="stdout",
                                                                  text="жол\n" * 80)]),
        nbformat.v4.new_code_cell("wide", metadata={"slideshow": {"slide_type": "subslide"}},
                                  outputs=[nbformat.v4.new_output("display_data", data={"text/html": wide})]),
    ])
    path = out / "99_probe.ipynb"
    nbformat.write(notebook, path)
    first, tall, sideways = slide_fit.measure([build_slides.build(path, out)])["99_probe"]
    assert first.fits
    assert tall.too_tall and not tall.fits
    assert sideways.wide and not sideways.fits


def test_every_slide_fits_the_projector(measured):
    every = [slide for slides in measured.values() for slide in slides]
    misfits = [f"{name} slide {s.index}: {s.height}px of {s.deck_height}, sideways {s.wide}"
               for name, slides in measured.items() for s in slides if not s.fits and not s.intended]
    assert misfits == [], "\n".join(misfits) + "\n" + slide_fit.report(measured)
    assert sum(s.intended for s in every) <= 0.05 * len(every)


def test_no_slide_is_empty_and_every_explorer_shows_its_picture(measured):
    empty = [f"{name} {s.index}" for name, slides in measured.items() for s in slides if s.empty]
    assert empty == []
    explorers = [s for slides in measured.values() for s in slides if s.explorer]
    assert len(explorers) >= len(NOTEBOOKS)
    assert [s.index for s in explorers if not (s.images or s.text)] == []
    assert sum(s.images > 0 for s in explorers) >= len(NOTEBOOKS)


@pytest.mark.parametrize("name", [p.stem for p in NOTEBOOKS])
def test_deck_references_no_external_url(decks, name):
    html = decks[name].read_text(encoding="utf-8")
    assert "lib/reveal.js/dist/reveal.js" in html and "lib/mathjax/MathJax.js" in html
    assert external_urls(html) == []


def test_a_deck_opens_offline_in_a_browser(decks):
    from test_browser import CHROMIUM, CHROMIUM_FLAGS  # same browser set-up as the notebook test

    sync_api = pytest.importorskip("playwright.sync_api")
    refused = []

    def only_local_files(route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = browser.new_page()
        page.route("**/*", only_local_files)
        page.goto(decks[NOTEBOOKS[0].stem].as_uri())
        page.wait_for_selector(".reveal.ready", timeout=30_000)
        page.wait_for_selector(".MathJax_CHTML, .mjx-chtml", state="attached", timeout=30_000)
        page.wait_for_selector(".jupyter-widgets", state="attached", timeout=30_000)
        slides = page.locator(".reveal .slides > section").count()
        browser.close()
    assert slides >= 8
    assert refused == []
