"""`ask` latency on the seeds, English questions apart, with and without the dictionary.

    .venv/bin/python eval/scripts/ask_latency.py            # shipped settings, and English without the dictionary
    .venv/bin/python eval/scripts/ask_latency.py '{"translated_dense_weight": 0}'   # any Settings changes, as JSON

Every in-house question (eval/sets/questions.jsonl, all splits) three times over, after ten to warm up.
Run it with nothing else on the machine: it measures seconds, not work.
"""

import json
import statistics
import sys
import time
from pathlib import Path

from qa_bot import QABot
from qa_bot.evaluation.harness import load_questions
from qa_bot.language.detect import looks_english

ROOT = Path(__file__).resolve().parents[2]


def p95(values: list[float]) -> float:
    return sorted(values)[int(0.95 * len(values))]


def main() -> None:
    variants = [json.loads(v) for v in sys.argv[1:]] or [{"translate_english": False}, {}]
    base = QABot.load(ROOT / "indexes" / "seeds")
    questions = [q.question for q in load_questions(ROOT / "eval" / "sets" / "questions.jsonl", "all")]
    for changes in variants:
        bot = QABot(base.index, base.settings.with_(**changes))
        for q in questions[:10]:
            bot.ask(q)
        ms: dict[str, list[float]] = {"en": [], "vi": []}
        for _ in range(3):
            for q in questions:
                t = time.perf_counter()
                bot.ask(q)
                ms["en" if looks_english(q) else "vi"].append((time.perf_counter() - t) * 1000)
        every = ms["en"] + ms["vi"]
        print(f"{json.dumps(changes, ensure_ascii=False) or '{}'}: all p50 {statistics.median(every):.1f} ms, "
              f"p95 {p95(every):.1f} ms | English p50 {statistics.median(ms['en']):.1f}, p95 {p95(ms['en']):.1f} | "
              f"Vietnamese p95 {p95(ms['vi']):.1f}")


if __name__ == "__main__":
    main()
