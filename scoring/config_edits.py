"""Small, pure edits of a ``SearchConfig`` made from the dashboard's settings forms."""

from __future__ import annotations

import inspect
import tomllib
import types
import typing
from dataclasses import dataclass, replace
from typing import Any

from scoring.config import CriterionSpec, SearchConfig, parse_config
from scoring.errors import ConfigError

__all__ = [
    "CriterionParam",
    "config_from_toml",
    "criterion_params",
    "format_mapping",
    "parse_mapping",
    "with_criterion",
]


def with_criterion(
    config: SearchConfig, name: str, *, weight: float | None = None, params: dict[str, Any] | None = None
) -> SearchConfig:
    """A copy of *config* with criterion *name* given a new weight and/or parameters.

    A criterion not in the config yet is added (weight 0 unless given), so every registered
    criterion can be switched on from the form.

    Examples:
        >>> cfg = with_criterion(SearchConfig(), "awards", weight=0.5)
        >>> cfg.weights()
        {'awards': 0.5}
    """
    if weight is not None and weight < 0:
        raise ConfigError(key=f"criteria.{name}.weight", reason=f"must be a number >= 0, got {weight!r}")
    specs = list(config.criteria)
    names = [c.name for c in specs]
    if name not in names:
        specs.append(CriterionSpec(name=name, weight=0.0))
        names.append(name)
    i = names.index(name)
    spec = specs[i]
    specs[i] = replace(
        spec,
        weight=spec.weight if weight is None else float(weight),
        params=spec.params if params is None else {k: v for k, v in params.items() if v is not None},
    )
    return replace(config, criteria=tuple(specs))


@dataclass(frozen=True, slots=True)
class CriterionParam:
    """One keyword parameter of a criterion, as the settings form needs it.

    ``kind`` says which input fits: ``bool``, ``int``, ``float``, ``text``, ``choice`` (one of
    ``options``), ``list`` (several, from ``options`` when the type lists them), ``mapping``
    (name -> number) or ``complex`` (anything else: edited in the TOML file).
    """

    name: str
    default: Any
    kind: str
    options: tuple[str, ...] = ()


def _literal_options(hint: Any) -> tuple[str, ...]:
    if typing.get_origin(hint) is typing.Literal:
        return tuple(str(a) for a in typing.get_args(hint))
    for arg in typing.get_args(hint):
        if found := _literal_options(arg):
            return found
    return ()


def _kind(hint: Any, default: Any) -> str:
    args = [a for a in typing.get_args(hint) if a is not type(None)] if _is_union(hint) else [hint]
    target = args[0] if len(args) == 1 else hint
    origin = typing.get_origin(target) or target
    if origin is typing.Literal:
        return "choice"
    if origin is bool or isinstance(default, bool):
        return "bool"
    if origin is dict:
        value_type = typing.get_args(target)[1] if len(typing.get_args(target)) == 2 else None
        return "mapping" if value_type in (float, int) else "complex"
    if origin in (tuple, list) or isinstance(default, list | tuple):
        return "list"
    if origin is int:
        return "int"
    if origin is float:
        return "float"
    return "text"


def _is_union(hint: Any) -> bool:
    return typing.get_origin(hint) in (typing.Union, types.UnionType)


def criterion_params(func: Any) -> list[CriterionParam]:
    """The keyword-only parameters of a criterion function: defaults, input kind, allowed values."""
    hints = typing.get_type_hints(func)
    out = []
    for p in inspect.signature(func).parameters.values():
        if p.kind is not inspect.Parameter.KEYWORD_ONLY:
            continue
        default = None if p.default is inspect.Parameter.empty else p.default
        hint = hints.get(p.name, Any)
        out.append(CriterionParam(p.name, default, _kind(hint, default), _literal_options(hint)))
    return out


def parse_mapping(text: str) -> dict[str, float]:
    """Read ``"A*=4, A=2"`` into ``{"A*": 4.0, "A": 2.0}``; an empty text is an empty mapping.

    Raises:
        ConfigError: a pair is not ``key=number``.
    """
    out: dict[str, float] = {}
    for pair in filter(None, (p.strip() for p in text.replace(";", ",").split(","))):
        key, sep, value = pair.partition("=")
        try:
            number = float(value) if sep and key.strip() else None
        except ValueError:
            number = None
        if number is None:
            raise ConfigError(key="", reason=f"{pair!r} is not key=number (e.g. A*=4, B=1)")
        out[key.strip()] = number
    return out


def format_mapping(mapping: dict[str, Any] | None) -> str:
    """The inverse of ``parse_mapping``."""
    return ", ".join(f"{k}={v:g}" if isinstance(v, int | float) else f"{k}={v}" for k, v in (mapping or {}).items())


def config_from_toml(text: str) -> SearchConfig:
    """Read a search config from TOML text (an uploaded file), validated like ``load_config``.

    Raises:
        ConfigError: the text is not TOML, or the config is invalid (the key at fault is named).
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(key="", reason=f"not valid TOML: {exc}") from exc
    return parse_config(data)
