"""The criterion registry: plain functions, registered by name, documented by their docstrings.

A criterion takes a ``Context`` and keyword-only parameters (set from TOML) and returns a
``CriterionResult``: one float per candidate, aligned to ``candidates.index``, the evidence rows
behind each value and, optionally, a breakdown shown beside the value (e.g. papers per tier).

The docstring's first line is the label shown in the UI and CLI; its ``Args:`` section is the
help text of each parameter in the settings form (``criterion_params``).
"""

from __future__ import annotations

import inspect
import re
import typing
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol, overload

import numpy as np
import pandas as pd

from scoring.errors import UnknownCriterion
from scoring.model import Profiles

__all__ = [
    "EVIDENCE_COLUMNS",
    "Context",
    "Criterion",
    "CriterionResult",
    "EvidenceSource",
    "Param",
    "count_table",
    "criterion",
    "criterion_explanation",
    "criterion_label",
    "criterion_names",
    "criterion_params",
    "empty_evidence",
    "evidence_frame",
    "get_criterion",
    "get_validator",
]

# kind: "publication" | "award" | "candidate" | "statement" | "terms"; row_id: pub_id / award_id
EVIDENCE_COLUMNS = [
    "candidate_id",
    "criterion",
    "item",
    "value",
    "source_line",
    "detail",
    "kind",
    "row_id",
    "source_text",
]


def empty_evidence() -> pd.DataFrame:
    """An evidence frame with no rows and the declared columns."""
    return pd.DataFrame({c: pd.Series(dtype="object") for c in EVIDENCE_COLUMNS})


def evidence_frame(n: int, **columns: Any) -> pd.DataFrame:
    """An evidence frame of *n* rows from the given columns (arrays of length *n* or scalars)."""
    data = {c: columns.get(c) for c in EVIDENCE_COLUMNS}
    return pd.DataFrame(data, index=pd.RangeIndex(n))


def count_table(owners: pd.Series, labels: pd.Series, index: pd.Index, order: list[str]) -> pd.DataFrame:
    """How many rows each owner has per label: rows *index*, columns *order* (labels present only).

    A fast ``pd.crosstab`` for the few-label case, reindexed to every candidate.
    """
    present = [label for label in order if (labels == label).any()]
    row = index.get_indexer(owners)
    ok = row >= 0
    out = {}
    for label in present:
        hit = ok & (labels == label).to_numpy()
        out[label] = np.bincount(row[hit], minlength=len(index)).astype(int)
    return pd.DataFrame(out, index=index)


@dataclass(frozen=True, slots=True)
class Context:
    """What a criterion may look at: the pool (publications carry a ``tier`` column) and the search.

    ``memo`` holds work a criterion may reuse on the same pool whatever the description (the topic
    criterion keeps its text list and fitted model there): scoring passes the same dict again when
    only the description changed. An entry must check it belongs to ``profiles`` before use.
    """

    profiles: Profiles
    description: str = ""
    current_year: int = field(default_factory=lambda: date.today().year)
    memo: dict[Hashable, Any] = field(default_factory=dict, compare=False, repr=False)


class EvidenceSource(Protocol):
    """Evidence rows a criterion builds when they are read rather than when it scores.

    ``rows(positions)`` returns the rows of the candidates at *positions* (all when ``None``), in
    the order the whole frame has them and with ``EVIDENCE_COLUMNS``: a page showing one candidate
    builds that candidate's rows only. It must pickle (scored pools are cached).
    """

    def rows(self, positions: np.ndarray | None = None) -> pd.DataFrame: ...


@dataclass(frozen=True, slots=True, init=False)
class CriterionResult:
    """One value per candidate, the evidence rows behind it, and optional per-candidate detail.

    ``breakdown`` is indexed like ``values``; its columns (e.g. ``n_A*``) are shown beside the
    value as ``<criterion>__<column>``. ``higher_is_better=False`` makes ranking reverse the value.
    The evidence is given as a frame or as an ``EvidenceSource``; ``evidence`` is always the frame.
    """

    values: pd.Series
    evidence_source: pd.DataFrame | EvidenceSource
    breakdown: pd.DataFrame | None
    higher_is_better: bool

    def __init__(
        self,
        values: pd.Series,
        evidence: pd.DataFrame | EvidenceSource | None = None,
        breakdown: pd.DataFrame | None = None,
        higher_is_better: bool = True,
    ) -> None:
        object.__setattr__(self, "values", values)
        object.__setattr__(self, "evidence_source", empty_evidence() if evidence is None else evidence)
        object.__setattr__(self, "breakdown", breakdown)
        object.__setattr__(self, "higher_is_better", higher_is_better)

    @property
    def evidence(self) -> pd.DataFrame:
        """Every evidence row (built now when the criterion gave a source)."""
        source = self.evidence_source
        return source if isinstance(source, pd.DataFrame) else source.rows(None)


class Criterion(Protocol):
    __name__: str

    def __call__(self, ctx: Context, /, **params: Any) -> CriterionResult: ...


Validator = Callable[[dict[str, Any]], None]
_CriterionFunc = Callable[..., CriterionResult]

_REGISTRY: dict[str, Criterion] = {}
_VALIDATORS: dict[str, Validator] = {}


