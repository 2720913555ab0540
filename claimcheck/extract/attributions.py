"""Who a figure or statement is credited to.

"These figures were released by the Pakistan Institute for Conflict and
Security Studies (PICSS)" credits PICSS; "A 2022 US Defence Department report
revealed ..." credits the Defence Department; "police said" credits the
police; "Grassley said", a person by surname as outlets write a second
mention, credits Grassley (the blind gold of real article pairs asks for the
people a claim is credited to, not only the bodies).
"""

from __future__ import annotations

from functools import lru_cache
import re

from ..types import Attribution

_WORD = r"(?:[A-Z][\w'’&.\-]*[\w.]|[A-Z])"
_JOIN = r"(?:of|for|and|on|the|&|de|du|al|el|in)"


def _name(join: str, more_words: int) -> str:
    """A capitalised name: a word, then up to ``more_words`` more, each after up to two joining words."""
    return rf"(?:{_WORD}(?:\s+(?:{join}\s+){{0,2}}{_WORD}){{0,{more_words}}})"


# A capitalised name of up to eight words, joined by "of", "for", "and" ...,
# optionally followed by its acronym in brackets.
_NAME = _name(_JOIN, 7)
_ACRO = r"(?:\s*\((?P<acro>[A-Z][A-Za-z&]{1,9})\))?"
_DET = r"(?:(?:the|a|an|its|their)\s+)?"
_YEAR = r"(?:(?:\d{4}|latest|new|annual|recent|joint|official|preliminary|provisional)\s+)?"

_DOC = (
    r"(?:statement|statements|report|reports|study|studies|survey|surveys|data|"
    r"figures|figure|estimates|estimate|analysis|assessment|review|audit|poll|"
    r"census|tally|count|investigation|findings|projections|forecast|statistics|"
    r"records|documents|filing|release|press release|notice|bulletin|update)"
)
_BY_VERBS = (
    r"(?:released|published|compiled|issued|reported|provided|conducted|announced|"
    r"confirmed|collected|gathered|prepared|commissioned|carried out|made public|"
    r"shared|cited|quoted|verified|obtained|seen)"
)
_SAY_VERBS = (
    r"(?:said|says|say|stated|states|confirmed|confirms|announced|announces|reported|"
    r"reports|estimated|estimates|told|added|noted|warned|claimed|claims|revealed|"
    r"reveals|disclosed|discloses|tweeted|posted|wrote|insisted|acknowledged|"
    r"denied|denies|alleged|alleges|admitted|explained|declared|recorded|counted|"
    r"put|puts|calculated|found|finds|showed|shows|expects|expected|forecast|predicted|estimate|"
    r"described|describes|announced|argued|argues|urged|urges)"
)
# Sources an editor reads as attributions though they are not names.
_GENERIC = (
    r"(?:police|officials|authorities|witnesses|residents|doctors|medics|rescuers|"
    r"paramedics|prosecutors|investigators|sources|analysts|economists|experts|"
    r"organisers|organizers|regulators|lawmakers|diplomats|(?:hospital|police|"
    r"government|health|local|security|military|rescue|senior|us|u\.s\.|western|"
    r"state|city|election|court|hospital|fire|company|party|army) officials|"
    r"(?:a|the) spokesperson|(?:a|the) spokesman|(?:a|the) spokeswoman|"
    r"(?:the|local|state|state-run|state-owned) media|the military|the army|"
    r"the ministry|the government|the company|the court|the police|"
    r"(?:budget|court|official|government|company|internal|police|hospital|shipping|flight|customs|trade) "
    r"(?:documents|records|data|figures|filings)|"
    # unnamed sources: "people familiar with the matter", "a person with knowledge of the talks"
    r"(?:(?:two|three|several|many)\s+)?(?:people|persons?|sources?|officials?|executives?|insiders?) "
    r"(?:familiar with|close to|with (?:direct\s+)?knowledge of|briefed on|involved in|aware of) "
    r"(?:the|this|his|her|its|their)\s+(?:[a-z\-]+\s+){0,2}?(?:matter|matters|plans?|talks|deal|negotiations|discussions|situation|case|investigation|process|decision|thinking|company)|"
    r"(?:industry|trade|business|farm|farming|rights|human rights|environmental|advocacy|opposition|aid|relief) groups|"
    r"(?:the|its|a|an)\s+(?:[a-z]+['’]s\s+)?(?:chief executive|chief financial officer|chief economist|chief operating officer|"
    r"spokesman|spokeswoman|spokesperson|chairman|chairwoman|chair|president|managing director|director|head|founder|coach|manager|captain)|"
    r"(?:the|a)\s+(?:finance|foreign|health|interior|home|defence|defense|education|energy|trade|commerce|justice|agriculture|environment|transport|labour|labor|information)\s+(?:ministry|department|minister|secretary)|"
    r"unions|trade unions|campaigners|activists|(?:a|the) (?:hospital|police|government|company|city|state|local|health|senior|military|court|fire|election|school|airport|airline|railway|rail) official)"
)

