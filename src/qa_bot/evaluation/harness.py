"""The evaluation harness: retrieval, answer correctness, citations, abstention and latency.

A question set is JSONL, one record per line::

    {"id": "q001", "question": "...", "kind": "vi", "split": "test",
     "gold": [{"source": "001_c378dda10a3fb69b.txt", "paragraph": 2}], "answers": ["71 điểm cầu"]}

``gold`` is empty for questions the documents cannot answer. A gold without ``paragraph``
(``{"source": "thu_ngan_sach_2023.xlsx"}``) means any paragraph of that source. ``answers`` are
short strings a correct quote must contain.
"""

from __future__ import annotations

import json
import math
import statistics
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from qa_bot.bot import QABot
from qa_bot.errors import QABotError
from qa_bot.evaluation import calibration
from qa_bot.language.text import nfc

DEFAULT_QUESTIONS = Path("eval/sets/questions.jsonl")
SYSTEMS = ("lexical", "dense", "hybrid", "langchain")


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    kind: str
    gold: tuple[tuple[str, int | None], ...]  # paragraph None: any paragraph of the source
    answers: tuple[str, ...]
    split: str = "test"

    @property
    def answerable(self) -> bool:
        return bool(self.gold)

    @classmethod
    def from_record(cls, r: dict, id: str | None = None, split: str | None = None) -> "Question":
        """A question from its JSON record (the fields above); KeyError, TypeError or ValueError if malformed."""
        return cls(str(id or r["id"]), r["question"], r.get("kind", "vi"),
                   tuple((g["source"], int(g["paragraph"]) if g.get("paragraph") is not None else None)
                         for g in r.get("gold", [])),
                   tuple(nfc(a) for a in r.get("answers", [])), split or r.get("split", "test"))


def read_records(path: str | Path, what: str, parse: Callable[[dict], object]) -> list:
    """Each non-blank line of a JSONL file, parsed; a malformed one is an error naming its line."""
    path = Path(path)
    if not path.is_file():
        raise QABotError(f"No {what} set at {path}")
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append(parse(json.loads(line)))
        except (ValueError, KeyError, TypeError) as exc:
            raise QABotError(f"{path}:{n} is not a valid {what} record ({exc})") from None
    return out


def load_questions(path: str | Path, split: str = "all") -> list[Question]:
    if not Path(path).is_file():
        raise QABotError(f"No question set at {path}; pass one with --questions FILE")
    return [q for q in read_records(path, "question", Question.from_record) if split in ("all", q.split)]


@dataclass
class Outcome:
    """What one system did with one question."""

    question: Question
    ranked: list[tuple[str, int]]  # paragraphs, best first
    abstained: bool
    cited: list[tuple[str, int]]
    quotes: list[str]
    verbatim: list[bool]
    seconds: float
    # the scorer's probability for the best quote, and whether that quote (shown or, when the bot
    # abstained, the one it would have shown) holds the answer: the risk–coverage curve's inputs
    confidence: float = 0.0
    best_correct: bool = False
    short: str | None = None  # Answer.short: the few words that answer, inside the first quote
    query: str = ""  # Answer.query: what was searched (a follow-up made standalone)
    band: str = ""  # Answer.band

    @property
    def answer_correct(self) -> bool:
        """Answered (not abstained), and a quote holds an expected answer."""
        return self.question.answerable and not self.abstained and _contains(self.quotes, self.question.answers)


# A system turns a question into an Outcome.
System = Callable[[Question], Outcome]


def bot_system(bot: QABot, mode: str, k: int = 5) -> System:
    forced = None  # the same bot with no abstention: what it would have quoted

    def run(q: Question) -> Outcome:
        nonlocal forced
        t = time.perf_counter()
        answer = bot.ask(q.question, k=k, mode=mode)
        seconds = time.perf_counter() - t
        would = None
        if answer.abstained and answer.confidence > 0:
            forced = forced or QABot(bot.index, bot.settings.with_(answer_threshold=0.0))
            would = [c.quote for c in forced.ask(q.question, k=k, mode=mode).citations]
        return outcome(q, answer, bot, seconds, would)

    return run


def outcome(q: Question, answer, bot: QABot, seconds: float, quotes_if_answered: list[str] | None = None) -> Outcome:
    """An Outcome from an answer already given. ``quotes_if_answered``: what an abstained answer would
    have quoted (the risk–coverage curve's input); without it, its own quotes (none)."""
    verbatim = [c.quote in bot.index.paragraph(c.source, c.paragraph).text for c in answer.citations]
    quotes = [c.quote for c in answer.citations]
    best_correct = q.answerable and _contains(quotes if quotes_if_answered is None else quotes_if_answered, q.answers)
    return Outcome(q, [(h.source, h.paragraph) for h in answer.hits], answer.abstained,
                   [(c.source, c.paragraph) for c in answer.citations], quotes, verbatim, seconds,
                   answer.confidence, best_correct, answer.short, answer.query, answer.band)


