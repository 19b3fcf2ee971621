"""A question, read once where it enters: ``read(text)`` → ``AskedQuestion``.

Before this record, every stage read the question string again: retrieval,
the features, the answer kind, the page-fact check, the short answer and the
follow-up rewriter each folded it, split it, told its language and ran
underthesea over it (the same text segmented two or three times an answer).
Now ``QABot.ask`` reads it once and hands the record down; each stage takes
the fields it needs. Cheap fields are worked out in ``read``; underthesea's
words and tags, the diacritics put back and the anchors are cached properties,
worked out at most once, and only on the paths that need them.

What depends on the collection (idf, the dictionary renderings the collection
uses) is not here: the answer stage builds it from this record
(``answer/features.py::QuestionView``, ``answer/retrieval.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable

from qa_bot.language import question_kind, vietnamese
from qa_bot.language.detect import english_syllables
from qa_bot.language.diacritics import letters_ascii
from qa_bot.language.text import STOPWORDS, fold, tokens, words
from qa_bot.language.text import anchors as english_anchors


def _as_typed(text: str) -> str:
    return text


# numbers, dates and codes: "30/6/2015", "26-NQ/TW", "XIII" stays with the names
_NUMBER = re.compile(r"\d[\d/.,-]*\w*")
# a follow-up's rewrite carries the conversation's topic in brackets at its end (chat/followup.py)
_TOPIC_IN_BRACKETS = re.compile(r"\s*\([^()]*\)(?=[?.!\s]*$)")


@dataclass(frozen=True, eq=False)
class AskedQuestion:
    """One question as read; ``read`` makes it. Not ``evaluation.harness.Question`` (a labelled set item)."""

    text: str  # as asked (cleaned by QABot: NFC, no control characters, stripped)
    folded: str  # lower case, no diacritics
    syllables: tuple[str, ...]  # word tokens as written
    tokens: tuple[str, ...]  # word tokens folded (what BM25 and the features match on)
    content: tuple[str, ...]  # syllables as written that are not function words (text.STOPWORDS)
    content_folded: tuple[str, ...]  # the same, folded
    english: bool  # asked in English (detect.looks_english)
    unaccented: bool  # Vietnamese typed without diacritics (diacritics.is_unaccented)
    kind_folded: str  # folded, "máy" masked, as the kind patterns read it (question_kind.kind_text)
    kind: str | None  # the kind of answer asked for: quantity, time, person, place, org, list
    focus: str | None  # the thing a quantity question counts, one folded syllable ("diem")
    multipart: bool  # two questions in one ("Ai ... và ai ...?")
    # puts diacritics back (the index's DiacriticRestorer.restore); identity when there is no index
    restore: Callable[[str], str] = field(default=_as_typed, repr=False)
    # Every text read in the same ask, shared by the records made from one another (the question, it with
    # diacritics put back, a follow-up's rewrite, the rewrite without its bracketed topic, which is often
    # the follow-up as typed): each text is read once, whichever way it is reached.
    readings: dict[str, AskedQuestion] = field(default_factory=dict, repr=False)

    def read(self, text: str) -> AskedQuestion:
        """Another text of the same ask (a rewrite, the question restored), read once."""
        return read(text, self.restore, self.readings)

    @cached_property
    def words(self) -> tuple[str, ...]:
        """underthesea's words of the text as asked ("Phạm_Minh_Chính", "điểm_cầu")."""
        return tuple(vietnamese.words(self.text))

    @cached_property
    def tags(self) -> tuple[tuple[str, str], ...]:
        """underthesea's part-of-speech tags of the text as asked."""
        return tuple(vietnamese.pos_tag(self.text))

    @cached_property
    def as_restored(self) -> AskedQuestion:
        """The question as the embedding model should see it: typed without diacritics, read again with
        them put back (a new text, so its own record); else this record itself."""
        if not self.unaccented:
            return self
        restored = self.restore(self.text)
        return self if restored == self.text else self.read(restored)

    @cached_property
    def core(self) -> AskedQuestion:
        """The question without the topic a follow-up's rewrite adds in brackets at its end: what it asks
        of a page ("Who took the photos (Hội nghị ...)?") is in these words (answer/article.py)."""
        text = _TOPIC_IN_BRACKETS.sub("", self.text)
        return self if text == self.text else self.read(text)

    @cached_property
    def anchors(self) -> tuple[str, ...]:
        """Its names (underthesea's proper nouns, read off the text as typed, with diacritics only),
        numbers and codes, folded, each as folded syllables joined by spaces, sorted."""
        names = vietnamese.proper_nouns(list(self.words)) if not self.unaccented else set()
        held = ({" ".join(tokens(n.replace("_", " "))) for n in names}
                | {" ".join(tokens(m)) for m in _NUMBER.findall(self.text)})
        held.discard("")
        return tuple(sorted(held))

    @cached_property
    def anchor_query(self) -> str:
        """An English question's names, numbers and codes as a lexical query (text.anchors)."""
        return english_anchors(self.text)

    @cached_property
    def counted(self) -> str | None:
        """The words a quantity question counts, folded ("diem cau"), for the short answer."""
        return question_kind.counted(self.text, self.tags if not self.text.isascii() else ())


def read(text: str, restore: Callable[[str], str] = _as_typed,
         readings: dict[str, AskedQuestion] | None = None) -> AskedQuestion:
    """``text`` read once. ``restore``: what puts diacritics back (the index's restorer), used only if
    the question is typed without them and something needs it restored. ``readings``: the texts already
    read in this ask (``AskedQuestion.read`` passes them); a text among them is not read again."""
    readings = {} if readings is None else readings
    if text in readings:
        return readings[text]
    folded = fold(text)
    syllables = tuple(words(text))
    # content syllables: as written and folded, each folded once
    content_pairs = [(w, f) for w, f in zip(syllables, map(fold, syllables)) if f not in STOPWORDS]
    english = english_syllables(syllables)
    kind_folded = question_kind.kind_text(text, folded)
    readings[text] = AskedQuestion(
        text=text, folded=folded, syllables=syllables, tokens=tuple(words(folded)),  # = text.tokens(text)
        content=tuple(w for w, _ in content_pairs), content_folded=tuple(f for _, f in content_pairs),
        english=english,
        unaccented=letters_ascii(text) and not english, kind_folded=kind_folded,
        kind=question_kind.expected(kind_folded), focus=question_kind.focus(kind_folded),
        multipart=question_kind.is_multipart(folded), restore=restore, readings=readings,
    )
    return readings[text]
