"""Which .bib entries a biblatex CV prints, when it prints its bibliography in filtered sections.

A biblatex CV often splits its list with one ``\\printbibliography[keyword=conf]`` per section
and ``\\nocite{*}``: every entry of the .bib is cited, but only those a section's filters accept
are printed. An entry tagged for no printed section (``keywords = {related}``, say, for a paper
the candidate cites but did not write) is in the file and not in the CV. Filters read here are
``keyword``, ``notkeyword``, ``type`` and ``nottype``; a section without filters, or with one not
read here (``category``, ``filter``, ``check``), prints what cannot be ruled out, so nothing is
dropped then. A keyword a source map adds (``fieldset=keywords, fieldvalue={me}``) may be on any
entry.
"""

from __future__ import annotations

import re

import bibtexparser

__all__ = ["printed_bib_keys"]

_PRINT = re.compile(r"^[^%\n]*?\\printbibliography\b(?:\s*\[([^\]]*)\])?", re.MULTILINE)
_OPTION = re.compile(r"(\w+)\s*=\s*(\{[^{}]*\}|[^,]*)")
_READ = frozenset({"keyword", "notkeyword", "type", "nottype"})
_UNREAD = frozenset({"category", "notcategory", "filter", "check", "segment", "section"})
_MAPPED_KEYWORDS = re.compile(
    r"fieldset\s*=\s*keywords\s*,\s*fieldvalue\s*=\s*(\{[^{}]*\}|[^,\]}]*)", re.IGNORECASE
)
# BibTeX names biblatex reads as another type
_TYPE_ALIASES = {
    "conference": "inproceedings",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "techreport": "report",
    "electronic": "online",
    "www": "online",
}


def _words(value: str) -> set[str]:
    return {w.strip().lower() for w in re.split(r"[,;]", value.strip("{} ")) if w.strip()}


def _sections(text: str) -> list[dict[str, str]] | None:
    """The filters of each ``\\printbibliography``; ``None`` when one of them may print anything."""
    sections: list[dict[str, str]] = []
    for m in _PRINT.finditer(text):
        options = {k.lower(): v.strip("{} ").lower() for k, v in _OPTION.findall(m.group(1) or "")}
        filters = {k: v for k, v in options.items() if k in _READ}
        if not filters or any(k in _UNREAD for k in options):
            return None
        sections.append(filters)
    return sections or None


def _shown(entry_type: str, keywords: set[str], maybe: set[str], filters: dict[str, str]) -> bool:
    etype = _TYPE_ALIASES.get(entry_type, entry_type)
    if "keyword" in filters and filters["keyword"] not in keywords | maybe:
        return False
    if "notkeyword" in filters and filters["notkeyword"] in keywords:
        return False
    if "type" in filters and _TYPE_ALIASES.get(filters["type"], filters["type"]) != etype:
        return False
    return not ("nottype" in filters and _TYPE_ALIASES.get(filters["nottype"], filters["nottype"]) == etype)


def printed_bib_keys(text: str) -> set[str] | None:
    """Keys of the .bib entries in *text* that some filtered bibliography section prints.

    *text* holds the CV's LaTeX and its .bib. ``None`` means no filter rules anything out.

    Examples:
        >>> tex = "\\\\printbibliography[keyword=mine]\\n"
        >>> bib = "@article{a, title={A}, keywords={mine}}\\n@article{b, title={B}, keywords={cited}}"
        >>> sorted(printed_bib_keys(tex + bib))
        ['a']
    """
    sections = _sections(text)
    if sections is None:
        return None
    maybe = set().union(*(_words(v) for v in _MAPPED_KEYWORDS.findall(text)))
    keys: set[str] = set()
    for entry in bibtexparser.parse_string(text).entries:
        field = next((f for k, f in entry.fields_dict.items() if k.lower() == "keywords"), None)
        keywords = _words(str(field.value)) if field is not None else set()
        if any(_shown(entry.entry_type.lower(), keywords, maybe, s) for s in sections):
            keys.add(entry.key)
    return keys
