"""Which language a question is in: English, or Vietnamese typed with or without diacritics."""

from __future__ import annotations

from functools import lru_cache

from qa_bot.language.text import words
from qa_bot.language.vietnamese import dictionary_syllables  # imports underthesea only on first use

_ENGLISH = frozenset("""
the a an of in on at to for by with from and or is are was were be been do does did what who whom whose
which when where why how many much have has had this that these those it its into about as
""".split())


@lru_cache(maxsize=1)
def _english_only() -> frozenset[str]:
    """The English function words that no Vietnamese syllable typed without diacritics can be:
    "do", "to", "an", "the" are also "đó", "tổ", "an", "thế" (underthesea's Viet74K dictionary says)."""
    return _ENGLISH - dictionary_syllables()


def looks_english(text: str) -> bool:
    """A question asked in English: English-only function words ("what", "which", "of", "is") at least
    as many as words written with Vietnamese letters, and at least one.

    On the 466 in-house questions labelled with their language (tests/language/test_text.py; 183 of them
    written after this rule was chosen) it is wrong once, and never on the 198 ViQuAD-A questions.
    The miss is an English question whose function words are all Vietnamese syllables too ("Can I
    pack a power bank in my checked luggage on a flight?"): words that cannot be Vietnamese
    ("luggage") would catch it, but lower-case codes typed without diacritics ("296-qc/bcsd-dubkh",
    "quy iii") are no Vietnamese syllables either, and counting them misread 5 questions. Counting
    every English function word (1 in 5 words) was wrong on 13 of the first 366: it read "hoi nghi
    do to chuc vao hom nao?" as English, and "And at the Nghệ An point?" as not.
    """
    return english_syllables(words(text))


def english_syllables(syllables) -> bool:
    """``looks_english`` of a text's word tokens (``text.words``), for a question already split."""
    ws = [w.lower() for w in syllables]
    only = _english_only()
    english = sum(w in only for w in ws)
    return english >= max(1, sum(not w.isascii() for w in ws))
