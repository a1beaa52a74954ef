"""The word lists venue names are normalised with: stems, stop words, publishers, noise.

Edit here to teach the resolver a new abbreviation: both the venue table's names and the CV
strings pass through ``STEMS``, so adding ``"hydrol": "hydrology hydrological hydrol"`` makes
"J. Hydrol." meet "Journal of Hydrology".
"""

from __future__ import annotations

__all__ = [
    "ACRONYM_STOP",
    "LEAD_WORDS",
    "NOISE_WORDS",
    "ORG_WORDS",
    "STEMS",
    "STEM_WORDS",
    "STOP_WORDS",
    "TRACK_WORDS",
]


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Ordinal and month words: "Thirty-Sixth Conference", "July 2021".
NOISE_WORDS = _wordset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth "
    "fiftieth sixtieth seventieth twenty thirty forty fifty sixty seventy january february march "
    "april may june july august september october november december jan feb mar apr jun jul aug sep "
    "sept oct nov dec"
)

# Words a venue name can drop without becoming another venue.
STOP_WORDS = _wordset("a an and at de der des di du for from in la le of on the to und with et del della")
# Publishers and sponsors: "IEEE/CVF Conference on CVPR" and "Conference on CVPR" are one venue.
ORG_WORDS = _wordset(
    "ieee acm siam usenix cvf rsj ifip ieeecvf ieeeacm acmieee acmsiam ieeersj annual intl int "
    "international sigact sigplan sigops sigarch sigsac sigchi sigbed sigda sigsoft sigweb sigart "
    "sigai sigkdd sigmod sigir sigcomm siggraph sigmetrics sigecom sigcse sigmobile sigspatial"
)
# Words a CV puts before a venue's own name ("Proceedings of the", "Conference on").
LEAD_WORDS = frozenset({"proc", "conf", "symp"})

# ISO-4 / NLM word abbreviations (and the full words) -> one stem. Both the table's names and the
# queries pass through this map, so "Trans." and "Transactions" meet at "trans".
STEMS: dict[str, str] = {}
for _stem, _spellings in {
    "acad": "academy academic acad",
    "adv": "advances advanced adv",
    "am": "american amer am",
    "anal": "analysis analytical anal",
    "ann": "annals annales ann",
    "appl": "applied applications application appl",
    "approx": "approximation approximate approx",
    "artif": "artificial artif",
    "assoc": "association assoc",
    "autom": "automatic automation automated autom",
    "biol": "biology biological biol",
    "chem": "chemistry chemical chem",
    "commun": "communications communication commun comm",
    "comb": "combinatorics combinatorial comb",
    "comput": "computing computer computers computational computation comput comp",
    "conf": "conference conf",
    "contr": "control contr",
    "cybern": "cybernetics cybern",
    "des": "design des",
    "discret": "discrete discret",
    "distrib": "distributed distrib",
    "dyn": "dynamics dynamical dyn",
    "econ": "economics economic economy econ",
    "econom": "econometrics econom",
    "electron": "electronic electronics electron",
    "eng": "engineering eng engin",
    "environ": "environment environmental environ",
    "eur": "european europe eur",
    "evol": "evolutionary evolution evol",
    "exp": "experimental experiments exp",
    "found": "foundations found",
    "geom": "geometry geometric geom",
    "graph": "graphics graph",
    "hum": "human hum",
    "imaging": "imaging",
    "ind": "industrial ind",
    "inf": "information inf inform",
    "intell": "intelligence intelligent intell",
    "interact": "interaction interactive interact",
    "j": "journal j jour",
    "knowl": "knowledge knowl",
    "lang": "language languages lang",
    "learn": "learning learn",
    "lett": "letters lett",
    "linguist": "linguistics linguistic linguist",
    "log": "logic log",
    "mach": "machine machines mach",
    "manag": "management manag manage",
    "math": "mathematics mathematical math",
    "mech": "mechanics mechanical mech",
    "med": "medicine medical med",
    "meth": "methods methodology methodol meth",
    "multimed": "multimedia multimed",
    "natl": "national natl nat'l",
    "nat": "nature nat",
    "netw": "networks network networking netw",
    "neurosci": "neuroscience neurosci",
    "numer": "numerical numer",
    "oper": "operations operational oper",
    "optim": "optimization optimisation optim",
    "phys": "physics physical phys",
    "probab": "probability probabilistic probab",
    "proc": "proceedings proc",
    "process": "processing process",
    "program": "programming program",
    "psychol": "psychology psychol",
    "q": "quarterly q",
    "recognit": "recognition recognit",
    "relat": "related relat",
    "rep": "reports report rep",
    "res": "research res",
    "rev": "review reviews rev",
    "robot": "robotics robot robotic",
    "r": "royal r",
    "sci": "science sciences scientific sci",
    "secur": "security secur",
    "ser": "series ser",
    "soc": "society social soc",
    "softw": "software softw",
    "stat": "statistics statistical statist stat",
    "stoch": "stochastic stoch",
    "stud": "studies stud",
    "surv": "surveys survey surv",
    "symp": "symposium symp",
    "syst": "systems system syst sys",
    "technol": "technology technologies technol tech",
    "theor": "theoretical theor",
    "trans": "transactions trans",
    "univ": "university univ",
    "vis": "vision visualization visualisation vis",
    "ws": "workshop workshops ws",
}.items():
    for _word in _spellings.split():
        STEMS[_word] = _stem


STEM_WORDS: dict[str, tuple[str, ...]] = {}
for _word, _stem in STEMS.items():
    STEM_WORDS[_stem] = (*STEM_WORDS.get(_stem, ()), _word)


# Capitalised words that look like acronyms but name publishers, series or places.
ACRONYM_STOP = _wordset(
    "ieee acm siam usenix pmlr lncs lnai ccis ceur usa uk eu isbn issn doi url http https www. ca ny "
    "ma pa tx nj wa il sigplan sigact sigops sigarch sigsac sigchi sigbed sigda sigsoft sigweb sigart "
    "sigai sigbio sigecom sigmis sigapp springer elsevier press jmlr proc proceedings vol pp in "
    "ieee/cvf ieee/acm acm/ieee ieee/rsj cvf rsj ifip"
)

# Words a preprint, Findings or side-track string needs: a cheap filter before the patterns.
TRACK_WORDS = _wordset(
    "arxiv corr ssrn preprint preprints under submission preparation submitted manuscript "
    "findings workshop workshops companion adjunct abstract abstracts demo demos demonstration "
    "demonstrations doctoral breaking progress tiny student poster benchmark benchmarks blog "
    "blogpost industry"
)