_TITLES = (
    r"(?:General|Gen\.|Colonel|Col\.|Major|Captain|Capt\.|Commander|Inspector|Sergeant|"
    r"Superintendent|Chief|Minister|President|Prime Minister|Governor|Mayor|Senator|Sen\.|"
    r"Judge|Justice|Dr\.?|Professor|Prof\.|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame|Lord|Lady|"
    r"Spokesman|Spokeswoman|Spokesperson|Ambassador|Secretary|Director|Chairman|Chairwoman)"
)

# Officeholders named by their office: "the state's Emergency Services Minister".
_OFFICE = r"(?:Minister|Secretary|Commissioner|Governor|Mayor|Premier|Chancellor|Attorney General|Ombudsman|Spokesman|Spokeswoman|Spokesperson|Coroner|Registrar)"

_INSTITUTION = (
    r"(?:Authority|Commission|Ministry|Department|Agency|Council|Court|Police|Service|Bureau|Board|"
    r"Tribunal|Institute|Regulator|Directorate|Inspectorate|Ombudsman|Secretariat|Constabulary)"
)

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "according to",
        re.compile(
            rf"\b[Aa]ccording to\s+{_DET}(?:{_YEAR}{_DOC}\s+(?:from|by|of|released by|issued by)\s+{_DET})?(?P<name>{_NAME}){_ACRO}"
        ),
    ),
    ("according to", re.compile(rf"\b[Aa]ccording to\s+(?P<name>{_GENERIC})\b")),
    # "according to a survey of analysts by FactSet"
    ("according to", re.compile(rf"\b[Aa]ccording to\s+{_DET}{_YEAR}{_DOC}\s+of\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:by|from)\s+{_DET}(?P<name>{_NAME}){_ACRO}")),
    # "according to energy analyst Lerato Mokoena"
    ("person", re.compile(r"\b(?P<cue>[Aa]ccording to)\s+(?:[a-z][\w\-]*\s+){1,3}(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,3})(?=[\s,.;]|$)")),
    # "according to shipping records", "according to the district administration"
    ("according to records", re.compile(r"\b[Aa]ccording to\s+(?P<name>(?:(?:the|a|an|its|their|local|official|preliminary|provisional|new|latest)\s+)*[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+){0,3}?)(?=\s*(?:[,.;:)]|$|\s(?:on|in|at|which|who|that|as|and|but|for|from|released|published|issued)\b))")),
    # People credited by name and title: "police commander General Rafael Cordero told reporters"
    ("person", re.compile(rf"(?:^|(?<=[\s,;(\"'“‘]))(?P<name>(?:{_TITLES}\s+)?[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){{1,3}})\s+(?:has\s+|had\s+|also\s+)?(?P<cue>said|says|told|stated|added|confirmed|announced|explained|insisted|warned)\b")),
    # A person by surname, as a second mention: "Grassley said", "said Al-Malki".
    ("surname", re.compile(r"(?:^|(?<=[\s,;(\"'“‘”’]))(?P<name>[A-Z][a-z][\w’'\-]*(?:-[A-Z][\w’'\-]*)?)\s+(?:also\s+)?(?P<cue>said|says|told|added|wrote|tweeted)\b")),
    ("surname", re.compile(r"\b(?P<cue>said|says|added)\s+(?P<name>[A-Z][a-z][\w\-]*(?:-[A-Z][\w\-]*)?)(?=\s*(?:[,.;]|$))")),
    # "Dana Whitfield, Corvane's chief executive, said ..."
    ("person", re.compile(r"(?:^|(?<=[\s,;(\"'“‘]))(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,2}),\s+[^,.;:]{3,60},\s+(?P<cue>said|says|told|added|confirmed)\b")),
    ("person", re.compile(rf"\b(?P<cue>said|says|told)\s+(?P<name>(?:{_TITLES}\s+)?[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){{1,3}})(?=[\s,.;]|$)")),
    # "the returning officer, Helen Marsh, announced"; "The chairman of the Katari
    # vigilante group, Alhaji Sani Bawa, said"; "police spokesman, ASP Musa Adamu, said"
    ("person", re.compile(rf"(?P<role>\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+[^,.;:]{{3,70}}?),\s+(?:{_TITLES}\s+|[A-Z]{{2,4}}\s+)?(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){{1,3}}),\s+(?:has\s+|had\s+|also\s+)?(?P<cue>said|says|told|stated|added|confirmed|announced|explained|insisted|warned)\b")),
    # A name cut off from its sentence by a stray break: "Kemi Adeyemi, told journalists."
    ("person", re.compile(r"^(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,2}),\s+(?P<cue>said|told)\b")),
    ("by", re.compile(rf"\b(?P<cue>{_BY_VERBS})\s+by\s+{_DET}(?P<name>{_NAME}){_ACRO}")),
    # A body in lower case: "issued by the returning officer", "released by the organisers"
    ("by lower case", re.compile(rf"\b(?P<cue>{_BY_VERBS})\s+by\s+(?P<name>(?:the|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){{0,3}}?)(?=\s*(?:[,.;:)]|$|\s(?:on|in|at|which|who|that|as|and|but|for|from|after|before)\b))")),
    ("from", re.compile(rf"\b(?P<cue>{_DOC})\s+(?:from|by|of|released by|issued by)\s+{_DET}(?P<name>{_NAME}){_ACRO}")),
    (
        "report",
        re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+{_YEAR}(?P<name>{_NAME}){_ACRO}\s+(?P<cue>{_DOC})\b"),
    ),
    ("said", re.compile(rf"(?:^|(?<=[\s,;(\"'“‘]))(?:[Tt]he\s+)?(?P<name>{_NAME}){_ACRO},?\s+(?:has\s+|have\s+|had\s+|also\s+)?(?P<cue>{_SAY_VERBS})\b")),
    ("said", re.compile(rf"\b(?P<cue>said|says|told|reported|confirmed|announced)\s+(?:the\s+)?(?P<name>{_NAME}){_ACRO}")),
    ("said", re.compile(rf"\b(?P<name>{_GENERIC})\s+(?:have\s+|had\s+|also\s+)?(?P<cue>{_SAY_VERBS})\b", re.IGNORECASE)),
    ("said", re.compile(rf"\b(?P<cue>said|says|told|reported)\s+(?P<name>{_GENERIC})\b")),
    # A body named anywhere: "raised concerns with the Financial Conduct Authority",
    # "the Crown Prosecution Service".  The last word must be an institution's.
    # No "and" inside: "the Supreme Court and Lancashire Police" are two bodies.
    ("named", re.compile(rf"(?P<name>{_name('(?:of|for|the)', 5)}\s+(?:{_INSTITUTION})){_ACRO}(?=['’]s\b|(?![\w'’]))")),
    # An institution named first: "the Ministry of Electronics and Information Technology (MeitY)".
    ("named", re.compile(rf"\b(?P<name>(?:Ministry|Department|Office|Bureau|Commission|Institute|Council|Agency|Authority|Directorate|Board) (?:of|for) {_name('(?:of|for|and|the|&)', 6)}){_ACRO}(?=['’]s\b|(?![\w'’]))")),
    # An office as a source: "the state's Emergency Services Minister described it as".
    ("named", re.compile(rf"(?P<name>(?:[A-Z][a-z]+\s+){{1,4}}{_OFFICE})(?=\s+(?:{_SAY_VERBS}|has|had|also)\b)")),
)

