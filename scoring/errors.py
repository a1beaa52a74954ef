"""Errors raised by FacultyScreen.

Every error the library raises on purpose derives from ``ScoringError``, so the CLI and the
dashboard can catch ours and still let a real bug show its traceback::

    ScoringError
    ├── ReadError(path, status, reason)   a file could not be turned into text
    ├── ParseError(path, reason)          text was read but could not be parsed at all
    ├── ConfigError(key, reason)          the search config is wrong at TOML key *key*
    │   └── UnknownCriterion              a criterion name that is not registered
    └── SchemaError                       a dataframe does not have the declared columns
"""

from __future__ import annotations

__all__ = ["ConfigError", "ParseError", "ReadError", "SchemaError", "ScoringError", "UnknownCriterion"]


class ScoringError(Exception):
    """Base class of every error FacultyScreen raises on purpose."""


class ReadError(ScoringError):
    """A file could not be read as text.

    *status* is a short machine-readable code (``empty_file``, ``not_a_pdf``, ``encrypted``,
    ``too_large``, ``timeout``, ``parse_error``, ``unsupported_format``, ``no_text``) and
    *reason* the one line shown to the committee.
    """

    def __init__(self, path: str, status: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.status = status
        self.reason = reason


class ParseError(ScoringError):
    """Text was read but no profile could be built from it."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ConfigError(ScoringError):
    """The search configuration is invalid; *key* is the dotted TOML key at fault."""

    def __init__(self, key: str, reason: str) -> None:
        super().__init__(f"{key}: {reason}" if key else reason)
        self.key = key
        self.reason = reason


class UnknownCriterion(ConfigError):
    """A criterion name that is not in the registry."""


class SchemaError(ScoringError):
    """A dataframe lacks declared columns or has values outside their domain."""
