"""The nbgrader course of the series: release, autograde, feedback, grade table.

The five notebooks in ``notebooks/`` are nbgrader's *source*: solution regions between
``### BEGIN SOLUTION`` and ``### END SOLUTION``, graded test cells with points, and
``### BEGIN HIDDEN TESTS`` parts.  This script drives nbgrader's own applications
(what ``nbgrader generate_assignment``, ``autograde``, ``generate_feedback`` and ``export``
run), in this Python process, in a course folder, ``build/course/`` by default:

    python scripts/nbgrader_course.py assignment   # make assignment: source/ + release/
    python scripts/nbgrader_course.py autograde    # make autograde: grades, feedback, grades.csv
    python scripts/nbgrader_course.py student DIR  # make student: the release notebooks in DIR

Course layout (nbgrader's standard one; the course id is ``lecture13``)::

    build/course/nbgrader_config.py
    build/course/gradebook.db                       # nbgrader's database (local sqlite)
    build/course/source/<stem>/<stem>.ipynb         # copied from notebooks/
    build/course/release/<stem>/<stem>.ipynb        # what students get
    build/course/submitted/<student>/<stem>/<stem>.ipynb   # what they hand in
    build/course/autograded/…, build/course/feedback/<student>/<stem>/<stem>.html
    build/course/grades.csv                         # nbgrader's CSV export

Everything runs offline.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
COURSE = ROOT / "build" / "course"
COURSE_ID = "lecture13"

# What nbgrader puts where a solution was (the hint comment above it stays).
CODE_STUB = "# Шешіміңізді осы жерге жазыңыз.\nraise NotImplementedError()"
TEXT_STUB = "_Жауабыңызды осы жерге қазақша жазыңыз._"

CONFIG = f'''# nbgrader settings of the course (written by scripts/nbgrader_course.py)
c = get_config()  # noqa: F821
c.CourseDirectory.course_id = {COURSE_ID!r}
c.ClearSolutions.code_stub = {{"python": {CODE_STUB!r}}}
c.ClearSolutions.text_stub = {TEXT_STUB!r}
# the notebooks train small models: a cell may take longer than nbgrader's 30 s default
c.Execute.timeout = 600
'''


def stems(notebooks: Path = NOTEBOOKS) -> list[str]:
    """The assignments: one per notebook, named by the file stem (01_deep_learning, …)."""
    return [path.stem for path in sorted(notebooks.glob("[0-9]*.ipynb"))]


@contextlib.contextmanager
def tools_on_path():
    """Inside: PATH with this Python's scripts folder first.  nbgrader's database code runs
    ``alembic`` (its migrations) by name, which a virtual environment that is not activated
    would not find."""
    path = os.environ.get("PATH", "")
    os.environ["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), path])
    try:
        yield
    finally:
        os.environ["PATH"] = path


def _run(app) -> None:
    """Start one of nbgrader's applications in this process (what its command line does,
    without starting Python and importing nbgrader again); stop on failure."""
    from nbgrader.utils import capture_log

    with tools_on_path():
        result = capture_log(app)
    if not result["success"]:
        raise RuntimeError(f"nbgrader {type(app).__name__} failed:\n{result.get('error', '')}\n{result['log']}")


def api(course: Path, **sections):
    """nbgrader's Python API for the course: its ``nbgrader_config.py``, with ``sections``
    (e.g. ``Execute={"enabled": False}``) on top."""
    from nbgrader.apps import NbGraderAPI
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(course)).load_config()
    config.CourseDirectory.root = str(course)
    for section, values in sections.items():
        config[section].update(values)
    return NbGraderAPI(config=config)


def write_config(course: Path) -> None:
    course.mkdir(parents=True, exist_ok=True)
    (course / "nbgrader_config.py").write_text(CONFIG, encoding="utf-8")


def assignment(course: Path = COURSE, notebooks: Path = NOTEBOOKS, only: list[str] | None = None) -> None:
    """``make assignment``: copy each notebook into source/ and let nbgrader release it
    (``nbgrader generate_assignment``)."""
    from nbgrader.apps import GenerateAssignmentApp

    write_config(course)
    grader = api(course)
    for stem in only or stems(notebooks):
        source = course / "source" / stem
        source.mkdir(parents=True, exist_ok=True)
        shutil.copy(notebooks / f"{stem}.ipynb", source / f"{stem}.ipynb")
        grader.coursedir.assignment_id = stem
        app = GenerateAssignmentApp(coursedir=grader.coursedir, parent=grader)
        app.force = True
        _run(app)


def submitted_assignments(course: Path) -> list[str]:
    return sorted({path.name for path in (course / "submitted").glob("*/*") if path.is_dir()})


def submitted_students(course: Path, stem: str) -> list[str]:
    return sorted(path.parent.name for path in (course / "submitted").glob(f"*/{stem}") if path.is_dir())


def autograde(course: Path = COURSE, only: list[str] | None = None, student: str | None = None,
              execute: bool = True, export: bool = True) -> Path:
    """``make autograde``: grade every submission, write feedback and grades.csv.

    nbgrader runs each submitted notebook top to bottom in a fresh kernel (with the hidden
    tests put back into the graded cells) and gives a graded cell its points when it runs
    without an error.  ``execute=False`` grades the outputs a notebook already holds
    (nbgrader's ``--no-execute``)."""
    from nbgrader.apps import AutogradeApp, GenerateFeedbackApp

    settings = {} if execute else {"Execute": {"enabled": False}, "ClearOutput": {"enabled": False}}
    grader = api(course, **settings)
    for stem in only or submitted_assignments(course):
        for who in [student] if student else submitted_students(course, stem):
            grader.coursedir.assignment_id, grader.coursedir.student_id = stem, who
            app = AutogradeApp(coursedir=grader.coursedir, parent=grader)
            app.force, app.create_student = True, True
            _run(app)
            app = GenerateFeedbackApp(coursedir=grader.coursedir, parent=grader)
            app.force = True
            _run(app)
    return export_grades(course) if export else course / "grades.csv"


def export_grades(course: Path = COURSE) -> Path:
    """nbgrader's CSV export (``nbgrader export``): one row per student and assignment."""
    from nbgrader.apps import ExportApp

    grader = api(course, CsvExportPlugin={"to": str(course / "grades.csv")})
    _run(ExportApp(coursedir=grader.coursedir, parent=grader))
    return course / "grades.csv"


def student(course: Path = COURSE, target: Path = ROOT / "student") -> None:
    """``make student``: the release notebooks, for self-study, in ``target``.  They sit
    beside notebooks/ so that the first cell finds the package from a plain checkout."""
    target.mkdir(parents=True, exist_ok=True)
    for released in sorted((course / "release").glob("*/*.ipynb")):
        shutil.copy(released, target / released.name)
        print(f"{released.relative_to(course)} -> {target / released.name}")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["assignment", "autograde", "student"])
    parser.add_argument("target", nargs="?", default=str(ROOT / "student"))
    parser.add_argument("--course", default=str(COURSE))
    args = parser.parse_args(argv)
    course = Path(args.course)
    if args.command == "assignment":
        assignment(course)
    elif args.command == "autograde":
        print(autograde(course))
    else:
        student(course, Path(args.target))


if __name__ == "__main__":
    main(sys.argv[1:])
