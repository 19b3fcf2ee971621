"""An office folder's question set (eval/sets/office*): answered right, right file, table rows, files left out.

A set is a folder of documents and a JSONL file of questions whose gold names the source file only:
``{"id", "question", "kind", "gold": [{"source"}], "answers", "row_label" (cell questions)}``. The
folder is indexed from scratch, every question asked once. eval/scripts/office_eval.py prints the
figures; tests/evaluation/test_office_sets.py holds them to their floors.
"""

from __future__ import annotations

import json
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from qa_bot.bot import QABot
from qa_bot.errors import IngestError
from qa_bot.settings import Settings


@dataclass
class OfficeResult:
    """What the bot did with one question of an office set."""

    id: str
    kind: str
    question: str
    answerable: bool
    abstained: bool
    right: bool  # the first quote holds one of the answers (case-insensitive) and is from the gold file
    right_file: bool  # the first quote is from the gold file
    row: bool  # a table question whose first quote holds both its row's label and an answer
    table: bool  # a table question: it has a row_label
    cited: str | None
    quote: str | None
    answers: list[str]
    row_label: str | None
    confidence: float


@dataclass
class OfficeReport:
    results: list[OfficeResult]
    skipped: list[IngestError] = field(default_factory=list)  # the files left out, each with its reason
    build_seconds: float = 0.0
    files: int = 0  # documents indexed

    @property
    def answerable(self) -> list[OfficeResult]:
        return [r for r in self.results if r.answerable]

    def count(self, what: str, among: str = "answerable") -> tuple[int, int]:
        """(how many, out of how many): ``what`` is a result's flag (right, right_file, row, abstained);
        ``among``: answerable, table (answerable table questions) or unanswerable."""
        pool = {"answerable": self.answerable, "table": [r for r in self.answerable if r.table],
                "unanswerable": [r for r in self.results if not r.answerable]}[among]
        return sum(getattr(r, what) for r in pool), len(pool)


def evaluate(docs: Path, questions: Path, settings: Settings | None = None) -> OfficeReport:
    settings = settings or Settings()
    records = [json.loads(line) for line in questions.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory(prefix="office-eval-") as tmp:
        started = time.perf_counter()
        bot = QABot.build([docs], index_dir=Path(tmp) / "idx", settings=settings)
        build_seconds = time.perf_counter() - started
        results = [_result(q, bot.ask(q["question"])) for q in records]
        return OfficeReport(results, list(bot.report.skipped), build_seconds, len(bot.index.documents))


def _result(q: dict, answer) -> OfficeResult:
    first = answer.citations[0] if answer.citations and not answer.abstained else None
    gold = {g["source"] for g in q.get("gold", [])}
    quote = first.quote.casefold() if first else ""
    has_answer = any(a.casefold() in quote for a in q.get("answers", []))
    right_file = first is not None and first.source in gold
    row_label = q.get("row_label")
    return OfficeResult(
        q["id"], q["kind"], q["question"], bool(gold), answer.abstained, right_file and has_answer, right_file,
        bool(row_label) and right_file and has_answer and row_label.casefold() in quote, bool(row_label),
        first.label if first else None, first.quote if first else None, q.get("answers", []), row_label,
        answer.confidence)
