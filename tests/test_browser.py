"""Every explorer works where people use it: in JupyterLab, in a real (headless) browser.

For each notebook: open it in JupyterLab, run all its cells that build the explorers and
quizzes (``notebook_slice.explorer_slice``: the set-up cell, the widget cells and what they
read, found with ``ast``; nbval runs every cell of every notebook in the same test run, so
each notebook's science is executed once per run, not again here), then for every explorer
(``.dl-explorer``) move its first control and check that its output changed (its picture;
its text, for an explorer that only writes text); the playground (``.dl-playground``) has
every one of its controls moved, each of which must change its picture, and its code
button, step button and table of runs used; answer one quiz question; no error output and
no JavaScript error.  The GAN lab (``.dl-gan-lab``) likewise has every control moved, its
step-by-step button pressed and a target drawn with the mouse.  A screenshot of every
explorer is saved under ``build/screenshots/``.

Needs Debian's ``chromium`` and the ``playwright`` Python package (never
``playwright install``).  Without chromium the test is skipped, except in CI (CI=true),
where ``.ci/run`` installs it and a missing browser is a failure.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from notebook_slice import sliced_notebook

from deeplearn_helpers.i18n import tr   # the notebooks' captions (Kazakh, as the kernel shows them)

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9]*.ipynb"))
SHOTS = ROOT / "build" / "screenshots"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"]
RUN_ALL_TIMEOUT = 240  # seconds; a whole notebook takes ≤ 60 s headless, the browser adds some

if not CHROMIUM:
    if os.environ.get("CI"):
        raise RuntimeError("CI needs Debian's chromium for the browser test (.ci/run installs it)")
    pytest.skip("chromium is not installed (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server on 127.0.0.1 serving a copy of the notebooks (autosave can't touch ours)."""
    home = tmp_path_factory.mktemp("lab")
    work = home / "notebooks"
    work.mkdir()
    for path in NOTEBOOKS:   # the explorers' cells only (see the module's docstring)
        sliced = sliced_notebook(json.loads(path.read_text(encoding="utf-8")))
        (work / path.name).write_text(json.dumps(sliced, ensure_ascii=False), encoding="utf-8")
    settings = home / "settings"
    (settings / "@jupyterlab" / "apputils-extension").mkdir(parents=True)
    (settings / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False}))
    (settings / "@jupyterlab" / "notebook-extension").mkdir(parents=True)
    (settings / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings").write_text(
        json.dumps({"windowingMode": "none"}))  # render every cell, not only the visible ones
    port, token = _free_port(), "dl-browser-test"
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(home / "config"), JUPYTER_RUNTIME_DIR=str(home / "runtime"),
               JUPYTERLAB_SETTINGS_DIR=str(settings), JUPYTERLAB_WORKSPACES_DIR=str(home / "workspaces"))
    log = open(home / "server.log", "w")
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", "--ip=127.0.0.1",
         f"--port={port}", f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={work}"],
        env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=1)
            break
        except OSError:
            time.sleep(0.5)
    else:
        server.terminate()
        raise RuntimeError("JupyterLab did not start: " + (home / "server.log").read_text()[-2000:])
    yield url, token
    server.terminate()
    server.wait(timeout=30)
    log.close()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


def _run_all(page, n_code_cells: int) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
    page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).click()
    deadline = time.time() + RUN_ALL_TIMEOUT
    while time.time() < deadline:
        prompts = page.locator(".jp-CodeCell .jp-InputPrompt").all_inner_texts()
        done = sum(bool(re.search(r"\[\d+\]", p)) for p in prompts)
        if done >= n_code_cells and not any("*" in p for p in prompts):
            return
        time.sleep(1)
    page.screenshot(path=str(SHOTS / "run_all_timeout.png"))
    raise AssertionError(f"Run All did not finish in {RUN_ALL_TIMEOUT} s; prompts: {prompts}")


CONTROLS = ".noUi-handle, select, input[type=text], input[type=checkbox]"


