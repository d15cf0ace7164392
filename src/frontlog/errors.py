"""The one error hierarchy of frontlog.

    FrontlogError                  every error frontlog raises on purpose
    ├── ConfigError                a setting is missing or invalid
    ├── DocumentError              one input document cannot be processed
    │   ├── EmptyDocumentError     no text at all, or nothing left after cleaning
    │   ├── BinaryDocumentError    the bytes are not text (NUL bytes, an image, a zip)
    │   ├── EncodingError          the bytes are not in a supported text encoding
    │   ├── DocumentTooLargeError  larger than ``Config.max_document_bytes``
    │   ├── LanguageError          the report is not in a supported language
    │   ├── InputFormatError       a JSONL line that is not JSON or lacks ``text``
    │   └── ProcessingError        a stage failed unexpectedly on this document (a bug)
    ├── ModelError                 the spaCy pipeline cannot be loaded
    ├── GazetteerError             the gazetteer cannot be built or read
    └── StoreError                 the embedded store cannot be opened or written

A ``DocumentError`` never stops a batch: the batch records it (document id, stage,
message) and goes on; the exit status says that some documents failed.
"""

from __future__ import annotations


class FrontlogError(Exception):
    """Base class: every error frontlog raises on purpose."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class ConfigError(FrontlogError):
    """A setting is missing or invalid."""


class DocumentError(FrontlogError):
    """One input document cannot be processed; the batch goes on."""

    def __init__(
        self,
        message: str,
        *,
        document_id: str,
        stage: str,
        hint: str | None = None,
    ) -> None:
        super().__init__(message, hint=hint)
        self.document_id = document_id
        self.stage = stage

    def __reduce__(self) -> tuple[object, ...]:
        """Picklable, so that a worker process can hand it back to the batch."""
        return (_rebuild, (type(self), self.message, self.document_id, self.stage, self.hint))

    def one_line(self) -> str:
        """The line a batch prints: which document, which stage, what is wrong."""
        text = f"{self.document_id}: {self.stage}: {self.message}"
        return f"{text} — {self.hint}" if self.hint else text


class EmptyDocumentError(DocumentError):
    """No text at all, or nothing left after cleaning."""


class BinaryDocumentError(DocumentError):
    """The bytes are not text."""


class EncodingError(DocumentError):
    """The bytes are not in a supported text encoding."""


class DocumentTooLargeError(DocumentError):
    """The document is larger than the configured limit."""


class LanguageError(DocumentError):
    """The report is not in a supported language."""


class InputFormatError(DocumentError):
    """A JSONL line that is not a JSON object or lacks ``text``."""


class ProcessingError(DocumentError):
    """A stage failed unexpectedly on this document: a bug, reported, and the batch goes on."""


class ModelError(FrontlogError):
    """The spaCy pipeline cannot be loaded."""


class GazetteerError(FrontlogError):
    """The gazetteer cannot be built or read."""


class StoreError(FrontlogError):
    """The embedded store cannot be opened or written."""


def _rebuild(
    kind: type[DocumentError], message: str, document_id: str, stage: str, hint: str | None
) -> DocumentError:
    return kind(message, document_id=document_id, stage=stage, hint=hint)