# Words that make a capitalised name a body (not a person or a place).
_ORG_WORDS = frozenset(
    """department ministry office institute institution agency bank fund organisation
    organization commission council committee board authority authorities service
    services court government police army navy force forces bureau center centre
    university college hospital association union federation league party group
    corporation corp inc ltd llc plc company co foundation trust society network
    observatory monitor watch forum secretariat parliament assembly senate congress
    cabinet embassy consulate mission directorate division command administration
    unit team club tribunal regulator exchange agency programme program project
    survey census coalition alliance front movement brigade corps ministry's
    newspaper times post journal news tv television radio channel media press
    statistics institute's department's office's""".split()
)
_AGENCIES = frozenset(
    """reuters afp ap bloomberg xinhua pti ani app ians bbc cnn dpa efe kyodo tass
    ria yonhap anadolu bernama antara wafa irna isna fars mehr sputnik aljazeera
    nhk cbs abc nbc fox dawn geo""".split()
)
_NOT_SOURCES = frozenset(
    """i we he she they it this that these those there here it's but and or so
    in on at by for with from as if when while after before during since
    however meanwhile also then both all some many most few one two three
    monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december""".split()
)
_COUNTRYISH = frozenset({"us", "u.s.", "uk", "u.k.", "eu", "american", "british", "pakistani", "indian", "chinese"})


