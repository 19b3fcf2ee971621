"""`qa-bot eval`: reads the arguments, runs the harness on a question set, a SQuAD file or conversations, prints."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from qa_bot.bot import DEFAULT_INDEX, QABot
from qa_bot.errors import QABotError
from qa_bot.evaluation import calibration
from qa_bot.evaluation.conversations import run_conversations
from qa_bot.evaluation.harness import DEFAULT_QUESTIONS, SYSTEMS, evaluate, format_table, load_questions
from qa_bot.evaluation.squad import index_squad, load_squad


def run_cli(args) -> int:
    if getattr(args, "squad", None):
        return _run_squad(args)
    if getattr(args, "conversations", None):
        return run_conversations(args)
    questions = load_questions(args.questions or DEFAULT_QUESTIONS, args.split)
    if not questions:
        raise QABotError(f"No questions in split {args.split!r}")
    index_dir = args.index or DEFAULT_INDEX
    bot = QABot.load(index_dir)
    outcomes: list = []
    report = evaluate(bot, questions, systems=_systems(args), keep=outcomes)
    report["split"] = args.split
    report["index"] = str(index_dir)
    report["model"] = bot.index.model
    print(f"split={args.split}  questions={len(questions)}  index={index_dir}  model={bot.index.model}\n")
    return _print_report(report, args, outcomes)


def _run_squad(args) -> int:
    """A SQuAD v2 set: index its contexts (plus any distractors) and ask every question."""
    squad = load_squad(args.squad)
    index_dir = Path(args.index) if args.index else Path("indexes") / f"squad-{Path(args.squad).stem}"
    print(f"indexing {len(squad.documents)} documents"
          + (f" and the distractors in {args.distractors}" if args.distractors else "") + f" into {index_dir}",
          file=sys.stderr)
    bot = index_squad(squad, index_dir, Path(args.distractors) if args.distractors else None)
    outcomes: list = []
    report = evaluate(bot, squad.questions, systems=_systems(args), keep=outcomes)
    report["squad"] = str(args.squad)
    report["index"] = str(index_dir)
    report["model"] = bot.index.model
    print(f"squad={args.squad}  questions={len(squad.questions)} "
          f"({sum(not q.answerable for q in squad.questions)} unanswerable)  index={index_dir}\n")
    return _print_report(report, args, outcomes)


def _systems(args) -> tuple[str, ...]:
    return ("hybrid",) if getattr(args, "hybrid_only", False) else SYSTEMS


def _print_report(report: dict, args, outcomes: list) -> int:
    print(format_table(report["systems"]))
    print("\nhybrid by question kind:\n")
    print(format_table(report["by_kind"]["hybrid"], first="kind"))
    hybrid = report["systems"]["hybrid"]
    if hybrid.get("ece") is not None:
        print(f"\nhybrid calibration: expected calibration error {hybrid['ece']:.3f} (10 bins); bands:\n")
        print(calibration.format_bands(hybrid["bands"]))
    if getattr(args, "plots", None) and outcomes:
        squad = getattr(args, "squad", None)
        title = Path(squad).stem if squad else f"{Path(args.questions or DEFAULT_QUESTIONS).stem} ({args.split})"
        for png in calibration.plots(outcomes, args.plots, title):
            print(f"wrote {png}")
    curve = report["systems"]["hybrid"].get("risk_coverage") or []
    if curve:
        print("\nhybrid risk–coverage (answer the most confident share; risk = wrong answers among them):")
        print("coverage " + " ".join(f"{c:5.1f}" for c, _ in curve))
        print("risk     " + " ".join(f"{r:5.3f}" for _, r in curve))
    if report["failures"]:
        print(f"\n{len(report['failures'])} hybrid failures:", file=sys.stderr)
        for f in report["failures"]:
            print(f"  {f['id']} [{f['kind']}] {f['question']}  gold={f['gold']} cited={f['cited']} "
                  f"abstained={f['abstained']}", file=sys.stderr)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0
