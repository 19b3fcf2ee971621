"""qa-bot: answers made of verbatim, cited quotations from your own documents."""

from qa_bot.bot import DEFAULT_INDEX, BuildProgress, BuildReport, QABot
from qa_bot.errors import (
    EmbeddingError,
    IndexCorruptedError,
    IndexNotFoundError,
    IngestError,
    ModelMismatchError,
    QABotError,
    QuestionError,
)
from qa_bot.settings import DEFAULT_MODEL, Settings
from qa_bot.types import Answer, Chunk, Citation, Document, Hit, Paragraph

__all__ = [
    "QABot", "Settings", "BuildProgress", "BuildReport", "DEFAULT_INDEX", "DEFAULT_MODEL",
    "Answer", "Citation", "Hit", "Chunk", "Document", "Paragraph",
    "QABotError", "QuestionError", "IngestError", "IndexNotFoundError", "IndexCorruptedError",
    "ModelMismatchError", "EmbeddingError",
]