def _move(control) -> str:
    """Change one control: move a slider by three steps, choose another option of a
    drop-down, tick or untick a check box, or type into a text box (a number stays a
    number, a prompt gets one more letter) and press Enter."""
    kind = control.evaluate("e => e.tagName === 'SELECT' ? 'dropdown' : e.type === 'checkbox' ? 'check box' : "
                            "e.tagName === 'INPUT' ? 'text box' : 'slider'")
    if kind == "slider":
        # A slider with continuous_update=False sends its value when the key is released,
        # which press() does.
        at_end = control.get_attribute("aria-valuenow") == control.get_attribute("aria-valuemax")
        control.focus()
        for _ in range(3):
            control.press("ArrowLeft" if at_end else "ArrowRight")
    elif kind == "dropdown":
        current = control.input_value()
        values = [o for o in control.locator("option").evaluate_all("els => els.map(e => e.value)") if o != current]
        control.select_option(values[0])
    elif kind == "check box":
        control.click()
    else:
        current = control.input_value()
        control.fill("2024" if current.strip().isdigit() and current.strip() != "2024" else current + "ә")
        control.press("Enter")
    return kind


def _move_first_control(explorer) -> str:
    """Change the explorer's first control, in page order."""
    return _move(explorer.locator(CONTROLS).first)


def _changes_picture(page, image, move) -> None:
    """Run ``move()``; the picture must change, then settle."""
    before = image.get_attribute("src")
    move()
    page.wait_for_function("([img, src]) => img.src !== src", arg=[image.element_handle(), before], timeout=30_000)
    _wait_until_settled(page, image)


def _drive_playground(page, explorer, image) -> int:
    """Move every control of the playground in page order (the hidden-layer slider comes
    before the per-layer widths and reaches 4 layers, so every width counts); each must
    change the picture.  Then one step of training, the code button, and a change of
    setting that puts the trained run into the table of runs."""
    controls = explorer.locator(CONTROLS)
    for i in range(controls.count()):
        _changes_picture(page, image, lambda: _move(controls.nth(i)))
    step = explorer.locator("button", has_text=tr("explorer.step"))
    _changes_picture(page, image, lambda: step.click())
    explorer.locator("button", has_text=tr("basics.show_code")).click()
    explorer.locator("pre", has_text="nn.Sequential(").wait_for(timeout=10_000)
    _changes_picture(page, image, lambda: _move(explorer.locator("select").last))   # the penalty: a new run
    explorer.get_by_text(tr("basics.runs_title")).wait_for(timeout=10_000)
    explorer.locator("table td").first.wait_for(timeout=10_000)              # one row: the trained run
    return controls.count()


def _drag(page, image, points) -> None:
    """Press the mouse on the picture at the first point, move through the rest, release.

    Points are fractions of the picture's width and height, from its top left."""
    box = image.bounding_box()
    xy = [(box["x"] + fx * box["width"], box["y"] + fy * box["height"]) for fx, fy in points]
    page.mouse.move(*xy[0])
    page.mouse.down()
    for x, y in xy[1:]:
        page.mouse.move(x, y, steps=5)
    page.mouse.up()


def _changes_output(page, image, text, move) -> None:
    """Run ``move()``; the picture or the text under it must change, then settle."""
    before_src, before_text = image.get_attribute("src"), text.inner_text()
    move()
    page.wait_for_function("([img, src, el, t]) => img.src !== src || el.innerText !== t",
                           arg=[image.element_handle(), before_src, text.element_handle(), before_text], timeout=30_000)
    _wait_until_settled(page, image)


def _move_and_back(page, image, control, changes=_changes_picture) -> None:
    """Move one control (``_move``), then put it back where it was: both must change the
    picture (``changes``: or what else must change)."""
    kind = control.evaluate("e => e.tagName === 'SELECT' ? 'dropdown' : e.type === 'checkbox' ? 'check box' : 'slider'")
    before = control.input_value() if kind == "dropdown" else control.get_attribute("aria-valuenow")
    at_end = kind == "slider" and before == control.get_attribute("aria-valuemax")
    changes(page, image, lambda: _move(control))
    if kind == "dropdown":
        back = lambda: control.select_option(before)               # noqa: E731
    elif kind == "check box":
        back = control.click
    else:
        def back():                                      # a slider may have stopped at its end
            control.focus()
            for _ in range(12):
                if control.get_attribute("aria-valuenow") == before:
                    break
                control.press("ArrowRight" if at_end else "ArrowLeft")
    changes(page, image, back)


