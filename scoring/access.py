"""Who may see the candidate pool: an allow-list of committee e-mail addresses.

Signing in (OpenID Connect via ``st.login``) proves who someone is; this module decides whether
that person is on the committee. It fails closed: no list, an empty list or no e-mail means no
access. Entries are whole addresses (``chair@uni.example``) or, to admit a whole domain on
purpose, ``@uni.example``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

__all__ = ["is_allowed", "parse_allow_list"]


def _canonical(address: str) -> str:
    # NFKC folds look-alike forms (full-width letters); casefold makes the match case-insensitive.
    return unicodedata.normalize("NFKC", address).strip().casefold()


def parse_allow_list(value: str | Iterable[str] | None) -> frozenset[str]:
    """Normalise an allow-list from secrets: a list of addresses or one comma/newline-separated string.

    Examples:
        >>> sorted(parse_allow_list("Chair@Uni.example, @dept.uni.example\\n"))
        ['@dept.uni.example', 'chair@uni.example']
    """
    if value is None:
        return frozenset()
    items = value.replace("\n", ",").split(",") if isinstance(value, str) else value
    return frozenset(_canonical(str(item)) for item in items if str(item).strip())


def is_allowed(email: str | None, allow_list: str | Iterable[str] | None) -> bool:
    """Whether the signed-in *email* is on the committee allow-list.

    Examples:
        >>> is_allowed("CHAIR@uni.example", ["chair@uni.example"])
        True
        >>> is_allowed("eve@uni.example.evil.test", ["@uni.example"])
        False
        >>> is_allowed("chair@uni.example", [])
        False
    """
    allowed = parse_allow_list(allow_list)
    if not email or not allowed:
        return False
    address = _canonical(email)
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain or "@" in local or any(c.isspace() for c in address):
        return False
    return address in allowed or f"@{domain}" in allowed
