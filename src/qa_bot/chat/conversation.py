"""A conversation: the turns so far, read back as what follow-ups need (followup.py)."""

from __future__ import annotations

from typing import Callable, Protocol, Sequence, Union

from qa_bot.chat import followup
from qa_bot.errors import QuestionError
from qa_bot.language.question import AskedQuestion, read
from qa_bot.store.index import Index
from qa_bot.types import Answer, Citation


class Asker(Protocol):
    """What a conversation needs of the bot (``QABot`` is one): it asks, and its index restores diacritics.
    A protocol, so this package never imports the facade above it."""

    index: Index

    def ask(self, question: str, **kwargs) -> Answer: ...


# A turn of history: an Answer the bot gave, its to_dict() (from an HTTP client), or a question
# typed earlier (then asked again to know what it was answered with).
HistoryItem = Union[Answer, dict, str]

# Earlier turns read for a follow-up: the topic is carried forward turn by turn, and people
# refer back one or two turns, not ten.
MAX_TURNS = 8


def turns_from(history: Sequence[HistoryItem], bot: Asker) -> list[followup.Turn]:
    answers: list[Answer] = []
    for item in list(history)[-MAX_TURNS:]:
        if isinstance(item, Answer):
            answers.append(item)
        elif isinstance(item, dict):
            answers.append(_from_dict(item))
        elif isinstance(item, str):
            answers.append(bot.ask(item, history=answers))
        else:
            raise QuestionError("Each history turn must be an Answer, its to_dict(), or the question text.")
    turns: list[followup.Turn] = []
    restore = bot.index.restorer.restore
    for a in answers:
        query = read(a.query, restore)  # each earlier turn's query, read once here
        topic = _topic(a, query, turns, restore)
        quote = a.citations[0].quote if a.citations else ""
        person = followup.person_in(a.short, query, quote)
        paragraphs = tuple(dict.fromkeys((c.source, c.paragraph) for c in a.citations))
        if not paragraphs and turns:
            paragraphs = turns[-1].paragraphs  # an abstention keeps the conversation where it was
        turns.append(followup.Turn(a.question, a.query, topic, person or (turns[-1].person if turns else None),
                                   paragraphs, a.short))
    return turns


def _topic(a: Answer, query: AskedQuestion, turns: list[followup.Turn], restore: Callable[[str], str]) -> str:
    """What the conversation is about after answer ``a`` (``query``: its query, read): a question asked as
    typed sets the topic; a follow-up keeps the one its rewrite worked out (worked out again: rewriting is
    deterministic)."""
    previous = turns[-1].topic if turns else ""
    if a.rewritten:
        # stripped as QABot.ask strips a question (a turn from an HTTP client may not be)
        rewrite = followup.rewrite(read(a.question.strip(), restore), turns)
        if rewrite is not None and rewrite.query == a.query:
            return rewrite.topic
    return followup.topic_of(query.as_restored) or previous


def _from_dict(d: dict) -> Answer:
    try:
        citations = [Citation(**c) for c in d.get("citations", [])]
        return Answer(d["question"], d.get("text", ""), citations, bool(d.get("abstained", not citations)),
                      query=d.get("query") or d["question"], short=d.get("short"))
    except (KeyError, TypeError) as exc:
        raise QuestionError(f"A history turn is not an answer record ({exc}).") from None


class Conversation:
    """``bot.chat()``: asks with the turns so far, and keeps each answer as a turn."""

    def __init__(self, bot: Asker):
        self.bot = bot
        self.turns: list[Answer] = []

    def ask(self, question: str, **kwargs) -> Answer:
        answer = self.bot.ask(question, history=self.turns, **kwargs)
        self.turns.append(answer)
        return answer

    def reset(self) -> None:
        self.turns.clear()
