"""Off-topic questions as a reference: which passages are close to any question whatever.

Cosine scores are compressed for a question in English against Vietnamese text:
"What is the capital of Australia?" finds a passage as close (0.77) as an
on-topic English question does. Measured against questions known to be
off-topic for any corpus, embedded by the same model in the same language, a
passage that answers stands out: ``(q − p̄)·s`` is one of the answer scorer's
features (features.py).

The same reference exposes hubs: passages (long lists of resolutions, say) that
sit close to every English question. Scoring a passage by its cosine to the
question minus a share of its cosine to the average off-topic question
(``q·d − λ·p·d = (q − λp)·d``, a query-side form of CSLS) ranks them fairly.
"""

from __future__ import annotations

import threading

import numpy as np

from qa_bot.store.embedding import Embedder
from qa_bot.store.index import Index

# Everyday questions that no document collection about work, policy or news answers.
# A question is compared with the average of those in its own language.
OFF_TOPIC = {
    "en": [
        "How do I bake sourdough bread at home?", "What is the speed of light in a vacuum?",
        "Which programming language is best for beginners?", "How many players are on a basketball team?",
        "What are the symptoms of the common cold?", "Who painted the Mona Lisa?", "How do volcanoes form?",
        "What is the best time of year to visit Japan?", "How do I change a flat tyre?",
        "Which planet is the largest in the solar system?",
    ],
    "vi": [
        "Cách nấu phở bò ngon tại nhà?", "Tốc độ ánh sáng là bao nhiêu?", "Ngôn ngữ lập trình nào dễ học nhất?",
        "Một đội bóng rổ có bao nhiêu cầu thủ?", "Triệu chứng của bệnh cảm cúm là gì?",
        "Ai đã vẽ bức tranh Mona Lisa?", "Núi lửa hình thành như thế nào?", "Nên đi du lịch Nhật Bản vào mùa nào?",
        "Làm sao để thay lốp xe bị thủng?", "Hành tinh nào lớn nhất trong hệ Mặt Trời?",
    ],
}


class Topicality:
    def __init__(self, index: Index, embedder: Embedder):
        self._index = index
        self._embedder = embedder
        self._lock = threading.Lock()
        self._probes: dict[str, np.ndarray] = {}  # language → probe embeddings

    def probes(self, lang: str) -> np.ndarray:
        # lazily, once per index: ~20 short query embeddings
        if lang not in self._probes:
            with self._lock:
                if lang not in self._probes:
                    self._probes[lang] = np.stack([self._embedder.embed_query(p) for p in OFF_TOPIC[lang]])
        return self._probes[lang]

    def debiased(self, query_vector: np.ndarray, lang: str, weight: float) -> np.ndarray:
        """The query vector that ranks passages by ``q·d − weight · (mean off-topic question)·d``."""
        if weight == 0:
            return query_vector
        return (query_vector - weight * self.probes(lang).mean(axis=0)).astype(np.float32)
