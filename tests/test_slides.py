"""The slide decks open offline: no external URL in what they load, and in a browser with
every network request refused, reveal.js starts, MathJax typesets and the widgets render."""
from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import build_slides  # noqa: E402

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


@pytest.fixture(scope="module")
def decks(tmp_path_factory):
    if not shutil.which("npm") and not (build_slides.VENDOR / "node_modules").exists():
        if os.environ.get("CI"):
            raise RuntimeError("CI needs npm to build the slides once")
        pytest.skip("npm is needed once to fetch reveal.js and MathJax")
    out = tmp_path_factory.mktemp("slides")
    build_slides.copy_libraries(build_slides.vendor(), out / "lib")
    return {path.stem: build_slides.build(path, out) for path in NOTEBOOKS}


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