def langchain_system(bot: QABot, k: int = 5) -> System:
    """The LangChain default: 1000/200 character chunks over whole files, dense FAISS, top chunk as answer."""
    import faiss
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200, add_start_index=True)
    chunks: list[tuple[str, str, list[int]]] = []  # (source, text, paragraphs it overlaps)
    for doc in bot.index.documents:
        text, spans = "", []
        for p in doc.paragraphs:
            spans.append((len(text), len(text) + len(p.text), p.number))
            text += p.text + "\n\n"
        for d in splitter.create_documents([text]):
            s = d.metadata["start_index"]
            e = s + len(d.page_content)
            chunks.append((doc.source, d.page_content, [n for a, b, n in spans if a < e and b > s]))
    vecs = bot.embedder.embed_passages([c[1] for c in chunks], bot.settings.batch_size)
    index = faiss.IndexFlatIP(vecs.shape[1])
    index.add(vecs)

    def run(q: Question) -> Outcome:
        t = time.perf_counter()
        _, ids = index.search(bot.embedder.embed_query(q.question).reshape(1, -1), k)
        seconds = time.perf_counter() - t
        ranked: list[tuple[str, int]] = []
        for i in ids[0]:
            for n in chunks[i][2]:
                if (chunks[i][0], n) not in ranked:
                    ranked.append((chunks[i][0], n))
        top = chunks[ids[0][0]]
        return Outcome(q, ranked, False, [(top[0], n) for n in top[2]], [top[1]], [True], seconds)

    return run


def _contains(quotes: list[str], answers: tuple[str, ...]) -> bool:
    joined = " ".join(quotes).casefold()
    return any(a.casefold() in joined for a in answers)


def is_gold(p: tuple[str, int], gold) -> bool:
    """The paragraph is one of ``gold``'s, or of a source ``gold`` names without a paragraph."""
    return any(p[0] == source and number in (None, p[1]) for source, number in gold)


def _ndcg(ranked: list[tuple[str, int]], gold: set, k: int = 5) -> float:
    found: set = set()  # each gold counts once: a source-level gold matches many paragraphs
    dcg = 0.0
    for i, p in enumerate(ranked[:k]):
        match = next((g for g in gold if g not in found and is_gold(p, (g,))), None)
        if match is not None:
            found.add(match)
            dcg += 1 / math.log2(i + 2)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(len(gold), k)))
    return dcg / ideal if ideal else 0.0


def risk_coverage(outcomes: list[Outcome]) -> tuple[float | None, list[tuple[float, float]]]:
    """Area under the risk–coverage curve, and the curve at coverage 0.1, 0.2, ... 1.0.

    Questions are answered most confident first; at coverage c the bot answers the top
    c of them and its risk is the share of those answers that are wrong (an unanswerable
    question answered is wrong). Lower is better; a scorer that knows nothing scores the
    error rate at every coverage.
    """
    if not outcomes:
        return None, []
    risk = calibration.risks(outcomes)
    points = [(c / 10, round(float(risk[max(0, math.ceil(c / 10 * len(risk)) - 1)]), 4)) for c in range(1, 11)]
    return round(float(risk.mean()), 4), points


