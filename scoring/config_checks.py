"""Checks a TOML value against a type hint, so config errors name the key and what is allowed.

Numbers in the search config are never negative (weights, years, counts), so ``int`` and
``float`` here mean ``>= 0``.
"""

from __future__ import annotations

import inspect
import types
import typing
from typing import Any, Literal, Union

from scoring.errors import ConfigError, UnknownCriterion

__all__ = ["check_params", "check_table", "check_value", "describe_type"]


def describe_type(hint: Any) -> str:
    """A phrase a committee member can act on, e.g. ``"a number >= 0"``.

    Examples:
        >>> describe_type(dict[str, float])
        'a table of name = a number >= 0'
    """
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (Union, types.UnionType):
        parts = [describe_type(a) for a in args if a is not type(None)]
        return " or ".join(parts) + (" (or leave it out)" if type(None) in args else "")
    if origin is Literal:
        return "one of " + ", ".join(repr(a) for a in args)
    if origin in (list, tuple):
        return f"a list of {describe_type(args[0])}" if args else "a list"
    if origin is dict:
        return f"a table of name = {describe_type(args[1])}" if args else "a table"
    return {bool: "true or false", int: "a whole number >= 0", float: "a number >= 0", str: "text"}.get(
        hint, getattr(hint, "__name__", str(hint))
    )


def _fits(value: Any, hint: Any) -> bool:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Any:
        return True
    if origin in (Union, types.UnionType):
        return any(_fits(value, a) for a in args)
    if origin is Literal:
        return value in args
    if origin in (list, tuple):
        return isinstance(value, list | tuple) and all(_fits(v, args[0]) for v in value) if args else True
    if origin is dict:
        return isinstance(value, dict) and all(
            isinstance(k, str) and _fits(v, args[1]) for k, v in value.items()
        )
    if hint is type(None):
        return value is None
    if hint is bool:
        return isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool) and value >= 0
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool) and value >= 0
    return isinstance(value, hint) if isinstance(hint, type) else True


def check_value(key: str, value: Any, hint: Any) -> None:
    """Raise ``ConfigError(key, ...)`` unless *value* fits *hint*."""
    if not _fits(value, hint):
        raise ConfigError(key, f"must be {describe_type(hint)}, got {value!r}")


def check_table(key: str, table: Any, hints: dict[str, Any]) -> None:
    """Check a TOML table: a table, only known keys, each value of its declared type."""
    if not isinstance(table, dict):
        raise ConfigError(key, "must be a table")
    for name, value in table.items():
        if name not in hints:
            raise ConfigError(
                key=f"{key}.{name}", reason=f"unknown key; {key} takes {', '.join(sorted(hints))}"
            )
        check_value(f"{key}.{name}", value, hints[name])


def check_params(name: str, kind: str, params: dict[str, Any]) -> None:
    """Check the parameters of ``[criteria.<name>]``, which runs the registered criterion *kind*."""
    from scoring.criteria import get_criterion, get_validator

    try:
        func = get_criterion(kind)
    except UnknownCriterion as exc:
        key = f"criteria.{name}.use" if kind != name else f"criteria.{name}"
        raise UnknownCriterion(key, exc.reason) from None
    hints = typing.get_type_hints(func)
    allowed = [p.name for p in inspect.signature(func).parameters.values() if p.kind is p.KEYWORD_ONLY]
    for param, value in params.items():
        if param not in allowed:
            raise ConfigError(
                key=f"criteria.{name}.{param}",
                reason=f"unknown parameter; {kind} takes weight, label, {', '.join(allowed) or 'nothing else'}",
            )
        check_value(f"criteria.{name}.{param}", value, hints.get(param, Any))
    validate = get_validator(kind)
    if validate is not None:
        try:
            validate(params)
        except ConfigError as exc:
            raise ConfigError(
                f"criteria.{name}.{exc.key}" if exc.key else f"criteria.{name}", exc.reason
            ) from None
