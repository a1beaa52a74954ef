"""The criterion registry: plain functions, registered by name, documented by their docstrings.

A criterion takes a ``Context`` and keyword-only parameters (set from TOML) and returns a
``CriterionResult``: one float per candidate, aligned to ``candidates.index``, plus the evidence
rows it counted. The docstring's first line is the label shown in the UI and CLI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import pandas as pd

from scoring.errors import UnknownCriterion
from scoring.model import Profiles

__all__ = [
    "EVIDENCE_COLUMNS",
    "Context",
    "Criterion",
    "CriterionResult",
    "criterion",
    "criterion_label",
    "criterion_names",
    "get_criterion",
]

EVIDENCE_COLUMNS = ["candidate_id", "criterion", "item", "value", "source_line", "detail"]


@dataclass(frozen=True, slots=True)
class Context:
    """What a criterion may look at: the pool (publications carry a ``tier`` column) and the search."""

    profiles: Profiles
    description: str = ""
    current_year: int = 2026


@dataclass(frozen=True, slots=True)
class CriterionResult:
    """One value per candidate and the rows of evidence behind those values."""

    values: pd.Series
    evidence: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=EVIDENCE_COLUMNS))


class Criterion(Protocol):
    __name__: str

    def __call__(self, ctx: Context, /, **params: object) -> CriterionResult: ...


_REGISTRY: dict[str, Criterion] = {}


def criterion(func: Callable[..., CriterionResult]) -> Callable[..., CriterionResult]:
    """Register *func* under its own name."""
    _REGISTRY[func.__name__] = func  # type: ignore[assignment]
    return func


def _load_builtins() -> None:
    # imported for their @criterion side effect; late, so the registry exists first
    from scoring.criteria import awards, publications, topic  # noqa: F401


def criterion_names() -> list[str]:
    """Every registered criterion name, sorted."""
    _load_builtins()
    return sorted(_REGISTRY)


def get_criterion(name: str) -> Criterion:
    """The criterion registered as *name*."""
    _load_builtins()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise UnknownCriterion(
            f"criteria.{name}", f"{name!r} is not a criterion; use one of {', '.join(sorted(_REGISTRY))}"
        ) from None


def criterion_label(name: str) -> str:
    """The first docstring line of a criterion: its label in tables and charts."""
    doc = get_criterion(name).__doc__ or name
    return doc.strip().splitlines()[0].rstrip(".")
