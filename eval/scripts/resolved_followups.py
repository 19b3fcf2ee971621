"""How far resolving follow-ups can take the conversation set: every follow-up of
eval/sets/conversations.jsonl asked alone as the standalone question a careful reader
would write (eval/sets/followups_resolved.json), against the bot's own reading of it
with its history.

    .venv/bin/python eval/scripts/resolved_followups.py [--index indexes/seeds]

The rewrites were written by hand from each conversation's earlier questions and
gold answers only (never from the documents), keeping the follow-up's language,
and, when typed without diacritics, its lack of them. When the bot answers these
no better than its own reading, the follow-ups' misses are in answering the
question, not in resolving it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from qa_bot import QABot  # noqa: E402
from qa_bot.evaluation.conversations import load_conversations  # noqa: E402
from qa_bot.evaluation.harness import outcome  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--index", default=str(ROOT / "indexes" / "seeds"))
    args = ap.parse_args()
    bot = QABot.load(args.index)
    resolved = json.loads((ROOT / "eval" / "sets" / "followups_resolved.json").read_text(encoding="utf-8"))
    print("| split | follow-ups | right, resolved by hand and asked alone | right, with history | by kind (resolved) |")
    print("|---|---|---|---|---|")
    for split in ("dev", "test"):
        n = by_hand = own = 0
        kinds: dict[str, list[int]] = {}
        for conv in load_conversations(ROOT / "eval" / "sets" / "conversations.jsonl", split):
            chat = bot.chat()
            for i, (q, kind) in enumerate(zip(conv.turns, conv.types)):
                with_history = chat.ask(q.question)
                if kind != "followup":
                    continue
                alone = bot.ask(resolved[f"{conv.id}#{i}"])
                right = [bool(o.best_correct and not o.abstained)
                         for o in (outcome(q, a, bot, 0) for a in (alone, with_history))]
                n += 1
                by_hand += right[0]
                own += right[1]
                k = kinds.setdefault(q.kind, [0, 0])
                k[0] += right[0]
                k[1] += 1
        shown = ", ".join(f"{k} {a}/{b}" for k, (a, b) in sorted(kinds.items()))
        print(f"| {split} | {n} | {by_hand} | {own} | {shown} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