def _is_body(name: str, acronym: str | None, cue_kind: str) -> bool:
    words = [w.strip(".,'’").lower() for w in name.split()]
    if not words or words[0] in _NOT_SOURCES:
        return False
    if cue_kind in ("according to", "by", "from", "report"):
        return True  # the cue itself says it is a source
    if acronym:
        return True
    if any(w in _ORG_WORDS for w in words) or any(w in _AGENCIES for w in words):
        return True
    # An all-capitals acronym of three or more letters ("PICSS", "IMF", "ISPR").
    if len(words) == 1 and name.isupper() and len(name) >= 3 and words[0] not in _COUNTRYISH:
        return True
    return False


def _clean_name(raw: str) -> str:
    name = raw.strip().rstrip(".,;:")
    name = re.sub(r"^(?:the|a|an|its|their)\s+", "", name, flags=re.IGNORECASE)
    # A name never ends in a joining word ("the Ministry of").
    name = re.sub(rf"(?:\s+{_JOIN})+$", "", name)
    return name.strip()


# Capitalised words before "said" that are no one's name.
_SURNAME_STOP = frozenset(
    """the a an police officials authorities sources analysts experts witnesses residents
    reports report statement statements spokesman spokeswoman spokesperson minister president
    government ministry company court prosecutors lawyers doctors critics observers others
    many some most several both each another everyone nobody somebody someone who which what
    where when why how however meanwhile later earlier today yesterday tonight also officials""".split()
)

_CUE_NAMES = {"according to records": "according to", "person": "said", "surname": "said", "named": "named", "by lower case": "by"}