@overload
def criterion(func: _CriterionFunc, /) -> _CriterionFunc: ...
@overload
def criterion(*, validate: Validator | None = None) -> Callable[[_CriterionFunc], _CriterionFunc]: ...


def criterion(
    func: _CriterionFunc | None = None, /, *, validate: Validator | None = None
) -> _CriterionFunc | Callable[[_CriterionFunc], _CriterionFunc]:
    """Register *func* under its own name.

    Use bare (``@criterion``) or with a *validate* hook (``@criterion(validate=check)``) that
    receives the TOML parameters and raises ``ConfigError(param, reason)`` for values the type
    hints cannot rule out (a bad regular expression, an unknown tier name...).
    """

    def register(f: _CriterionFunc) -> _CriterionFunc:
        _REGISTRY[f.__name__] = f
        if validate is not None:
            _VALIDATORS[f.__name__] = validate
        return f

    return register(func) if func is not None else register


def _load_builtins() -> None:
    # imported for their @criterion side effect; late, so the registry exists first
    from scoring.criteria import awards, career, column, publications, topic  # noqa: F401


def criterion_names() -> list[str]:
    """Every registered criterion name, sorted."""
    _load_builtins()
    return sorted(_REGISTRY)


def get_criterion(name: str) -> Criterion:
    """The criterion registered as *name*.

    Raises:
        UnknownCriterion: *name* is not registered; the message lists the names that are.
    """
    _load_builtins()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise UnknownCriterion(
            key=f"criteria.{name}",
            reason=f"{name!r} is not a criterion; use one of {', '.join(sorted(_REGISTRY))}",
        ) from None


def get_validator(name: str) -> Validator | None:
    """The extra parameter check registered with criterion *name*, if any."""
    get_criterion(name)
    return _VALIDATORS.get(name)


def criterion_label(name: str) -> str:
    """The first docstring line of a criterion: its label in tables and charts.

    A name that is not registered (a table the committee named itself) is humanised instead,
    so labels never fail while a config is being edited.

    Examples:
        >>> criterion_label("tier_publications")
        'Publications weighted by venue tier'
        >>> criterion_label("my_rating")
        'My rating'
    """
    _load_builtins()
    func = _REGISTRY.get(name)
    if func is None or not func.__doc__:
        return name.replace("_", " ").strip().capitalize()
    return func.__doc__.strip().splitlines()[0].rstrip(".")


def criterion_explanation(name: str) -> str:
    """The docstring body of a criterion (what it measures and how), without its parameter list.

    Examples:
        >>> criterion_explanation("column").startswith("Uses a column the committee added")
        True
    """
    func = get_criterion(name)
    body = inspect.cleandoc(func.__doc__ or "").split("\n", 1)[1:] or [""]
    return body[0].split("\nArgs:")[0].strip()


@dataclass(frozen=True, slots=True)
class Param:
    """One keyword parameter of a criterion, for a settings form.

    ``annotation`` is the type as written (``"int | None"``), ``hint`` the resolved type,
    ``expects`` the same in words (``"a number >= 0"``), ``choices`` the allowed strings of a
    ``Literal`` (also inside lists), ``help`` the parameter's line in the ``Args:`` docstring.
    """

    name: str
    annotation: str
    default: Any
    hint: Any
    expects: str = ""
    choices: tuple[str, ...] = ()
    help: str = ""


_ARG_LINE = re.compile(r"^    (\w+)(?: \([^)]*\))?:\s*(.*)$")  # 4 spaces: a parameter; 8: its continuation


def _arg_help(doc: str) -> dict[str, str]:
    """Parameter help from a Google-style ``Args:`` section (continuation lines joined)."""
    out: dict[str, str] = {}
    in_args = False
    current = ""
    for line in inspect.cleandoc(doc).splitlines():
        if line.strip() == "Args:":
            in_args = True
        elif in_args and line and not line.startswith(" "):
            break  # the next section
        elif in_args and (match := _ARG_LINE.match(line)):
            current = match.group(1)
            out[current] = match.group(2).strip()
        elif in_args and current and line.strip():
            out[current] += " " + line.strip()
    return out


def _choices(hint: Any) -> tuple[str, ...]:
    if typing.get_origin(hint) is typing.Literal:
        return tuple(str(a) for a in typing.get_args(hint))
    for arg in typing.get_args(hint):
        found = _choices(arg)
        if found:
            return found
    return ()


def criterion_params(name: str) -> tuple[Param, ...]:
    """The keyword parameters of criterion *name*, in signature order, with types and help.

    Examples:
        >>> [p.name for p in criterion_params("column")][:2]
        ['column', 'higher_is_better']
    """
    from scoring.config_checks import describe_type

    func = get_criterion(name)
    hints = typing.get_type_hints(func)
    helps = _arg_help(func.__doc__ or "")
    out: list[Param] = []
    for p in inspect.signature(func).parameters.values():
        if p.kind is not inspect.Parameter.KEYWORD_ONLY:
            continue
        annotation = p.annotation if isinstance(p.annotation, str) else str(p.annotation)
        hint = hints.get(p.name, Any)
        out.append(
            Param(
                p.name,
                annotation,
                p.default,
                hint,
                describe_type(hint),
                _choices(hint),
                helps.get(p.name, ""),
            )
        )
    return tuple(out)
