"""A LaTeX CV's own shorthand macros, expanded before the CV is read.

Authors often define a macro for their own name (``\\newcommand{\\me}{\\textbf{J.~Roe}}``) or
another phrase they repeat, and use it in every entry. The parser cannot see a name behind
``\\me``, so simple macros the document itself defines without arguments (``\\newcommand``,
``\\renewcommand``, ``\\providecommand``, ``\\def``) are replaced by their bodies. Macros that
take arguments, span several lines or redefine themselves are left alone: expanding them needs
TeX, and getting them wrong would damage text that reads fine as it is.
"""

from __future__ import annotations

import re

__all__ = ["expand_user_macros"]

_NEWCOMMAND = re.compile(
    r"\\(?:re)?newcommand\*?\s*\{?\s*\\(?P<name>[A-Za-z@]+)\s*\}?\s*(?P<args>\[\s*\d\s*\])?\s*\{"
    r"|\\providecommand\*?\s*\{?\s*\\(?P<pname>[A-Za-z@]+)\s*\}?\s*(?P<pargs>\[\s*\d\s*\])?\s*\{"
    r"|\\(?:g|e|x)?def\s*\\(?P<dname>[A-Za-z@]+)\s*(?P<dargs>#[^{]*)?\{"
)
_MAX_BODY = 200  # a longer body is a layout macro, not a phrase
_ROUNDS = 3  # a macro may use another one: "\me" -> "\textbf{\myname}" -> ...


def _closing_brace(text: str, start: int) -> int | None:
    """Index of the brace that closes the one opened just before *start*, on the same line."""
    depth = 1
    for j in range(start, len(text)):
        ch = text[j]
        if ch == "\\":
            continue
        if ch == "\n":
            return None
        if ch == "{" and text[j - 1] != "\\":
            depth += 1
        elif ch == "}" and text[j - 1] != "\\":
            depth -= 1
            if depth == 0:
                return j
    return None


def _definitions(text: str) -> tuple[dict[str, str], list[tuple[int, int]]]:
    """Argument-less one-line macros the document defines, and the spans of their definitions."""
    found: dict[str, str] = {}
    spans: list[tuple[int, int]] = []
    for m in _NEWCOMMAND.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if re.search(r"(?<!\\)%", text[line_start : m.start()]):
            continue  # commented out
        name = m.group("name") or m.group("pname") or m.group("dname")
        end = _closing_brace(text, m.end())
        if end is None:
            continue
        spans.append((m.start(), end + 1))
        body = text[m.end() : end]
        takes_args = m.group("args") or m.group("pargs") or m.group("dargs")
        if takes_args or "#" in body or len(body) > _MAX_BODY or re.search(rf"\\{name}(?![A-Za-z@])", body):
            found.pop(name, None)  # redefined with arguments: no longer a simple phrase
            continue
        if m.group("pname") and name in found:
            continue  # \providecommand does not replace an existing definition
        found[name] = body
    return found, spans


def expand_user_macros(text: str) -> str:
    """*text* with the document's own argument-less macros replaced by their bodies.

    The definitions themselves stay as written, and the line count never changes, so line
    numbers still point into the original text: ``\\item A.~Poe and \\me.`` becomes
    ``\\item A.~Poe and J.~Roe.`` when the preamble says ``\\newcommand{\\me}{J.~Roe}``.
    """
    if "command" not in text and "\\def" not in text and "def\\" not in text:
        return text
    macros, spans = _definitions(text)
    if not macros:
        return text
    names = "|".join(sorted(map(re.escape, macros), key=len, reverse=True))
    use = re.compile(rf"\\({names})(?![A-Za-z@])(?:\{{\}})?")
    pieces: list[str] = []
    pos = 0
    for start, end in [*sorted(spans), (len(text), len(text))]:
        pieces.append(_expand(text[pos:start], use, macros))
        pieces.append(text[start:end])
        pos = end
    return "".join(pieces)


def _expand(chunk: str, use: re.Pattern[str], macros: dict[str, str]) -> str:
    for _ in range(_ROUNDS):
        new = use.sub(lambda m: macros[m.group(1)], chunk)
        if new == chunk:
            break
        chunk = new
    return chunk
