"""How old a benchmark section is: the commit it measured, and whether that is still current.

Each ``results/<section>.md`` starts with a stamp, one machine-readable line and one line
for people::

    <!-- measured: [{"commit": "960d6dd4a1", "date": "2026-11-29", "dirty": false, ...}] -->
    _Measured at commit `960d6dd4a1` on 2026-11-29 (2 CPU cores, ...)._

A section is current when every commit in its stamp is the last commit that changed the
paths it measures (``sections.PATHS``), or a later one.  ``python -m benchmarks`` writes the
stamp; ``tests/test_benchmark_age.py`` checks it.  Both use this module.
"""
from __future__ import annotations

import json
import re
import subprocess
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAMP = re.compile(r"^<!-- measured: (?P<json>\[.*\]) -->\n(?:_Measured .*_\n)?", re.M)


class GitError(RuntimeError):
    """git is missing, or the folder is not a git checkout."""


@dataclass(frozen=True)
class Stamp:
    commit: str             # short hash of HEAD when the run started
    date: str               # ISO date of the run
    dirty: bool             # uncommitted changes in the measured paths
    machine: str = ""       # cores, processor, Python and torch versions
    only: list = field(default_factory=list)   # the --only filter of the run, if any


def git(*args: str, root: Path = ROOT) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)
    except FileNotFoundError as error:
        raise GitError("git is not installed") from error
    if done.returncode != 0:
        raise GitError(f"git {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout.rstrip()


def head(root: Path = ROOT) -> str:
    """The short hash of HEAD."""
    return git("rev-parse", "--short=10", "HEAD", root=root)


def dirty_files(paths: list[str], root: Path = ROOT) -> list[str]:
    """Files under ``paths`` that differ from HEAD (changed, staged, new or deleted)."""
    out = git("status", "--porcelain", "--untracked-files=all", "--", *paths, root=root)
    return [line[3:] for line in out.splitlines() if line.strip()]


def describe(stamps: list[Stamp]) -> str:
    """The line for people: commit(s), date(s), and 'dirty' where it applies."""
    parts = []
    for s in stamps:
        text = "an unknown commit" if s.commit == "unknown" else f"commit `{s.commit}` on {s.date}"
        if s.only:
            text += f" ({'' if s.commit == 'unknown' else 'only '}{', '.join(s.only)})"
        if s.dirty:
            text += " — **dirty**: uncommitted changes in what it measures"
        parts.append(text)
    where = f" ({stamps[-1].machine})" if stamps[-1].machine else ""
    return "_Measured at " + "; earlier parts at ".join(reversed(parts)) + where + "._"


def read_stamps(text: str) -> list[Stamp]:
    """The stamps at the top of a section file; [] when it has none."""
    match = STAMP.match(text)
    if not match:
        return []
    return [Stamp(**entry) for entry in json.loads(match["json"])]


def body(text: str) -> str:
    """A section file's text without its stamp."""
    return STAMP.sub("", text, count=1)


def stamped(text: str, stamps: list[Stamp]) -> str:
    """``text`` (a section's Markdown) with the stamp lines on top."""
    entries = json.dumps([asdict(s) for s in stamps], ensure_ascii=False)
    return f"<!-- measured: {entries} -->\n{describe(stamps)}\n\n{body(text).lstrip()}"


def last_change(paths: list[str], root: Path = ROOT) -> str | None:
    """The full hash of the last commit that touched any of ``paths`` (None: none did)."""
    return git("log", "-1", "--format=%H", "--", *paths, root=root) or None


def is_ancestor(older: str, newer: str, root: Path = ROOT) -> bool:
    try:
        subprocess.run(["git", "merge-base", "--is-ancestor", older, newer], cwd=root, check=True,
                       capture_output=True)
    except subprocess.CalledProcessError:
        return False
    return True


def commit_exists(commit: str, root: Path = ROOT) -> bool:
    try:
        git("rev-parse", "--verify", "--quiet", f"{commit}^{{commit}}", root=root)
    except GitError:
        return False
    return True


def rerun_command(name: str) -> str:
    return f"python -m benchmarks {name}"


def problem(name: str, text: str | None, paths: list[str], root: Path = ROOT) -> str | None:
    """Why section ``name`` (its file's ``text``, None if missing) is not current; None if it is."""
    again = f"commit your code, then re-run `{rerun_command(name)}` and commit benchmarks/results/{name}.md"
    if text is None:
        return f"section {name}: benchmarks/results/{name}.md is missing; {again}"
    stamps = read_stamps(text)
    if not stamps:
        return f"section {name}: benchmarks/results/{name}.md has no stamp (the commit it measured); {again}"
    last = last_change(paths, root)
    for s in stamps:
        if s.commit == "unknown":
            return f"section {name}: part of it was measured at an unknown commit ({', '.join(s.only)}); {again}"
        if s.dirty:
            return (f"section {name}: measured on {s.date} with uncommitted changes in what it measures "
                    f"(stamp says dirty at {s.commit}); {again}")
        if not commit_exists(s.commit, root):
            shallow = git("rev-parse", "--is-shallow-repository", root=root) == "true"
            hint = " (this is a shallow clone: `git fetch --unshallow`)" if shallow else ""
            return f"section {name}: stamped commit {s.commit} is not in this repository{hint}; {again}"
        if last and not is_ancestor(last, s.commit, root):
            changed = git("diff", "--name-only", s.commit, last, "--", *paths, root=root).split()
            subject = git("log", "-1", "--format=%s", last, root=root)
            subject = subject if len(subject) <= 72 else subject[:71] + "…"
            return (f"section {name} is stale: measured at {s.commit} on {s.date}, but commit {last[:10]} "
                    f"(\"{subject}\") changed what it measures after that "
                    f"({', '.join(changed[:5]) or 'see git log'}); {again}")
    return None
