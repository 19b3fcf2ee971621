"""The few exception types a user of qa-bot can meet; each message says what to do."""


class QABotError(Exception):
    """Base class: catch this to handle every qa-bot error."""


class QuestionError(QABotError, ValueError):
    """The question cannot be asked as it is (empty, too long, ...)."""


class IngestError(QABotError):
    """A file could not be read as a document."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class IndexNotFoundError(QABotError):
    """There is no index where one was expected."""


class IndexCorruptedError(QABotError):
    """The index on disk is damaged, half-written or of an unknown format."""


class ModelMismatchError(QABotError):
    """The index was built with another embedding model than the one asked for."""


class EmbeddingError(QABotError):
    """The embedding model could not be loaded."""
