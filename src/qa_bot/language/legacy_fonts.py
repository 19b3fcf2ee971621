"""Legacy Vietnamese font encodings (TCVN3/ABC, VNI) -> Unicode NFC.

Old Word files set Vietnamese in 8-bit "font encodings": the bytes are ordinary
cp1252 characters and only the font makes them look Vietnamese, so python-docx
and LibreOffice hand us mojibake such as "C«ng v¨n" (TCVN3) or "Coâng vaên" (VNI).

Encoding names used by this module:
  "tcvn3"        .VnTime, .VnArial, ... (ABC lowercase fonts)
  "tcvn3_upper"  .VnTimeH, .VnArialH, ... (same codes, every letter drawn as a capital)
  "vni"          VNI-Times, VNI-Helve, ...
ENCODINGS lists what detect() can tell apart in plain text; the H fonts only
exist as font information, so "tcvn3_upper" comes from encoding_of_font() alone.

Tables live in legacy_fonts.json ("_sources" there says where each came from:
UniKey's VnConv tables, cross-checked against TCVN 5712 and xvnkb).
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

ENCODINGS = ("tcvn3", "vni")

_TABLES: dict[str, dict[str, str]] = {
    name: table
    for name, table in json.loads(
        Path(__file__).with_name("legacy_fonts.json").read_text(encoding="utf-8")
    ).items()
    if not name.startswith("_")
}


def encoding_of_font(font_name: str | None) -> str | None:
    """Map a font family name to "tcvn3", "tcvn3_upper", "vni" or None."""
    name = " ".join((font_name or "").split()).lower()
    if not name:
        return None
    # ABC fonts start with ".Vn"; when the dot got lost, "VNI" has to be ruled out first.
    if name.startswith(".vn") or (re.match(r"vn[a-z]", name) and not name.startswith("vni")):
        # The ABC capital fonts are the same family name with an "H" appended.
        return "tcvn3_upper" if name.endswith("h") else "tcvn3"
    return "vni" if name.startswith("vni") else None


def _table(encoding: str) -> dict[str, str]:
    try:
        return _TABLES[encoding]
    except KeyError:
        raise ValueError(f"unknown legacy encoding {encoding!r}") from None


@lru_cache(maxsize=None)
def _decoder(encoding: str) -> tuple[re.Pattern[str], dict[str, str]]:
    inverse: dict[str, str] = {}
    for letter, code in _table(encoding).items():
        # TCVN3 writes "Á" with the code of "á"; the lowercase font shows "á", so keep that.
        # Identities stay in: TCVN3 "ý" is 0xFD, which must not come back as "Ý".
        if letter.islower() or code not in inverse:
            inverse[code] = letter
    if encoding == "vni":
        # Typists sometimes pair a capital base with a lowercase mark ("Aù") or the
        # reverse; the reader still saw one letter, whose case is the base's.
        for code, letter in list(inverse.items()):
            if len(code) == 2:
                inverse.setdefault(code[0] + code[1].swapcase(), letter)
    # Longest first: VNI "oâ" (ô) must win over "ô" (ơ) read on its own.
    alternatives = sorted(inverse, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, alternatives))), inverse


def decode(text: str, encoding: str) -> str:
    """Legacy string (as read through cp1252/latin-1) -> Unicode NFC."""
    if encoding == "tcvn3_upper":
        # The H fonts draw every code, ASCII included, as a capital letter.
        return decode(text, "tcvn3").upper()
    pattern, inverse = _decoder(encoding)
    return unicodedata.normalize("NFC", pattern.sub(lambda m: inverse[m.group()], text))


def encode(text: str, encoding: str) -> str:
    """Unicode -> legacy string. Lossy where the font cannot show the case
    (toned capitals in "tcvn3", lowercase letters in "tcvn3_upper")."""
    table = _table(encoding)
    # An H font shows "á" and "Á" with one code: the lowercase table supplies it.
    fallback = _TABLES["tcvn3"] if encoding == "tcvn3_upper" else {}
    text = unicodedata.normalize("NFC", text)
    return "".join(table.get(ch) or fallback.get(ch, ch) for ch in text)


# --- detection --------------------------------------------------------------

_ALPHABET = frozenset("abcdefghijklmnopqrstuvwxyz").union(k.lower() for k in _TABLES["vni"])
_TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))
_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
_CODA = r"(?:ch|ng|nh|[cmnpt])"
# Nuclei ending in a glide (i/y/o/u) take no coda; ă, â, iê, uô, ươ, uyê need one.
_OPEN = "uya|uyu|ươi|ươu|uôi|iêu|yêu|oai|oay|oeo|uây|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu|ya"
_CLOSED = "uyê|iê|yê|uô|ươ|oă|uâ|ă|â"
_FREE = "oa|oe|oo|ue|uê|uơ|uy|[aeêioôơuưy]"
_SYLLABLE = re.compile(rf"{_ONSET}(?:(?:{_OPEN})|(?:{_CLOSED}){_CODA}|(?:{_FREE}){_CODA}?)")
_PUNCT = "\"'()[]{}<>.,;:!?-–—…‘’“”/\\*"
_MAX_WORDS = 2000  # plenty of evidence; keeps detect() cheap on whole documents
# Thresholds, measured on 15 office-style paragraphs/titles (Unicode, and encoded
# both ways), English/French/German/Spanish/Portuguese, unaccented Vietnamese,
# codes, plus ~20 real TCVN3/VNI lines from public repositories:
#   right encoding:  net/words 0.50..1.00, changed words valid 1.00
#   wrong encoding:  net/words <= 0.29 (that one: changed valid 0.60); changed
#                    valid 1.00 only at net/words 0.20
#   everything else: net/words <= 0.00
_MIN_NET_SHARE = 0.3
_MIN_CHANGED_VALID = 0.8


def _is_syllable(word: str) -> bool:
    """Onset + nucleus + coda with at most one tone mark (shape only, not a lexicon)."""
    word = word.lower()
    if not set(word) <= _ALPHABET:  # else NFD would read "ñ" as n + tilde tone
        return False
    nfd = unicodedata.normalize("NFD", word)
    bare = nfd.translate(_TONES)
    return len(nfd) - len(bare) <= 1 and bool(_SYLLABLE.fullmatch(unicodedata.normalize("NFC", bare)))


def _evidence(text: str, encoding: str) -> tuple[int, int, int, int]:
    """(words, net words turned into syllables, words changed, changed words now syllables)."""
    words = net = changed = changed_valid = 0
    for token in text.split()[:_MAX_WORDS]:
        token = token.strip(_PUNCT)
        if any(ch.isalpha() and ch > "\xff" for ch in token):
            # Legacy text is pure cp1252; "ư", "ộ", "đ" mean real Unicode already.
            words, net = words + 1, net - 1
            continue
        decoded = decode(token, encoding)
        if not decoded.isalpha():  # numbers, codes like 245/CV-UBND, symbols
            continue
        valid = _is_syllable(decoded)
        words += 1
        net += valid - _is_syllable(token)
        if decoded != token:
            changed, changed_valid = changed + 1, changed_valid + valid
    return words, net, changed, changed_valid


def detect(text: str) -> str | None:
    """Return "tcvn3" or "vni" if text reads as that mojibake, else None."""
    best, best_net = None, 0
    for encoding in ENCODINGS:
        words, net, changed, changed_valid = _evidence(text, encoding)
        if (net > best_net and net >= _MIN_NET_SHARE * words
                and changed_valid >= _MIN_CHANGED_VALID * changed):
            best, best_net = encoding, net
    return best


def fix(text: str) -> str:
    """detect() then decode(); text without detectable mojibake comes back unchanged.

    Decodes the whole string: for text that mixes Unicode and legacy runs, call
    decode() on the legacy runs only (a Unicode "ô" would read as TCVN3 "ụ")."""
    encoding = detect(text)
    return decode(text, encoding) if encoding else text
