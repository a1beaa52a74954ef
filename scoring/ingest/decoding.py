"""Bytes -> safe text: pick the encoding, repair double encoding, strip what must not survive.

Everything here runs in linear time on any input, so a 20 MB single-line file or a stream of NUL
bytes costs a pass over the data and nothing more. The parser only ever sees text that went
through ``sanitise``: no control characters, no bidi overrides, no line longer than
``MAX_LINE_CHARS`` and no more than the character cap.
"""

from __future__ import annotations

import re

__all__ = ["MAX_LINE_CHARS", "decode_text", "repair_mojibake", "sanitise", "wrap_long_lines"]

MAX_LINE_CHARS = 5_000  # a CV line is < 300 chars; a pasted paragraph may reach a few thousand

# C0 controls except TAB/LF, DEL, C1 controls, soft hyphen, zero-width and bidi controls (they can
# reorder what a reviewer sees), byte-order marks, surrogates and non-characters. Form feed becomes
# a line break first (PDF page breaks).
_STRIP = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u00ad\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069"
    "\ud800-\udfff\ufffe\uffff]"
)
# UTF-8 read as cp1252: a lead byte (Â..ô) followed by 1-3 continuation bytes (0x80-0xBF).
_CONT = "".join(sorted(set(bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore"))))
_LEAD = bytes(range(0xC2, 0xF5)).decode("cp1252")
_MOJIBAKE = re.compile(f"(?:[{re.escape(_LEAD)}][{re.escape(_CONT)}]{{1,3}})+")
# What a repaired run may decode to: Latin, Greek, Cyrillic, punctuation and currency, CJK. Anything
# else (Hebrew, Syriac ...) is far likelier to be genuine text such as "Ü“" than a double encoding.
_PLAUSIBLE = re.compile("[\u00a0-\u04ff\u2000-\u20cf\u3000-\u9fff]+")


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte is NUL, as in Windows "Unicode" text files."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.6 * half and even < 0.1 * half:
        return "utf-16-le"
    if even > 0.6 * half and odd < 0.1 * half:
        return "utf-16-be"
    return None


def decode_text(data: bytes, *, max_chars: int | None = None) -> tuple[str, list[str]]:
    """Decode bytes and sanitise the text, saying in the warnings when the encoding was a guess.

    A byte-order mark wins (UTF-8, UTF-16), then strict UTF-8, then UTF-16 without a BOM when the
    NUL pattern shows it, then cp1252 (Windows Western European; every byte decodes), reported as
    a guess so the committee can check names with accents. Text past *max_chars* is dropped.

    Examples:
        >>> decode_text("Zoë Ñúñez".encode("cp1252"))
        ('Zoë Ñúñez', ['encoding guessed as cp1252 (not valid UTF-8); check accented names'])
        >>> decode_text(b"\\xef\\xbb\\xbfAda\\x00 Byron\\r\\n")
        ('Ada Byron\\n', [])
    """
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            guess = _utf16_without_bom(data) or "cp1252"
            text = data.decode(guess, errors="replace")
            warnings.append(f"encoding guessed as {guess} (not valid UTF-8); check accented names")
    text, repaired = repair_mojibake(text)
    if repaired:
        warnings.append(f"repaired {repaired} double-encoded characters (e.g. 'Ã«' -> 'ë')")
    clean, more = sanitise(text, max_chars=max_chars)
    return clean, warnings + more


def repair_mojibake(text: str) -> tuple[str, int]:
    """Undo UTF-8 that was decoded as cp1252 somewhere upstream (``ZoÃ«`` -> ``Zoë``).

    Only runs of characters that re-encode to valid UTF-8 are changed, so genuine cp1252 text is
    left alone. Returns the text and how many runs were repaired.

    Examples:
        >>> repair_mojibake("ZoÃ« Ã‘ÃºÃ±ez")
        ('Zoë Ñúñez', 2)
    """
    count = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal count
        try:
            fixed = match.group().encode("cp1252").decode("utf-8")
        except UnicodeError:
            return match.group()
        if not _PLAUSIBLE.fullmatch(fixed):
            return match.group()
        count += 1
        return fixed

    return _MOJIBAKE.sub(fix, text), count


def wrap_long_lines(text: str, limit: int = MAX_LINE_CHARS) -> tuple[str, int]:
    """Break every line longer than *limit* at its last space before the limit (or hard).

    Returns the text and how many lines were wrapped. Linear in the text length.
    """
    if len(text) <= limit or all(len(line) <= limit for line in text.split("\n")):
        return text, 0
    out: list[str] = []
    wrapped = 0
    for line in text.split("\n"):
        if len(line) <= limit:
            out.append(line)
            continue
        wrapped += 1
        start = 0
        while len(line) - start > limit:
            cut = line.rfind(" ", start + limit // 2, start + limit)
            end = cut if cut > start else start + limit
            out.append(line[start:end])
            start = end + 1 if cut > start else end
        out.append(line[start:])
    return "\n".join(out), wrapped


def sanitise(text: str, *, max_chars: int | None = None) -> tuple[str, list[str]]:
    """Normalise line ends, strip control/invisible characters, wrap long lines, cap the length.

    Returns the text and warnings for anything the committee should know (wrapping, truncation).
    """
    warnings: list[str] = []
    # form feeds stay: they mark the page breaks that running headers and footers sit beside
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _STRIP.sub("", text)
    if max_chars is not None and len(text) > max_chars:
        text = text[:max_chars]
        warnings.append(f"text cut at {max_chars:,} characters; the rest of the file was not read")
    text, wrapped = wrap_long_lines(text)
    if wrapped:
        warnings.append(f"{wrapped} very long line(s) wrapped at {MAX_LINE_CHARS:,} characters")
    return text, warnings
