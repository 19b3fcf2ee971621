"""Office folders (eval/sets/office*) held to their floors: a real build of each folder (LibreOffice for the
legacy formats), the real model, every question asked. Each floor sits two questions below the figure
measured (docs/quality.md §7; `make office-eval` prints them all)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot.evaluation.office import evaluate

SETS = Path(__file__).resolve().parents[2] / "eval" / "sets"

# set: (answered right, table rows with label and figure), measured 54/57, 36/38 and 44/47, 21/22
FLOORS = {"office": (52, 34), "office6": (42, 19)}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_an_office_folder_meets_its_floors(name):
    report = evaluate(SETS / name / "docs", SETS / name / "questions.jsonl")
    right, rows = FLOORS[name]
    failures = [(r.id, r.quote) for r in report.answerable if not r.right]
    assert report.count("right")[0] >= right, failures
    assert report.count("row", "table")[0] >= rows, failures
    # every file indexed or left out with its reason
    assert all(e.reason.strip() for e in report.skipped)
    assert report.files + len(report.skipped) == sum(1 for f in (SETS / name / "docs").iterdir() if f.is_file())
