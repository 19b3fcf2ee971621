"""Conversations: every turn asked with the turns before it, and the same turn asked alone.

A conversation set is JSONL, one conversation per line::

    {"id": "c001", "split": "dev", "turns": [
        {"question": "...", "type": "first", "kind": "vi", "gold": [{"source": ..., "paragraph": 2}],
         "answers": ["Hà Nội"]},
        {"question": "Ai chủ trì?", "type": "followup", "kind": "vi", ...}]}

``type`` is "first" (the opening question), "followup" (cannot be answered
alone) or "standalone" (a later turn that starts a new topic). Follow-ups
should do much better with their history than alone; first and standalone
turns must do no worse with it.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from qa_bot.bot import DEFAULT_INDEX, QABot
from qa_bot.errors import QABotError
from qa_bot.evaluation.harness import Outcome, Question, format_table, load_questions, outcome, read_records, score

DEFAULT_CONVERSATIONS = Path("eval/sets/conversations.jsonl")
TYPES = ("first", "followup", "standalone")


@dataclass(frozen=True)
class Conversation:
    id: str
    split: str
    turns: tuple[Question, ...]  # Question.kind is the language kind; types in ``types``
    types: tuple[str, ...]


def load_conversations(path: str | Path, split: str = "all") -> list[Conversation]:
    return [c for c in read_records(path, "conversation", _conversation) if split in ("all", c.split)]


def _conversation(r: dict) -> Conversation:
    split = r.get("split", "test")
    turns = tuple(Question.from_record(t, f"{r['id']}.{i}", split) for i, t in enumerate(r["turns"], start=1))
    types = tuple(t.get("type", "first" if i == 1 else "followup") for i, t in enumerate(r["turns"], start=1))
    if bad := set(types) - set(TYPES):
        raise ValueError(f"unknown turn type {sorted(bad)}; use one of {', '.join(TYPES)}")
    return Conversation(str(r["id"]), split, turns, types)


def run(bot: QABot, conversations: list[Conversation]) -> dict[tuple[str, str], list[Outcome]]:
    """(turn type, "history" or "alone") → outcomes; also ("all", ...) over every turn."""
    out: dict[tuple[str, str], list[Outcome]] = {}
    for conv in conversations:
        chat = bot.chat()
        previous_correct = False
        for q, kind in zip(conv.turns, conv.types):
            t = time.perf_counter()
            with_history = chat.ask(q.question)
            o_history = outcome(q, with_history, bot, time.perf_counter() - t)
            if with_history.rewritten:
                t = time.perf_counter()
                o_alone = outcome(q, bot.ask(q.question), bot, time.perf_counter() - t)
            else:  # searched as typed: asking it alone is the same search, done already
                o_alone = o_history
            keys = [kind, "all"]
            # a follow-up can only be read right if the turn it follows was answered right:
            # this row measures the rewriting apart from the earlier turns' misses
            if kind == "followup" and previous_correct:
                keys.append("followup after a correct turn")
            for key in keys:
                out.setdefault((key, "history"), []).append(o_history)
                out.setdefault((key, "alone"), []).append(o_alone)
            previous_correct = o_history.best_correct and not o_history.abstained
    return out


def standalone_after_a_turn(bot: QABot, conversations: list[Conversation], questions: list[Question]
                            ) -> dict[str, list[Outcome]]:
    """Self-contained questions asked after each conversation's opening turn, and alone: the history
    must never make a good standalone answer worse."""
    out: dict[str, list[Outcome]] = {"history": [], "alone": []}
    alone = {}
    for q in questions:
        t = time.perf_counter()
        answer = bot.ask(q.question)
        alone[q.id] = outcome(q, answer, bot, time.perf_counter() - t)
    for conv in conversations:
        opening = bot.ask(conv.turns[0].question)
        for q in questions:
            if set(q.gold) & set(conv.turns[0].gold):
                continue  # about the same paragraph: not a new topic
            t = time.perf_counter()
            out["history"].append(outcome(q, bot.ask(q.question, history=[opening]), bot, time.perf_counter() - t))
            out["alone"].append(alone[q.id])
    return out


def report(outcomes: dict[tuple[str, str], list[Outcome]]) -> dict[str, dict]:
    rows = {}
    for kind in (*TYPES, "followup after a correct turn", "all"):
        for how in ("history", "alone"):
            if (kind, how) in outcomes:
                rows[f"{kind} · {how}"] = score(outcomes[(kind, how)])
    return rows


def run_conversations(args) -> int:
    conversations = load_conversations(args.conversations, args.split)
    if not conversations:
        raise QABotError(f"No conversations in split {args.split!r}")
    index_dir = args.index or DEFAULT_INDEX
    bot = QABot.load(index_dir)
    outcomes = run(bot, conversations)
    rows = report(outcomes)
    turns = sum(len(c.turns) for c in conversations)
    print(f"conversations={args.conversations}  split={args.split}  conversations={len(conversations)}  "
          f"turns={turns}  index={index_dir}\n")
    print(format_table(rows, first="turns · asked"))
    followups = outcomes.get(("followup", "history"), [])
    by_lang = {f"followup {lang} · history": score([o for o in followups if o.question.kind == lang])
               for lang in sorted({o.question.kind for o in followups})}
    if by_lang:
        print("\nfollow-ups with history, by language:\n")
        print(format_table(by_lang, first="turns"))
    if getattr(args, "questions", None):
        questions = load_questions(args.questions, args.split)
        pairs = standalone_after_a_turn(bot, conversations[:3], questions)
        print(f"\n{args.questions} ({args.split}) asked after the opening turn of {min(3, len(conversations))} "
              "conversations, and alone:\n")
        print(format_table({f"after a turn · {k}": score(v) for k, v in pairs.items()}, first="questions"))
        rows.update({f"standalone questions after a turn · {k}": score(v) for k, v in pairs.items()})
    misses = [o for o in outcomes.get(("all", "history"), [])
              if o.question.answerable and (o.abstained or not o.best_correct)]
    if misses:
        print(f"\n{len(misses)} turns not answered correctly with history:", file=sys.stderr)
        for o in misses:
            print(f"  {o.question.id} {o.question.question!r} searched {o.query!r} "
                  f"gold={list(o.question.gold)} cited={o.cited} abstained={o.abstained}", file=sys.stderr)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps({"rows": rows, "conversations": len(conversations), "turns": turns},
                                              ensure_ascii=False, indent=2), encoding="utf-8")
    return 0
