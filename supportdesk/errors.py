"""Domain errors: what the services raise, with a message a person can act on (Dutch)."""

from __future__ import annotations


class DomainError(Exception):
    """Base class of every error the core raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(DomainError):
    """Bad input. ``errors`` maps each field name to what is wrong with it (Dutch)."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{f}: {m}" for f, m in self.errors.items()))

    @property
    def field(self) -> str:
        """The first field named (most errors name one)."""
        return next(iter(self.errors))

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls({field: message})


class NotFoundError(DomainError):
    """A record named by id does not exist (or no longer)."""


class ConflictError(DomainError):
    """Someone else saved the record after it was read: the save is refused."""

    def __init__(self, kind: str, public_id: str, current_version: int | None = None) -> None:
        super().__init__(
            "Iemand anders heeft dit record intussen gewijzigd. "
            "Laad de nieuwe versie of werk verder en bewaar opnieuw."
        )
        self.kind = kind
        self.public_id = public_id
        self.current_version = current_version


class StorageError(DomainError):
    """The database refused or failed (locked, damaged, gone); the action changed nothing."""
