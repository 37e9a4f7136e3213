"""Project files cite only files inside the repository.

The team's design pages live outside the repository; what the project needs of them is
copied into ``docs/`` (``docs/design.md``, ``docs/glossary.md``, ``docs/data_sources.md``).
A tracked Markdown, Python or notebook file that cites the team's folder fails; so does a
Markdown file that names one of those pages by a path that does not exist here, or links
to a missing file.
"""
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TEAM_FOLDER = "shared"
# the team's folder (with or without leading "../"), and the team's pages by name
TEAM_PATH = re.compile(r"(?<![\w/.-])((?:\.\./)*" + TEAM_FOLDER + r"/[\w./-]*\w)")
TEAM_PAGE = re.compile(r"(?<![\w/.-])((?:\.{1,2}/)*(?:[\w-]+/)*(?:design\.md|glossary\.md|SOURCES\.md|"
                       r"lecture-13[\w.-]*\.txt))")
MD_LINK = re.compile(r"\]\(([^)\s#]+)(?:#[^)]*)?\)")


def outside_citations(text: str, folder: Path, root: Path = ROOT, markdown: bool = True) -> list[str]:
    """Paths ``text`` (a file in ``folder``) cites that exist neither from the root nor from ``folder``."""
    cited = TEAM_PATH.findall(text)
    if markdown:   # code builds paths from parts ("docs" / "glossary.md"): names alone count in prose only
        cited += TEAM_PAGE.findall(text)
        cited += [link for link in MD_LINK.findall(text) if not re.match(r"[a-z]+:", link)]   # not URLs

    def inside(path: str) -> bool:
        return any((base / path).resolve().is_relative_to(root) and (base / path).exists()
                   for base in (root, folder))
    return sorted({path for path in cited if not inside(path)})


def _tracked_documents() -> list[str]:
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout (no .git): the tracked files cannot be listed")
    out = subprocess.run(["git", "ls-files", "*.md", "*.py", "*.ipynb"], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    return out.split()


def test_documents_cite_only_files_inside_the_repository():
    problems = []
    for name in _tracked_documents():
        path = ROOT / name
        if path.exists():
            found = outside_citations(path.read_text(encoding="utf-8", errors="replace"), path.parent,
                                      markdown=path.suffix == ".md")
            problems += [f"{name}: cites {cited}, which is not in the repository" for cited in found]
    assert not problems, ("bring what is needed into docs/ and cite that:\n" + "\n".join(problems))


def test_the_check_catches_outside_paths(tmp_path):
    team, design = TEAM_FOLDER, "design" + ".md"      # spelt in two parts: this file is scanned too
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / design).write_text("x")
    assert outside_citations(f"see ../{team}/{design} and `{team}/glossary.md`", folder, tmp_path) == [
        f"../{team}/{design}", f"{team}/glossary.md"]
    assert outside_citations(f"Budgets ({design})", tmp_path, tmp_path) == [design]
    assert outside_citations(f"Budgets (docs/{design}), [the design]({design})", folder, tmp_path) == []
    assert outside_citations("[gone](pictures/none.png) [web](https://example.org/x.md)", folder, tmp_path) == [
        "pictures/none.png"]
