"""The plain records that flow through the pipeline: Document → Paragraph → Chunk → Hit → Answer."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a source file, numbered from 1 in file order."""

    source: str
    number: int
    line: int
    text: str
    page: int | None = None
    # False for web chrome (link lists, captions, lone words): kept for numbering
    # and for showing context, but never indexed or quoted.
    citable: bool = True
    # spreadsheets: the sheet the row is on (``line`` is then the sheet's row number)
    sheet: str | None = None
    # a table's row (ingest/tables.py), in any format: it states its own figures and labels nothing else
    table: bool = False


@dataclass(frozen=True)
class Document:
    source: str  # path relative to the indexed folder, '/' separated
    sha256: str
    format: str
    paragraphs: tuple[Paragraph, ...]
    # when this content was first indexed ("YYYY-MM-DD HH:MM", local time); kept while the file is unchanged
    indexed_at: str = ""
    # PDFs and images: the OCR settings they were read with ("vie, 300 dpi"); a build with other
    # settings reads them again rather than keep text the old settings made
    read_with: str = ""


@dataclass(frozen=True)
class Chunk:
    """A piece of one paragraph; ``start``/``end`` index into ``Paragraph.text``."""

    source: str
    paragraph: int
    line: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence:
    """A quotable sentence of one paragraph; ``start``/``end`` index into ``Paragraph.text``.

    ``words`` is the sentence as underthesea segments it, space-separated, the
    syllables of one word joined by '_' ("Đồng_chí Phạm_Minh_Chính chủ_trì").
    """

    source: str
    paragraph: int
    start: int
    end: int
    words: str


@dataclass(frozen=True)
class Hit:
    """One retrieved paragraph; ``text`` is the whole paragraph."""

    source: str
    paragraph: int
    line: int
    text: str
    score: float
    page: int | None = None
    # span of the best-matching chunk inside ``text``
    chunk_start: int = 0
    chunk_end: int = 0
    # the paragraph's best chunk by cosine to the question (as dense search ranks it) and by BM25
    # (0 when none of its chunks is among the lexical candidates)
    dense_score: float = 0.0
    lexical_score: float = 0.0
    sheet: str | None = None  # spreadsheets: the paragraph's sheet

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Citation:
    """A verbatim quotation: ``quote == paragraph_text[start:end]``."""

    source: str
    paragraph: int
    line: int
    quote: str
    score: float
    page: int | None = None
    start: int = 0
    end: int = 0
    sheet: str | None = None  # spreadsheets: the sheet, ``line`` being its row

    @property
    def label(self) -> str:
        where = f"{self.source} · ¶ {self.paragraph} · line {self.line}"
        if self.sheet is not None:
            where += f" · sheet {self.sheet}"
        return f"{where} · page {self.page}" if self.page is not None else where

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Answer:
    question: str
    text: str
    citations: list[Citation]
    abstained: bool
    hits: list[Hit] = field(default_factory=list)
    # the answer scorer's probability that the best quote answers the question (scorer.py);
    # below the scorer's threshold the bot abstains, so this is also how close it came
    confidence: float = 0.0
    # the standalone question that was searched: ``question`` itself, or a follow-up made whole
    # from the conversation ("Ai chủ trì?" → "Ai chủ trì (hội nghị ... tháng 11-2018)?")
    query: str = ""
    # the few words that answer ("71 điểm cầu", a name, a date), an exact substring of the first
    # quote, or None when no span stands out (short_answer.py)
    short: str | None = None
    # an English question's words and the Vietnamese it was also searched with (bilingual.py)
    translation: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # how sure to read it as: "confident", "uncertain" (the closest passage, which may not answer) or
    # "not_found" (exactly when abstained); cut from ``confidence`` (answer/bands.py)
    band: str = ""
    # why this quote, for people: the reasons that moved its score most, or why nothing was found
    why: str = ""

    def __post_init__(self):
        if not self.query:
            object.__setattr__(self, "query", self.question)
        if not self.band:
            object.__setattr__(self, "band", "not_found" if self.abstained else "confident")

    @property
    def rewritten(self) -> bool:
        """True when the searched query is not the question as typed (a follow-up)."""
        return self.query != self.question

    @property
    def searched_as(self) -> str:
        """The translation for people: "delegates → đại biểu, đại diện · conference → hội nghị"."""
        return " · ".join(f"{word} → {', '.join(renderings)}" for word, renderings in self.translation)

    def to_dict(self) -> dict:
        return {
            "question": self.question,
            "query": self.query,
            "translation": {word: list(renderings) for word, renderings in self.translation},
            "text": self.text,
            "short": self.short,
            "abstained": self.abstained,
            "confidence": self.confidence,
            "band": self.band,
            "why": self.why,
            "citations": [c.to_dict() for c in self.citations],
            "hits": [h.to_dict() for h in self.hits],
        }