def score(outcomes: list[Outcome]) -> dict:
    """Figures over a list of outcomes; retrieval and answers on answerable questions only."""
    ans = [o for o in outcomes if o.question.answerable]
    una = [o for o in outcomes if not o.question.answerable]

    def mean(xs):
        xs = list(xs)
        return round(sum(xs) / len(xs), 4) if xs else None

    def hit(o, k):
        return any(is_gold(p, o.question.gold) for p in o.ranked[:k])

    def rr(o):
        return next((1 / (i + 1) for i, p in enumerate(o.ranked) if is_gold(p, o.question.gold)), 0.0)

    answered = [o for o in ans if not o.abstained and o.cited]
    abstained = [o for o in outcomes if o.abstained]
    replied = [o for o in outcomes if not o.abstained]
    aurc, curve = risk_coverage(outcomes)
    lat = sorted(o.seconds * 1000 for o in outcomes)
    return {
        "questions": len(outcomes),
        "hit@1": mean(hit(o, 1) for o in ans),
        "hit@3": mean(hit(o, 3) for o in ans),
        "hit@5": mean(hit(o, 5) for o in ans),
        "mrr": mean(rr(o) for o in ans),
        "ndcg@5": mean(_ndcg(o.ranked, set(o.question.gold)) for o in ans),
        "answer_correct": mean((not o.abstained) and _contains(o.quotes, o.question.answers) for o in ans),
        # the short answer holds a gold answer string (answerable questions; none given counts as a miss)
        "short_correct": mean((not o.abstained) and bool(o.short) and _contains([o.short], o.question.answers)
                              for o in ans),
        # of the short answers given to answerable questions, the share that hold a gold answer string
        "short_precision": mean(_contains([o.short], o.question.answers) for o in ans if not o.abstained and o.short),
        "cite_precision": mean(mean(is_gold(c, o.question.gold) for c in o.cited) for o in answered),
        "cite_recall": mean(mean(any(is_gold(c, (g,)) for c in o.cited) for g in o.question.gold) for o in answered),
        "verbatim": mean(v for o in outcomes for v in o.verbatim),
        "abstain_precision": mean(not o.question.answerable for o in abstained),
        "abstain_recall": mean(o.abstained for o in una),
        "answerable_abstained": sum(o.abstained for o in ans),
        "answerable_abstained_rate": mean(o.abstained for o in ans),
        "unanswerable_abstained": sum(o.abstained for o in una),
        "answered_precision": mean(o.question.answerable and _contains(o.quotes, o.question.answers) for o in replied),
        "aurc": aurc,
        "risk_coverage": curve,
        "ece": calibration.ece(outcomes),
        "bands": calibration.band_table(outcomes),
        "latency_p50_ms": round(statistics.median(lat), 1) if lat else None,
        "latency_p95_ms": round(float(np.percentile(lat, 95)), 1) if lat else None,
    }


def evaluate(bot: QABot, questions: list[Question], systems=SYSTEMS, keep: list | None = None) -> dict:
    """The figures of each system; ``keep``, when given, receives the hybrid system's outcomes."""
    makers = {
        "lexical": lambda: bot_system(bot, "lexical"),
        "dense": lambda: bot_system(bot, "dense"),
        "hybrid": lambda: bot_system(bot, "hybrid"),
        "langchain": lambda: langchain_system(bot),
    }
    report: dict = {"systems": {}, "by_kind": {}, "failures": []}
    for name in systems:
        run = makers[name]()
        outcomes = [run(q) for q in questions]
        report["systems"][name] = score(outcomes)
        report["by_kind"][name] = {
            kind: score([o for o in outcomes if o.question.kind == kind])
            for kind in sorted({q.kind for q in questions})
        }
        if name == "hybrid":
            if keep is not None:
                keep.extend(outcomes)
            report["failures"] = [
                {"id": o.question.id, "kind": o.question.kind, "question": o.question.question,
                 "gold": o.question.gold, "ranked": o.ranked[:3], "cited": o.cited, "abstained": o.abstained}
                for o in outcomes
                if (o.question.answerable and (o.abstained or not _contains(o.quotes, o.question.answers)
                                               or not any(is_gold(c, o.question.gold) for c in o.cited)))
                or (not o.question.answerable and not o.abstained)
            ]
    return report


COLUMNS = [
    ("hit@1", "Hit@1"), ("hit@3", "Hit@3"), ("hit@5", "Hit@5"), ("mrr", "MRR"), ("ndcg@5", "nDCG@5"),
    ("answer_correct", "AnsOK"), ("short_correct", "Short"), ("short_precision", "ShortP"), ("cite_precision", "CiteP"), ("cite_recall", "CiteR"), ("verbatim", "Verb"),
    ("abstain_precision", "AbstP"), ("abstain_recall", "AbstR"), ("answerable_abstained", "AnsAbst"),
    ("answered_precision", "AnsP"), ("aurc", "AURC"), ("ece", "ECE"),
    ("latency_p50_ms", "p50ms"), ("latency_p95_ms", "p95ms"),
]


def format_table(rows: dict[str, dict], first: str = "system") -> str:
    def cell(v):
        if v is None:
            return "-"
        return f"{v:.3f}" if isinstance(v, float) else str(v)

    header = f"| {first} | n | " + " | ".join(h for _, h in COLUMNS) + " |"
    sep = "|" + "---|" * (len(COLUMNS) + 2)
    lines = [header, sep]
    for name, r in rows.items():
        lines.append(f"| {name} | {r['questions']} | " + " | ".join(cell(r.get(k)) for k, _ in COLUMNS) + " |")
    return "\n".join(lines)
