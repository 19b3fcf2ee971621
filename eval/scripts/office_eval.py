"""Office documents: formats, tables, legacy fonts and the files left out (eval/sets/office).

Builds an index of eval/sets/office/docs (17 files: .docx .doc .odt .rtf .xlsx .xls .ods .pptx
.csv .pdf, TCVN3 and VNI Word files, a TCVN3 .txt, and four files that cannot be indexed), asks
every question of eval/sets/office/questions.jsonl (written before any run; gold names the
source only) and prints:

* answered right: the first quote holds one of the expected answers (case-insensitive) and is
  from the gold file; over the answerable questions, and per kind;
* answered from the right file: the first quote is from the gold file;
* table questions (those with a ``row_label``): the first quote holds both the row's label and
  the expected figure;
* unanswerables turned away: the bot abstained;
* the files left out, each with its reason (and how many have none: must be 0);
* read time per format: each file read on its own (LibreOffice conversion included, one batch
  per target format as a build does it), and the whole build's time.

    PYTHONPATH=src .venv/bin/python eval/scripts/office_eval.py            # ~1 min on 2 CPUs
    PYTHONPATH=src .venv/bin/python eval/scripts/office_eval.py --failures # and every miss
    PYTHONPATH=src .venv/bin/python eval/scripts/office_eval.py --rows-without-caption  # the other table text
    PYTHONPATH=src .venv/bin/python eval/scripts/office_eval.py \
        --docs eval/sets/office2/docs --questions eval/sets/office2/questions.jsonl     # the second set

The other sets (eval/sets/office2 … office6, each another province, signers among the questions) were
each written by someone who never ran the bot, before the changes they check were chosen: each set's
README says when, and docs/quality.md §7 which set was held out for what. `make office-eval` runs all.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from dataclasses import asdict
from pathlib import Path

from qa_bot import Settings
from qa_bot.errors import IngestError
from qa_bot.evaluation.office import evaluate
from qa_bot.ingest import office, tables
from qa_bot.ingest.documents import SUPPORTED, convert_all, find_files, read_document

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "eval" / "sets" / "office"


def read_times(docs: Path, settings: Settings) -> dict[str, list[float]]:
    """Seconds to read each file, by extension; a converted format carries its share of its batch."""
    files, _ = find_files([docs])
    by_target: dict[str, list] = defaultdict(list)
    for f in files:
        kind = SUPPORTED[f.path.suffix.lower()]
        if kind in office.TARGET:
            by_target[office.TARGET[kind]].append(f)
    converted, share = {}, {}
    for batch in by_target.values():
        started = time.perf_counter()
        converted.update(convert_all(batch, settings))
        seconds = time.perf_counter() - started
        share.update({f.source: seconds / len(batch) for f in batch})
    times: dict[str, list[float]] = defaultdict(list)
    for f in files:
        started = time.perf_counter()
        try:
            read_document(f, settings, converted=converted.get(f.source))
        except IngestError:
            continue
        times[f.path.suffix.lower()].append(time.perf_counter() - started + share.get(f.source, 0.0))
    return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=Path, default=SET / "docs")
    ap.add_argument("--questions", type=Path, default=SET / "questions.jsonl")
    ap.add_argument("--failures", action="store_true", help="print every question not answered right")
    ap.add_argument("--rows-without-caption", action="store_true",
                    help="the other table representation: rows without their table's caption")
    args = ap.parse_args(argv)
    if args.rows_without_caption:
        tables.ROWS_WITH_CAPTION = False
    settings = Settings()
    report = evaluate(args.docs, args.questions, settings)

    def share(what, among="answerable"):
        got, n = report.count(what, among)
        return f"{got}/{n} = {got / n:.3f}" if n else "-"

    answerable = report.answerable
    print(f"questions: {len(report.results)} ({len(answerable)} answerable)")
    print(f"answered right (first quote holds an answer, from the gold file): {share('right')}")
    print(f"answered from the right file:                                    {share('right_file')}")
    print(f"table questions, first quote holds row label + figure:           {share('row', 'table')}")
    print(f"unanswerables turned away:                                       {share('abstained', 'unanswerable')}")
    print(f"answerable abstained:                                            {share('abstained')}")
    print("answered right by kind:")
    for kind in sorted({r.kind for r in answerable}):
        of_kind = [r for r in answerable if r.kind == kind]
        print(f"  {kind:14s} {sum(r.right for r in of_kind)}/{len(of_kind)} = "
              f"{sum(r.right for r in of_kind) / len(of_kind):.3f}")
    print(f"files left out: {len(report.skipped)}, without a reason: {sum(not e.reason.strip() for e in report.skipped)}")
    for e in report.skipped:
        print(f"  {e.source}: {e.reason}")
    print(f"build (read, convert, embed, save): {report.build_seconds:.1f}s for {report.files} files")
    print("read time per format (LibreOffice batch shared among its files):")
    for ext, secs in sorted(read_times(args.docs, settings).items()):
        print(f"  {ext:6s} {len(secs)} file(s), {sum(secs) / len(secs):.2f}s each")
    if args.failures:
        print("\nnot answered right:")
        for r in report.results:
            if (r.answerable and not r.right) or (not r.answerable and not r.abstained):
                print(json.dumps(asdict(r), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
