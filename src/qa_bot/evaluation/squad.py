"""A SQuAD v2 set (JSON or JSONL) as a corpus and a question set for the eval harness.

The corpus is one document per title and one paragraph per distinct context, in
the order they first appear; a question's gold is the paragraph of its context.
Unanswerable questions (``is_impossible``) have no gold. Answers match a quote
NFC-normalised and case-folded, as the eval harness compares them.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from qa_bot.bot import QABot
from qa_bot.errors import QABotError
from qa_bot.evaluation.harness import Question
from qa_bot.language.text import nfc


@dataclass(frozen=True)
class SquadSet:
    documents: dict[str, list[str]]  # source file name → its paragraphs (contexts)
    questions: list[Question]


def _records(path: Path) -> list[dict]:
    """Flat records from SQuAD v2 JSON ({"data": [{"title", "paragraphs": [{"context", "qas"}]}]}) or JSONL."""
    text = path.read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if isinstance(data, dict) and "data" in data:
        return [{**qa, "title": art.get("title", "untitled"), "context": par["context"]}
                for art in data["data"] for par in art["paragraphs"] for qa in par["qas"]]
    out = []
    for n, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except ValueError as exc:
                raise QABotError(f"{path}:{n} is not JSON ({exc})") from None
    return out


def _source(title: str) -> str:
    return re.sub(r"[^\w.-]+", "_", nfc(title)).strip("_") + ".txt"


def load_squad(path: str | Path) -> SquadSet:
    path = Path(path)
    if not path.is_file():
        raise QABotError(f"No SQuAD file at {path}")
    documents: dict[str, list[str]] = {}
    questions = []
    for r in _records(path):
        try:
            source = _source(r.get("title", "untitled"))
            # one paragraph is one line of the corpus file (the .txt paragraph contract)
            context = " ".join(nfc(r["context"]).split())
            paragraphs = documents.setdefault(source, [])
            if context not in paragraphs:
                paragraphs.append(context)
            impossible = bool(r.get("is_impossible"))
            answers = r.get("answers") or {}
            texts = answers.get("text", []) if isinstance(answers, dict) else [a["text"] for a in answers]
            questions.append(Question(
                str(r["id"]), nfc(r["question"]), "squad_unanswerable" if impossible else "squad",
                () if impossible else ((source, paragraphs.index(context) + 1),),
                () if impossible else tuple(dict.fromkeys(" ".join(nfc(t).split()) for t in texts)), "squad",
            ))
        except (KeyError, TypeError, AttributeError) as exc:
            raise QABotError(f"{path}: a record is not SQuAD v2 ({exc!r})") from None
    if not questions:
        raise QABotError(f"{path} holds no questions")
    return SquadSet(documents, questions)


def write_corpus(squad: SquadSet, folder: Path, distractors: Path | None = None) -> Path:
    """The SQuAD contexts as .txt files in ``folder`` (one paragraph a line), plus any distractor files."""
    folder.mkdir(parents=True, exist_ok=True)
    if distractors is not None:
        if not distractors.is_dir():
            raise QABotError(f"No distractor folder at {distractors}")
        for f in sorted(distractors.rglob("*")):
            if f.is_file():
                target = folder / f.relative_to(distractors)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(f, target)
    for source, paragraphs in squad.documents.items():
        (folder / source).write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
    return folder


def index_squad(squad: SquadSet, index_dir: Path, distractors: Path | None = None) -> QABot:
    """Build (or update: unchanged files are not re-embedded) the index of a SQuAD set's corpus."""
    with tempfile.TemporaryDirectory() as tmp:
        return QABot.build([write_corpus(squad, Path(tmp) / "corpus", distractors)], index_dir)