# What may follow a credit and belongs to it: the channel ("said in a statement",
# "in a regulatory filing") and an affiliation ("Helen Carver, an analyst at
# Tavistock Partners").
_CHANNEL = re.compile(
    r"\s+(?:in|on|via|through)\s+(?:a|an|its|the|their|his|her)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:statement|statements|filing|filings|note|report|interview|tweet|post|press release|release|briefing|"
    r"letter|email|e-mail|video|message|notice|bulletin|update|conference call|call|news conference|press conference|blog post)\b"
    # "... in a statement to the stock market regulator"
    r"(?:\s+to\s+(?:(?:the|its|a|their)\s+)?(?:[a-z][\w’'\-]*\s+){0,3}?(?:regulator|exchange|commission|authority|board|regulators|exchanges|investors|shareholders|staff|employees|members|clients|customers|readers|parliament|lawmakers|reporters|journalists))?"
)
# Credits with a document before them: "according to match statistics released by
# the organisers", "according to the unofficial results issued by ...".
_DOC_BEFORE = re.compile(r"\b[Aa]ccording to\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z][\w\-]*\s+){1,3}$")
# A body's other name: "Peru's National Civil Defense Institute, known as Indeci";
# "... risen to 52, Indeci, Peru's National Civil Defence Institute, said".
_ALIAS_AFTER = re.compile(r",?\s+(?:also\s+|better\s+)?known as\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}")
_ALIAS_BEFORE = re.compile(r"(?:^|[,;:]\s+)(?P<alias>[A-Z][\w\-]*),\s+$")
_AFFILIATION = re.compile(rf",\s+(?:an?|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){{0,3}}\s+(?:at|of|with|for|from)\s+{_DET}{_NAME}")


def _credit_span(text: str, m: re.Match[str], start: int, end: int) -> tuple[int, int]:
    """The whole credit around a name: the match, then its channel or affiliation."""
    lo, hi = min(m.start(), start), max(m.end(), end)
    alias = _ALIAS_AFTER.match(text, end)
    if alias and alias.end() > hi:
        hi = alias.end()
    for follow in (_AFFILIATION, _CHANNEL):
        more = follow.match(text, hi)
        if more:
            hi = more.end()
    before = _DOC_BEFORE.search(text, 0, lo)
    if before:
        lo = before.start()
    else:
        alias_before = _ALIAS_BEFORE.search(text, 0, lo)
        if alias_before:
            lo = alias_before.start("alias")
    return lo, hi


# "it said in a statement", "United said in a regulatory filing": a subject that
# is no name of a body still credits the statement it issued.
_ISSUED = re.compile(
    r"(?:^|(?<=[\s,;(\"'“‘]))(?P<name>[Ii]t|[Tt]he (?:[A-Z][\w\-]+\s+)?[a-z][a-z\-]{2,}|[A-Z][\w'’&.\-]*(?:\s+[A-Z][\w'’&.\-]*){0,3})"
    r",?\s+(?:also\s+)?(?P<cue>said|says|announced|confirmed|added|stated|disclosed|reported)(?=\s+(?:in|on|via|through)\s)"
)


