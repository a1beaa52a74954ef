"""The committee allow-list: exact addresses or whole domains, case-insensitive, failing closed."""

from __future__ import annotations

import pytest

from scoring.access import is_allowed, parse_allow_list

LIST = ["chair@uni.example", "@dept.uni.example"]


@pytest.mark.parametrize(
    ("email", "allowed"),
    [
        ("chair@uni.example", True),
        ("  CHAIR@UNI.EXAMPLE ", True),
        ("ｃｈａｉｒ@uni.example", True),  # full-width letters fold to the same address
        ("member@dept.uni.example", True),
        ("member@uni.example", False),
        ("chair@uni.example.evil.test", False),
        ("member@evil-dept.uni.example", False),
        ("evil@dept.uni.example@attacker.test", False),
        ("chair@uni.example@dept.uni.example", False),
        ("@dept.uni.example", False),
        ("chair", False),
        ("", False),
        (None, False),
    ],
)
def test_is_allowed(email: str | None, allowed: bool) -> None:
    """Only listed addresses and members of listed domains are allowed; malformed addresses never are."""
    assert is_allowed(email, LIST) is allowed


@pytest.mark.parametrize("allow_list", [None, [], "", " , "])
def test_empty_allow_list_denies_everyone(allow_list: object) -> None:
    """No list, or an empty one, lets nobody in."""
    assert not is_allowed("chair@uni.example", allow_list)  # type: ignore[arg-type]


def test_allow_list_from_a_string() -> None:
    """A comma- or newline-separated string from secrets works like a list."""
    assert parse_allow_list("a@x.example,\nB@Y.example") == {"a@x.example", "b@y.example"}