def _drive_gan_lab(page, explorer, image) -> int:
    """Move every control of the GAN lab in page order (drop-downs, sliders, check boxes)
    and back: each must change its picture, except the game's settings (who learns,
    learning rates, steps), which must change the text under it until training shows
    them.  Then one update at a time (D first), a drawing cleared and a stroke drawn with
    the mouse on the picture.  Last, the default lab on the ring trained for 400 rounds:
    the screenshot (and the README gallery) shows it mid-training, not at step 0."""
    text = explorer.locator(".widget-html-content", has_text=tr("gen.real")).first   # status and legend
    game = {tr(f"gen.{key}") for key in ["lr_d", "lr_g", "d_steps", "g_steps", "per_tick"]}
    controls = explorer.locator(CONTROLS)
    for i in range(controls.count()):
        caption = controls.nth(i).locator("xpath=ancestor::div[contains(@class, 'widget-inline-hbox')][1]"
                                          "//label").first.inner_text()
        changes = (lambda page, image, move: _changes_output(page, image, text, move)) if caption in game \
            else _changes_picture
        _move_and_back(page, image, controls.nth(i), changes)
    toggles = explorer.locator(".widget-toggle-button")
    for i in [2, 1, 0]:                                   # G only, D only, both
        _changes_output(page, image, text, lambda: toggles.nth(i).click())
    next_update = explorer.locator("button", has_text=tr("gen.next_update"))
    _changes_picture(page, image, lambda: next_update.click())
    explorer.locator(".widget-html-content", has_text=tr("gen.last_update", net="D")).wait_for(timeout=10_000)
    _changes_picture(page, image, lambda: next_update.click())
    explorer.locator(".widget-html-content", has_text=tr("gen.last_update", net="G")).wait_for(timeout=10_000)
    target = explorer.locator("select").first
    _changes_picture(page, image, lambda: target.select_option(label=tr("gen.drawn")))
    _changes_picture(page, image, lambda: explorer.locator("button", has_text=tr("gen.clear_drawing")).click())
    # A stroke across the left panel (its axes fill about 2 %–40 % of the width, 4 %–84 % of the height).
    _changes_picture(page, image, lambda: _drag(page, image, [(0.12, 0.5), (0.2, 0.42), (0.3, 0.5)]))
    has_modes = re.compile(r"\d+/[1-9]")                 # "modes 0/9": the stroke is a target
    explorer.locator(".widget-html-content", has_text=has_modes).first.wait_for(timeout=10_000)
    _changes_picture(page, image, lambda: target.select_option(label=tr("gen.ring")))
    step = explorer.locator("button", has_text=tr("explorer.step"))
    for _ in range(40):                                   # a busy machine trains fewer rounds per frame
        for _ in range(10):
            step.click()
        _wait_until_settled(page, image, quiet_ms=1000, timeout_s=90)
        if int(re.match(r"\d+", text.inner_text()).group()) >= 400:
            break
    return controls.count() + toggles.count() + 4


