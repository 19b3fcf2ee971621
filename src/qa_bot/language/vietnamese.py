"""Vietnamese words from underthesea's CRF word segmenter (its model ships in the wheel).

Syllables are what a Vietnamese text is written in; words are what it means:
"công việc" (work) is one word of two syllables, and a sentence that holds it
as a word answers "công việc ... là gì" better than one where "công" and
"việc" turn up apart. The answer scorer uses both (scorer.py).
"""

from __future__ import annotations

import re
import sys
import threading
from functools import lru_cache
from pathlib import Path

from qa_bot.language.text import fold

_lock = threading.Lock()
_tools: dict[str, object] = {}


def _underthesea(name: str):
    """One of underthesea's functions ("word_tokenize", "pos_tag"), imported once."""
    if name not in _tools:
        with _lock:
            if name not in _tools:
                # underthesea's __init__ also imports its optional translator, which pulls in
                # transformers (~4 s) when it is installed; the CRF taggers need none of it.
                # Hiding transformers for the length of the import makes that optional import
                # fail quietly (underthesea catches the ImportError): 0.7 s instead of 4.9 s.
                hidden = "transformers" not in sys.modules
                if hidden:
                    sys.modules["transformers"] = None  # type: ignore[assignment]
                try:
                    import underthesea
                finally:
                    if hidden:
                        del sys.modules["transformers"]
                _tools[name] = getattr(underthesea, name)
    return _tools[name]


@lru_cache(maxsize=1)
def dictionary_syllables() -> frozenset[str]:
    """Every syllable of underthesea's Viet74K word list (Hồ Ngọc Đức's dictionary), lower-case and
    folded: what Vietnamese typed without diacritics can be made of."""
    _underthesea("word_tokenize")  # imports underthesea without its translator (see above)
    from underthesea.corpus import viet_dict_74K

    return frozenset(fold(s) for w in viet_dict_74K.words for s in w.lower().split())


# General Vietnamese text that ships inside underthesea's wheel: the VLSP 2013 test sentences its
# part-of-speech tagger was evaluated on (about 97,000 words of news and legal text, one word and its
# tags a line, a blank line between sentences).
_GENERAL_TEXT = ("pipeline", "pos_tag", "models", "pos_crf_vlsp2013_20230303", "test_output.txt")


@lru_cache(maxsize=1)
def general_sentences() -> tuple[str, ...]:
    """Sentences of general Vietnamese, for the diacritic restorer to fall back on where a corpus is
    silent; empty (the restorer then reads the corpus alone) if this underthesea does not ship them."""
    from importlib.util import find_spec

    spec = find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return ()
    path = Path(list(spec.submodule_search_locations)[0]).joinpath(*_GENERAL_TEXT)
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return ()
    sentences, words = [], []
    for line in lines:
        word = line.split("\t", 1)[0].strip()
        if word:
            words.append(word)
        elif words:
            sentences.append(" ".join(words))
            words = []
    if words:
        sentences.append(" ".join(words))
    return tuple(sentences)


def _segmenter():
    return _underthesea("word_tokenize")


def pos_tag(text: str) -> list[tuple[str, str]]:
    """underthesea's CRF part-of-speech tags ("N" noun, "Np" name, "V" verb, "P" pronoun, ...); ~1 ms a
    question once its model is loaded (0.4 s, the first time)."""
    return _underthesea("pos_tag")(text) if text.strip() else []


def words(text: str) -> list[str]:
    """Words as written, syllables of one word joined by '_' ("Phạm_Minh_Chính", "công_việc")."""
    if not text.strip():
        return []
    return _segmenter()(text, format="text").split()


def locate(text: str, segmented: list[str]) -> tuple[int, int] | None:
    """Where underthesea words ("Phạm_Minh_Chính", or several in a row) sit in the text they came from:
    the first span holding their syllables in order, whole, with any spacing between them."""
    syllables = [x for w in segmented for x in w.split("_") if x]
    if not syllables:
        return None
    m = re.search(r"(?<!\w)" + r"\s*".join(re.escape(x) for x in syllables) + r"(?!\w)", text)
    return m.span() if m else None


def folded_words(segmented: list[str]) -> set[str]:
    """Multi-syllable words, lower-cased and without diacritics: what two texts share as words."""
    return {fold(w) for w in segmented if "_" in w and any(ch.isalpha() for ch in w)}


def proper_nouns(segmented: list[str]) -> set[str]:
    """Names: words of two or more syllables, each capitalised ("Phạm_Minh_Chính", "Hà_Nội").

    The segmenter keeps a name in one piece, which a regex over capitals cannot
    ("Ban Tổ chức" is an organisation, "Tổ chức" alone a common noun).
    """
    return {w for w in segmented
            if "_" in w and all(s[:1].isupper() for s in w.split("_") if s)}


# The most common Vietnamese family names: together they are the family names of over 90 %
# of Vietnamese people, so a name that begins with one is, with few exceptions, a person's.
_SURNAMES = frozenset("""
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trương Đinh Đoàn Lương
Trịnh Đào Mai Tô Hà Tạ Lâm Cao Chu Văn Thái Lưu Kiều Hứa Quách Tăng Triệu Vương Thân Lại Mạc Nghiêm
""".split())
# words right before a person's name ("đồng chí Phạm Minh Chính", "ông Gandhi", "Tổng thống Roosevelt");
# not posts such as "Trưởng Ban" or "Bí thư", which are followed by the body they lead
_TITLES = frozenset({"ông", "bà", "anh", "chị", "đồng_chí", "tiến_sĩ", "giáo_sư", "thủ_tướng", "tổng_thống",
                     "vua", "hoàng_đế", "ngài"})


def person_names(segmented: list[str]) -> set[str]:
    """Proper nouns that name a person: a full name led by a common family name, or a name after a title."""
    out = set()
    for i, w in enumerate(segmented):
        if not (w[:1].isupper() and any(ch.isalpha() for ch in w)):
            continue
        first = w.split("_")[0]
        after_title = i > 0 and segmented[i - 1].lower() in _TITLES
        # three syllables or more: "Hà Nội" begins with a family name too, a full name is longer
        parts = w.split("_")
        if (len(parts) >= 3 and first in _SURNAMES and all(x[:1].isupper() for x in parts)) or after_title:
            out.add(w)
    return out
