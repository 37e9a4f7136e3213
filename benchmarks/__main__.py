"""Command line: python -m benchmarks [SECTION ...] [--only PART ...] [--allow-dirty] [--assemble].

Each section's file starts with the commit it measured and the date (see ``age.py``).
Commit your code first, then run the section, then commit its results file: a run refuses
to start while what the section measures has uncommitted changes, unless ``--allow-dirty``
is given (the section is then marked dirty, and the age test fails until it is re-run).
"""
from __future__ import annotations

import argparse
import datetime
import os
import platform
from pathlib import Path

import torch

from . import age, sections

HERE = Path(__file__).parent
RESULTS = HERE / "results"


def machine() -> str:
    return (f"{os.cpu_count()} CPU cores, {platform.processor() or platform.machine()}, "
            f"Python {platform.python_version()}, torch {torch.__version__}, "
            f"{torch.get_num_threads()} torch threads, no GPU used")


def header() -> str:
    return "\n".join([
        "# Benchmark results",
        "",
        "Assembled by `python -m benchmarks` from `benchmarks/results/<section>.md`. Each section "
        "states the commit it measured, the date and the machine; `tests/test_benchmark_age.py` "
        "fails when the code, data or weights a section measures changed after that commit "
        "(re-run it with `python -m benchmarks SECTION`).",
        "Budgets (docs/design.md): each notebook ≤ 60 s and ≤ 1.5 GB; explorer p95 ≤ 0.1 s; "
        "playground ≥ 10 redraws/s.",
        "",
    ])


def section_text(name: str) -> str:
    """A section's Markdown for RESULTS.md: its heading, then the line saying when it was measured."""
    text = (RESULTS / f"{name}.md").read_text(encoding="utf-8")
    stamps = age.read_stamps(text)
    when = age.describe(stamps) if stamps else (
        f"_Not stamped: measured before results named their commit; re-run `{age.rerun_command(name)}`._")
    heading, _, rest = age.body(text).lstrip().partition("\n")
    return f"{heading}\n\n{when}\n{rest}"


def assembled() -> str:
    """RESULTS.md as the section files make it."""
    parts = [header()]
    parts += [section_text(name) for name in sections.ORDER if (RESULTS / f"{name}.md").exists()]
    return "\n".join(parts)


def assemble() -> None:
    (HERE / "RESULTS.md").write_text(assembled(), encoding="utf-8")


def start_stamp(name: str, allow_dirty: bool, only) -> age.Stamp:
    """The stamp of a run about to start; refuses (SystemExit) on a dirty tree unless allowed."""
    today = datetime.date.today().isoformat()
    try:
        commit, dirty = age.head(), age.dirty_files(sections.PATHS[name])
    except age.GitError as error:
        if not allow_dirty:
            raise SystemExit(f"{name}: cannot tell which commit is measured ({error}); "
                             "run inside a git checkout, or pass --allow-dirty") from None
        return age.Stamp("unknown", today, True, machine(), only or [])
    if dirty and not allow_dirty:
        raise SystemExit(f"{name}: uncommitted changes in what this section measures:\n  "
                         + "\n  ".join(dirty[:20])
                         + "\nCommit them first (the results must name the code they measured), "
                         "or pass --allow-dirty to mark the section dirty.")
    return age.Stamp(commit, today, bool(dirty), machine(), only or [])


def still_clean(name: str, stamp: age.Stamp) -> age.Stamp:
    """Re-check after the run: someone may have edited the measured files meanwhile."""
    if stamp.dirty:
        return stamp
    try:
        changed = age.dirty_files(sections.PATHS[name])
    except age.GitError:
        return stamp
    if changed:
        print(f"warning: {name}: measured files changed during the run ({', '.join(changed[:5])}); "
              "the section is marked dirty", flush=True)
        return age.Stamp(stamp.commit, stamp.date, True, stamp.machine, stamp.only)
    return stamp


def earlier_stamps(name: str, only) -> list[age.Stamp]:
    """A partial run of a section that keeps earlier parts keeps their stamps too."""
    path = RESULTS / f"{name}.md"
    if not only or name not in sections.KEEPS_EARLIER_PARTS or not path.exists():
        return []
    stamps = age.read_stamps(path.read_text(encoding="utf-8")) or [
        age.Stamp("unknown", "unknown", False, "", ["parts measured before results named their commit"])]
    # An earlier partial run whose parts are all measured again now is dropped.
    return [s for s in stamps if not s.only or not set(s.only) <= set(only)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sections", nargs="*", default=sections.ORDER, help="sections to run")
    parser.add_argument("--only", nargs="*", default=None,
                        help="parts to run: notebook name prefixes (notebooks), vae/digits/gan2d (generative)")
    parser.add_argument("--allow-dirty", action="store_true",
                        help="run even with uncommitted changes in what a section measures (marks it dirty)")
    parser.add_argument("--assemble", action="store_true",
                        help="run nothing: write RESULTS.md again from the section files")
    args = parser.parse_args()
    if args.assemble:
        assemble()
        return
    RESULTS.mkdir(exist_ok=True)
    stamps = {name: start_stamp(name, args.allow_dirty, args.only) for name in args.sections}
    for name in args.sections:
        print(f"== {name} (commit {stamps[name].commit})", flush=True)
        kept = earlier_stamps(name, args.only)
        text = sections.run(name, only=args.only)
        stamp = still_clean(name, stamps[name])
        (RESULTS / f"{name}.md").write_text(age.stamped(text, kept + [stamp]), encoding="utf-8")
        print(text, flush=True)
    assemble()
    print(f"-> {HERE / 'RESULTS.md'}")


if __name__ == "__main__":
    main()