def _wait_until_settled(page, image, quiet_ms: int = 700, timeout_s: float = 20) -> None:
    """Wait until the picture stops changing (every key press may trigger one redraw)."""
    deadline = time.time() + timeout_s
    src = image.get_attribute("src")
    while time.time() < deadline:
        page.wait_for_timeout(quiet_ms)
        now = image.get_attribute("src")
        if now == src:
            return
        src = now


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_every_explorer_reacts_in_a_real_browser(lab, browser, path):
    url, token = lab
    code_cells = sum(c["cell_type"] == "code" for c in sliced_notebook(json.loads(path.read_text(encoding="utf-8")))["cells"])
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    console_errors = []
    page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: console_errors.append(str(e)))
    page.goto(f"{url}/lab/tree/{path.name}?reset&token={token}")
    page.locator(".jp-Notebook .jp-Cell").first.wait_for(timeout=60_000)
    page.locator(".jp-StatusBar-TextItem", has_text="Idle").first.wait_for(timeout=60_000)
    _run_all(page, code_cells)

    errors = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.error']")
    assert errors.count() == 0, errors.first.inner_text()[:2000]

    explorers = page.locator(".dl-explorer")
    explorers.first.wait_for(timeout=30_000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    for i in range(explorers.count()):
        explorer = explorers.nth(i)
        explorer.scroll_into_view_if_needed()
        image = explorer.locator("img").first
        text = explorer.locator(".widget-html-content").last
        try:                                   # a text-only explorer leaves its picture empty
            page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image.element_handle(),
                                   timeout=15_000)
            has_picture = True
        except sync_api.TimeoutError:
            has_picture = False
        before_src, before_text = image.get_attribute("src"), text.inner_text()
        assert has_picture or before_text.strip(), f"explorer {i + 1} shows neither a picture nor text"
        control = _move_first_control(explorer)
        if has_picture:
            page.wait_for_function("([img, src]) => img.src !== src", arg=[image.element_handle(), before_src],
                                   timeout=30_000)
        else:                                  # a text-only explorer: its text must change
            page.wait_for_function("([el, t]) => el.innerText !== t", arg=[text.element_handle(), before_text],
                                   timeout=30_000)
        if has_picture:
            _wait_until_settled(page, image)
        print(f"{path.stem}: explorer {i + 1} reacted to its {control}")
        if "dl-playground" in (explorer.get_attribute("class") or ""):
            moved = _drive_playground(page, explorer, image)
            print(f"{path.stem}: explorer {i + 1} (playground) reacted to each of its {moved} controls")
        if "dl-gan-lab" in (explorer.get_attribute("class") or ""):
            moved = _drive_gan_lab(page, explorer, image)
            print(f"{path.stem}: explorer {i + 1} (GAN lab) reacted to each of its {moved} controls and buttons")
        explorer.screenshot(path=str(SHOTS / f"{path.stem}_explorer{i + 1}.png"))

    quizzes = page.locator(".dl-quiz")
    for i in range(quizzes.count()):
        quiz = quizzes.nth(i)
        quiz.scroll_into_view_if_needed()
        quiz.locator("input[type=radio]").first.check()
        quiz.locator("button").last.click()
        quiz.locator(".widget-html-content", has_text=re.compile("✓|✗")).first.wait_for(timeout=10_000)

    page.close()
    assert not console_errors, console_errors[:5]


@pytest.fixture(scope="module")
def voila_app(tmp_path_factory):
    """`make app` for notebook 01: Voilà serving the page without code on 127.0.0.1."""
    home = tmp_path_factory.mktemp("voila")
    port = _free_port()
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(home / "config"), JUPYTER_RUNTIME_DIR=str(home / "runtime"))
    log = open(home / "voila.log", "w")
    server = subprocess.Popen([sys.executable, "-m", "voila", str(NOTEBOOKS[0]), "--no-browser",
                               f"--port={port}", "--Voila.ip=127.0.0.1"], env=env, stdout=log,
                              stderr=subprocess.STDOUT, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(url + "/voila/static/", timeout=1)
        except urllib.error.HTTPError:
            break  # the server answers
        except OSError:
            time.sleep(0.5)
            continue
        break
    yield url
    server.terminate()
    server.wait(timeout=30)
    log.close()


def test_app_mode_serves_explorers_without_code(voila_app, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(voila_app, timeout=RUN_ALL_TIMEOUT * 1000)
    explorer = page.locator(".dl-explorer").first
    explorer.wait_for(timeout=RUN_ALL_TIMEOUT * 1000)
    assert page.locator(".jp-InputArea-editor, .CodeMirror, .cm-editor").count() == 0  # no code shown
    image = explorer.locator("img").first
    page.wait_for_function("img => img.src && img.naturalWidth > 0", arg=image.element_handle(), timeout=30_000)
    before = image.get_attribute("src")
    _move_first_control(explorer)
    page.wait_for_function("([img, src]) => img.src !== src", arg=[image.element_handle(), before], timeout=30_000)
    _wait_until_settled(page, image)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "app_mode_01.png"))
    page.close()