def extract_attributions(text: str) -> tuple[Attribution, ...]:
    """Every body the sentence credits, in order of appearance, without repeats."""
    found: dict[tuple[int, int], Attribution] = {}
    for cue_kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            raw = m.group("name")
            name = _clean_name(raw)
            if not name or len(name) < 2:
                continue
            acronym = m.groupdict().get("acro")
            if cue_kind == "surname":
                # One capitalised word that is no pronoun, month, weekday or body word.
                if name.lower() in _NOT_SOURCES or name.lower() in _SURNAME_STOP or _is_body(name, None, "said"):
                    continue
            elif cue_kind == "person":
                # A full name (two words or more) or a title and a name, not "The Taliban said".
                if name.split()[0].lower() in _NOT_SOURCES or _is_body(name, None, "said"):
                    continue
            elif cue_kind == "named":
                if len(name.split()) < 2 or name.split()[0].lower() in _NOT_SOURCES:
                    continue
            elif cue_kind == "according to records":
                last = name.split()[-1].lower()
                if name.split()[0].lower() in _NOT_SOURCES or len(name) < 4:
                    continue
                if re.fullmatch(_DOC, last) and text[m.end("name") :].lstrip().startswith(("from", "by", "of", "released", "issued")):
                    continue  # "according to a statement from the Foreign Office": the body follows
            else:
                generic = cue_kind == "by lower case" or (
                    cue_kind in ("according to", "said") and re.fullmatch(_GENERIC, raw, re.IGNORECASE) is not None
                )
                if not generic and not _is_body(name, acronym, cue_kind):
                    continue
                if not generic and not name[0].isupper():
                    continue
            start = m.start("name") + raw.find(name) if name in raw else m.start("name")
            end = text.index(")", m.end("acro")) + 1 if acronym else start + len(name)
            surface = text[start:end]
            cue = (m.groupdict().get("cue") or _CUE_NAMES.get(cue_kind, cue_kind)).lower()
            span = (start, end)
            # Overlapping matches: keep the longest.
            clash = [k for k in found if k[0] < end and start < k[1]]
            if any((k[1] - k[0]) >= (end - start) for k in clash):
                continue
            for k in clash:
                del found[k]
            lo, hi = _credit_span(text, m, start, end)
            credit = re.sub(r"(?<=[a-z]{2})\.$", "", text[lo:hi].strip(" ,"))
            found[span] = Attribution(
                text=surface, name=name, acronym=acronym, cue=cue, start=start, end=end,
                credit="" if credit == surface else credit,
            )
    for m in _ISSUED.finditer(text):
        channel = _CHANNEL.match(text, m.end("cue"))
        if channel is None:
            continue
        start, end = m.start("name"), m.end("name")
        if any(k[0] < channel.end() and start < k[1] for k in found):
            continue  # the subject is already credited; its channel joined it above
        raw = m.group("name")
        if raw.split()[0].lower() in _NOT_SOURCES - {"it"}:
            continue
        credit = text[start : channel.end()]
        found[(start, end)] = Attribution(text=raw, name=_clean_name(raw) or raw, acronym=None, cue=m.group("cue").lower(), start=start, end=end, credit=credit)
    return tuple(found[k] for k in sorted(found))


_SPELLING = {
    "defence": "defense", "organisation": "organization", "centre": "center",
    "programme": "program", "labour": "labor", "ministry": "ministry",
}
_KEY_DROP = frozenset({"the", "of", "for", "and", "on", "in", "&", "us", "u.s.", "u.s", "united", "states", "american"})


@lru_cache(maxsize=8192)
def name_key(name: str) -> frozenset[str]:
    """Words that identify a body, spelling-normalised: "US Defence Department" ~ "Defense Department"."""
    words = re.findall(r"[\w.'’]+", name.lower())
    out = []
    for w in words:
        w = w.strip(".'’")
        if w.endswith("'s") or w.endswith("’s"):
            w = w[:-2]
        w = _SPELLING.get(w, w)
        if w and w not in _KEY_DROP:
            out.append(w)
    return frozenset(out)


@lru_cache(maxsize=8192)
def initials(name: str) -> str:
    """ "Pakistan Institute for Conflict and Security Studies" -> "PICSS"."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[0].isupper())


def same_body(a: Attribution, b: Attribution) -> bool:
    """Whether two attributions name the same source, by name, acronym or initials."""
    ka, kb = name_key(a.name), name_key(b.name)
    if ka and kb and (ka <= kb or kb <= ka):
        return True
    codes_a = {c for c in (a.acronym, initials(a.name) if len(ka) >= 2 else None, a.name if a.name.isupper() else None) if c and len(c) >= 2}
    codes_b = {c for c in (b.acronym, initials(b.name) if len(kb) >= 2 else None, b.name if b.name.isupper() else None) if c and len(c) >= 2}
    return bool(codes_a & codes_b)
