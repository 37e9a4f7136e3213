"""Measure whether every slide of the decks fits a 16:9 projector (chromium, Playwright).

    python scripts/slide_fit.py [DECK.slides.html ...] [--shots DIR]
    # default: build every deck first; --shots saves a screenshot of every slide

For each deck it visits every slide (and sub-slide) in a headless chromium at 1280×720,
waits for MathJax and the widgets, and reports a slide that does not fit: taller than the
deck's own slide height, or holding a box that scrolls sideways (a code cell, an output, a
table).  A slide marked ``data-scroll="intended"`` (slide metadata ``slideshow.data.scroll``)
is counted apart.  ``tests/test_slides.py`` runs the same measurement.

Needs Debian's ``chromium`` and the ``playwright`` package (never ``playwright install``).
"""
from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

VIEWPORT = {"width": 1280, "height": 720}
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"]

# Runs in the page on the slide being shown: its height against the deck's, and every box
# inside it whose content is wider than the box and that scrolls (or would spill) sideways.
MEASURE_JS = """
() => {
  const slide = Reveal.getCurrentSlide();
  const config = Reveal.getConfig();
  const wide = [];
  for (const el of slide.querySelectorAll('*')) {
    if (el.closest('aside.notes')) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || el.clientWidth === 0) continue;
    if (el.scrollWidth > el.clientWidth + 2 && ['auto', 'scroll'].includes(style.overflowX)) {
      wide.push(el.tagName.toLowerCase() + '.' + (el.className || '').toString().split(' ')[0]
                + ' ' + el.scrollWidth + '>' + el.clientWidth);
    }
  }
  return {height: slide.scrollHeight, width: slide.scrollWidth,
          deckHeight: config.height, deckWidth: config.width,
          intended: slide.dataset.scroll === 'intended',
          explorer: slide.dataset.explorer !== undefined,
          images: [...slide.querySelectorAll('img')].filter(i => i.naturalWidth > 0 && !i.closest('aside.notes')).length,
          text: slide.innerText.trim().length,
          title: (slide.querySelector('h1, h2, h3, h4, p') || {innerText: ''}).innerText.slice(0, 60),
          wide: wide};
}
"""

# The decks load reveal.js through require.js; the same module, asked for again, is the
# running deck.
GET_REVEAL_JS = """
() => new Promise(done => {
  if (window.Reveal) { done(true); return; }
  const src = [...document.scripts].map(s => s.textContent).join('\\n')
      .match(/"([^"]*reveal\\.js\\/dist\\/reveal\\.js)"/)[1];
  require([src], R => { window.Reveal = R; done(true); });
})
"""

WAIT_TYPESET_JS = """
() => new Promise(done => {
  if (window.MathJax && MathJax.Hub) { MathJax.Hub.Queue(() => done(true)); } else { done(true); }
})
"""


@dataclass
class Slide:
    index: tuple[int, int]
    height: int
    deck_height: int
    width: int
    deck_width: int
    intended: bool
    explorer: bool
    images: int
    text: int
    title: str
    wide: list[str] = field(default_factory=list)

    @property
    def too_tall(self) -> bool:
        return self.height > self.deck_height

    @property
    def fits(self) -> bool:
        return not self.too_tall and not self.wide and self.width <= self.deck_width

    @property
    def empty(self) -> bool:
        return self.images == 0 and self.text == 0


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def measure_page(page, deck: Path, shots: Path | None = None) -> list[Slide]:
    """Open a deck in an existing Playwright page; measure each of its slides (and save a
    screenshot of each into ``shots``, when given)."""
    page.goto(deck.resolve().as_uri())
    page.wait_for_selector(".reveal.ready", timeout=60_000)
    page.evaluate(GET_REVEAL_JS)
    page.evaluate("() => Reveal.configure({transition: 'none', backgroundTransition: 'none'})")
    page.evaluate(WAIT_TYPESET_JS)
    if page.locator(".jupyter-widgets-output-area, script[type='application/vnd.jupyter.widget-view+json']").count():
        page.wait_for_selector(".jupyter-widgets", state="attached", timeout=30_000)
    indices = page.evaluate("() => Reveal.getSlides().map(s => [Reveal.getIndices(s).h, Reveal.getIndices(s).v || 0])")
    if shots is None:      # the whole deck in one call: show each slide, let it settle, measure it
        measured = page.evaluate(f"async (indices) => {{ const out = []; for (const [h, v] of indices) {{ "
                                 f"Reveal.slide(h, v); await ({WAIT_TYPESET_JS.strip()})(); "
                                 f"await new Promise(r => setTimeout(r, 30)); out.push(({MEASURE_JS.strip()})()); }} "
                                 f"return out; }}", indices)
    else:
        measured = []
        for h, v in indices:
            page.evaluate(f"() => Reveal.slide({h}, {v})")
            page.evaluate(WAIT_TYPESET_JS)
            page.wait_for_timeout(30)
            measured.append(page.evaluate(MEASURE_JS))
            page.screenshot(path=str(shots / f"{deck.name.split('.')[0]}_{h:02d}_{v:02d}.png"))
    return [Slide((h, v), m["height"], m["deckHeight"], m["width"], m["deckWidth"], m["intended"], m["explorer"],
                  m["images"], m["text"], m["title"], m["wide"]) for (h, v), m in zip(indices, measured)]


def measure(decks: list[Path], shots: Path | None = None) -> dict[str, list[Slide]]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport=VIEWPORT)
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file://")
                   else route.abort())
        result = {deck.name.split(".")[0]: measure_page(page, deck, shots) for deck in decks}
        browser.close()
    return result


def report(result: dict[str, list[Slide]]) -> str:
    lines = ["| deck | slides | too tall | sideways scroll | scrolling on purpose | tallest (px) |",
             "|---|---:|---:|---:|---:|---:|"]
    for name, slides in result.items():
        tall = sum(s.too_tall and not s.intended for s in slides)
        wide = sum(bool(s.wide or s.width > s.deck_width) and not s.intended for s in slides)
        lines.append(f"| {name} | {len(slides)} | {tall} | {wide} | {sum(s.intended for s in slides)} "
                     f"| {max(s.height for s in slides)} / {slides[0].deck_height} |")
    every = [s for slides in result.values() for s in slides]
    bad = sum(not s.fits and not s.intended for s in every)
    lines.append(f"\n{bad} of {len(every)} slides do not fit "
                 f"({sum(s.intended for s in every)} marked as scrolling on purpose)")
    return "\n".join(lines)


def main(names: list[str]) -> None:
    shots = None
    if "--shots" in names:                      # --shots DIR: a screenshot of every slide
        at = names.index("--shots")
        shots = Path(names[at + 1])
        shots.mkdir(parents=True, exist_ok=True)
        names = names[:at] + names[at + 2:]
    if names:
        decks = [Path(n) for n in names]
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import build_slides
        build_slides.main([])
        decks = sorted(build_slides.OUT.glob("*.slides.html"))
    result = measure(decks, shots)
    for name, slides in result.items():
        for s in slides:
            if not s.fits:
                flag = "intended" if s.intended else "DOES NOT FIT"
                print(f"{name} {s.index}: {s.height}px {flag} {s.wide[:2]} «{s.title}»")
    print(report(result))


if __name__ == "__main__":
    main(sys.argv[1:])
