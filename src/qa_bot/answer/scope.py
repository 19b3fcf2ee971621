"""Whether the collection can be about a question at all: how many of its content words the collection uses.

A question about football, gold prices or a recipe, asked of a collection about party building, shares
few content words with it, however close some sentence's cosine comes. The vocabulary is the
collection's own (the BM25 index's folded syllables, and for an English question the dictionary
renderings the collection holds), so no list of topics is involved.
"""

from __future__ import annotations

from dataclasses import dataclass

from qa_bot.language.question import AskedQuestion
from qa_bot.language.text import fold, words

# Below this share of known content words a question is not about the collection. Chosen on the dev
# questions (in-house dev split and more_dev: 135 answerable, 37 unanswerable), midway between the
# highest share of an unanswerable question under every answerable one (0.33) and the lowest
# share of an answerable one (0.50): it turns away 6 of the 37 dev unanswerables and none of the 135.
# Over all 424 answerable in-house questions the lowest share is 0.50 (English ones), so none is lost.
MIN_KNOWN_SHARE = 0.42


@dataclass(frozen=True)
class Scope:
    known_share: float
    unknown: tuple[str, ...]  # the content words the collection never uses, as typed

    @property
    def outside(self) -> bool:
        return self.known_share < MIN_KNOWN_SHARE


def scope(question: AskedQuestion, vocabulary,
          english_terms: tuple[tuple[str, tuple[str, ...]], ...] | None) -> Scope:
    """``question``: as read (language/question.py). ``vocabulary``: the collection's folded syllables
    (anything with ``in``). ``english_terms``: an English question's content words with the Vietnamese
    renderings the collection holds (``bilingual.Translator.terms``), None for a Vietnamese question."""
    if english_terms is not None:
        content = [head for head, _ in english_terms]
        unknown = [head for head, renderings in english_terms
                   if not renderings and not all(fold(w) in vocabulary for w in words(head))]
    else:
        content = list(question.content)
        unknown = [w for w, folded in zip(content, question.content_folded) if folded not in vocabulary]
    if not content:
        return Scope(1.0, ())
    return Scope((len(content) - len(unknown)) / len(content), tuple(dict.fromkeys(unknown)))
