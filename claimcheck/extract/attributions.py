"""Who a figure or statement is credited to.

"These figures were released by the Pakistan Institute for Conflict and
Security Studies (PICSS)" credits PICSS; "A 2022 US Defence Department report
revealed ..." credits the Defence Department; "police said" credits the
police; "Grassley said", a person by surname as outlets write a second
mention, credits Grassley (the blind gold of real article pairs asks for the
people a claim is credited to, not only the bodies).

Every word the patterns read is data (``claimcheck/data/attributions.json``,
through the lexicon); the patterns are built from its lists in their order, so
an earlier word is tried first.
"""

from __future__ import annotations

from functools import lru_cache
import re

from ..types import Attribution
from . import lexicon as L


def _words(key: str) -> tuple[str, ...]:
    """One list of ``attributions.json``, in its order (read through the lexicon)."""
    return L.words("attributions", key)


def _escaped(word: str) -> str:
    """A data word as it stands in a pattern: "u.s." is "u\\.s\\.", a space stays a space."""
    return re.sub(r"([.^$*+?{}\[\]\\|()])", r"\\\1", word)


def _alt(*lists: tuple[str, ...]) -> str:
    """The words of ``lists``, in their order, as alternatives of a pattern ("said|says|told")."""
    return "|".join(_escaped(w) for words in lists for w in words)


_WORD = r"(?:[A-Z][\w'’&.\-]*[\w.]|[A-Z])"
_JOIN = rf"(?:{_alt(_words('name_joins'))})"


def _name(join: str, more_words: int) -> str:
    """A capitalised name: a word, then up to ``more_words`` more, each after up to two joining words."""
    return rf"(?:{_WORD}(?:\s+(?:{join}\s+){{0,2}}{_WORD}){{0,{more_words}}})"


# A capitalised name of up to eight words, joined by "of", "for", "and" ...,
# optionally followed by its acronym in brackets.
_NAME = _name(_JOIN, 7)
_ACRO = r"(?:\s*\((?P<acro>[A-Z][A-Za-z&]{1,9})\))?"
_DETERMINER = rf"(?:{_alt(_words('determiners'))})"
_DET = rf"(?:{_DETERMINER}\s+)?"
_YEAR = rf"(?:(?:\d{{4}}|{_alt(_words('report_adjectives'))})\s+)?"

_DOC = rf"(?:{_alt(_words('documents'))})"
_DOC_LINK = rf"(?:{_alt(_words('document_links'))})"  # "a report by", "figures from"
_DOC_LINK_STARTS = tuple(dict.fromkeys(link.split()[0] for link in _words("document_links")))  # "from", ..., "released"
_BY_VERBS = rf"(?:{_alt(_words('by_verbs'))})"
_SAY_VERBS = rf"(?:{_alt(_words('say_verbs'))})"
_ADVERB = rf"(?:(?:{_alt(_words('cue_adverbs'))})\s+)"  # "Pels just revealed", "also said"
# A denial verb credits its subject only when a denial of something said follows it
# ("Hale denied the claim"); "migrants denied entry", "the keeper denied Mendez" credit no one.
_DENIAL_HOLDS = rf"(?:(?<!denied)(?<!denies)|(?=\s+(?:{_alt(_words('denial_objects'))})\b))"
# Whom a role serves: "adviser to the president's office", "spokesman for the ministry".  Its
# words stop before a verb of saying or a word that ends a lower-case source ("... who spoke").
_TAIL_WORD = (
    rf"(?!(?:{_alt(_words('say_verbs'), _words('by_verbs'), _words('after_a_lower_case_source'), _words('after_a_lower_case_body'))})\b)"
    r"[\w'’\-]+"
)
_ROLE_TAIL = (
    rf"(?:\s+(?:{_alt(_words('role_links'))})\s+(?:(?:{_alt(_words('determiners'))})\s+)?"
    rf"(?:[a-z]+['’]s\s+)?{_TAIL_WORD}(?:\s+{_TAIL_WORD})?)?"
)
# Sources an editor reads as attributions though they are not names.
_GENERIC = "(?:" + "|".join([
    _alt(_words("generic_sources")),
    rf"(?:{_alt(_words('kinds_of_officials'))}) officials",
    *(rf"(?:a|the) {_escaped(w)}{_ROLE_TAIL}" for w in _words("spokespeople")),
    rf"(?:{_alt(_words('kinds_of_media'))}) media",
    *(rf"the (?:[A-Za-z]+-[a-z]+\s+)?{_escaped(w)}" for w in _words("bodies_after_the")),
    rf"(?:{_alt(_words('kinds_of_records'))}) (?:{_alt(_words('records'))})",
    # unnamed sources: "people familiar with the matter", "a person with knowledge of the talks"
    rf"(?:(?:{_alt(_words('counts_of_insiders'))})\s+)?(?:{_alt(_words('insiders'))}) "
    rf"(?:{_alt(_words('insider_links'))}|with (?:direct\s+)?knowledge of) "
    rf"(?:the|this|his|her|its|their)\s+(?:[a-z\-]+\s+){{0,2}}?(?:{_alt(_words('matters'))})",
    # "two sources close to Ghosn": insiders tied to a person
    rf"(?:(?:{_alt(_words('counts_of_insiders'))})\s+)?(?:{_alt(_words('insiders'))}) (?:{_alt(_words('insider_links'))}) [A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){{0,2}}",
    rf"(?:{_alt(_words('kinds_of_groups'))}) groups",
    # "the bank's chief economist", "a senior aide to the governor": one modifier, then whom the role serves
    rf"(?:the|its|a|an|one)\s+(?:[a-z]+['’]s\s+)?(?:[a-z][a-z\-]+\s+)?(?:{_alt(_words('roles'), _words('unnamed_people'), _words('what_a_person_has'))}){_ROLE_TAIL}",
    # "a Pye Green Road resident", "one Kerrow witness": people known by where they are from
    rf"(?:a|an|one)\s+(?-i:(?:[A-Z][\w\-]*\s+){{1,3}})(?:{_alt(_words('unnamed_people'))})",
    # "Halloran's office", "Tamsin Roe's lawyers": those who speak for someone named (in capitals,
    # whatever the pattern's flags), not "But Halloran's office"
    rf"(?!(?:{_alt(_words('not_sources'))})\b)(?-i:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,2}})['’]s\s+(?:[a-z][a-z\-]+\s+)?"
    rf"(?:{_alt(_words('roles'), _words('what_a_person_has'))})",
    rf"(?:the|a)\s+(?:{_alt(_words('ministry_portfolios'))})\s+(?:{_alt(_words('ministry_heads'))})",
    rf"(?:a|the|one) (?:{_alt(_words('kinds_of_an_official'))}) official",
]) + ")"

_TITLES = rf"(?:{_alt(_words('titles'))})"
_AND = rf"(?:{_alt(_words('clause_joins'))})"
_SENTENCE_END = r"(?=\s*(?:$|[.!?](?:\s|$)))"
_AFTER_A_QUOTE = r"(?:(?<=,[”\"]\s)|(?<=[”\"],\s))"  # ',” the Centre' / '”, the Centre'

# Officeholders named by their office: "the state's Emergency Services Minister".
_OFFICE = rf"(?:{_alt(_words('offices'))})"

_INSTITUTION = rf"(?:{_alt(_words('institutions'))})"
_INSTITUTION_FIRST = rf"(?:{_alt(_words('institutions_named_first'))})"  # "the Ministry of ..."


def _cues(words: tuple[str, ...]) -> str:
    return rf"(?P<cue>{_alt(words)})"


# A source that puts out a statement, the cue with what it issued: "Chamisa has issued a statement",
# "their attorneys sent a letter"; "the studio released a video game" credits no one.
_ISSUING = (
    rf"(?:{_alt(_words('issuing_verbs'))})\s+(?:a|an|its|his|her|their)\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"(?:{_alt(_words('issued_documents'))})\b"
)
# A participle credits only before what was said: "with Modi declaring that ...", 'Vance writing: "..."'.
_PARTICIPLE = rf"(?:{_alt(_words('participles_of_saying'))})(?=\s+(?:{_alt(_words('openers_of_what_was_said'))})\b|\s*[:,]?\s*[\"“‘])"


def _cues_or_more(words: tuple[str, ...], *more: str) -> str:
    """A cue: one of ``words`` (a denial only before what it denies), or another shape of credit."""
    return rf"(?P<cue>(?:{_alt(words)})\b{_DENIAL_HOLDS}" + "".join(f"|{m}" for m in more) + ")"


# "McConnell, who says ...", "The Washington Post, which first reported ..."
_WHO = rf"(?:,\s+(?:{_alt(_words('relatives_of_a_person'))}))"
_WHICH = rf"(?:,\s+(?:{_alt(_words('relatives_of_a_body'))}))"
_HAS = r"(?:(?:has|have|had)\s+)?"
_CITING = rf"(?:{_alt(_words('citing_words'))})"
_CITING_ASIDE = rf"(?:,\s+{_CITING}\s+[^,.;:]{{1,60}},)"  # "The Gazette, citing two officials, said"
# A news agency named in brackets as a story's credit line: "(AP, Reuters, dpa, AFP)",
# two or more, since one alone glosses a name ("the Associated Banking Council (ABC)") or is the
# outlet's own dateline ("LONDON (Reuters) -").
_AGENCY = rf"(?i:{_alt(_words('news_agencies'))})(?![\w.])"
_CREDIT_LINE = re.compile(rf"\((?P<list>{_AGENCY}(?:\s*[,/]\s*{_AGENCY})+)\)")


_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "according to",
        re.compile(
            rf"\b[Aa]ccording to\s+{_DET}(?:{_YEAR}{_DOC}\s+{_DOC_LINK}\s+{_DET})?(?P<name>{_NAME}){_ACRO}"
        ),
    ),
    ("according to", re.compile(rf"\b[Aa]ccording to\s+(?P<name>{_GENERIC})\b")),
    # "according to a survey of analysts by FactSet"
    ("according to", re.compile(rf"\b[Aa]ccording to\s+{_DET}{_YEAR}{_DOC}\s+of\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:by|from)\s+{_DET}(?P<name>{_NAME}){_ACRO}")),
    # "according to fuel savings app GasBuddy's annual forecast": the body whose document it is
    ("according to", re.compile(rf"\b[Aa]ccording to\s+(?:[a-z][\w\-]*\s+){{1,3}}(?P<name>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,3}})['’]s\s+(?:[a-z][\w\-]*\s+){{0,2}}{_DOC}\b")),
    # "according to an end of the year Kestrel News Poll", "according to a new nationwide Harlow
    # Institute survey": lower-case words before a name that ends the credit or comes before a document
    ("according to", re.compile(
        rf"\b[Aa]ccording to\s+{_DET}(?:(?!(?:{_alt(_words('after_a_lower_case_source'), _words('by_verbs'))})\b)[a-z][\w\-]*\s+){{1,5}}"
        rf"(?P<name>{_NAME}){_ACRO}(?=\s+{_DOC}\b|\s*(?:[,.;:)]|$))"
    )),
    # "according to energy analyst Lerato Mokoena"
    ("person", re.compile(r"\b(?P<cue>[Aa]ccording to)\s+(?:[a-z][\w\-]*\s+){1,3}(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,3})(?=[\s,.;]|$)")),
    # "according to the DFS chief Atul Garg": a role in a body named by its acronym, then the person
    ("person", re.compile(r"\b(?P<cue>[Aa]ccording to)\s+(?:the\s+)?[A-Z]{2,6}\s+(?:[a-z][\w\-]*\s+){1,2}(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,3})(?=[\s,.;]|$)")),
    # "Col. Turki Al-Malki was quoted by the agency as saying"
    ("person", re.compile(rf"(?:^|(?<=[\s,;(\"'“‘]))(?P<name>(?:{_TITLES}\s+)?[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){{1,3}})\s+was\s+(?P<cue>quoted)\b")),
    # "the country's official KCNA news agency reported": an agency named before "news agency"
    ("said", re.compile(rf"\b(?P<name>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,2}})\s+news\s+agency,?\s+(?:has\s+|also\s+)?(?P<cue>{_SAY_VERBS})\b")),
    # "Iraq's INA state news agency reported": an acronym, then what kind of agency it is
    ("said", re.compile(rf"\b(?P<name>[A-Z][A-Z0-9]{{1,5}})\s+(?:{_alt(_words('news_agency_kinds'))})\s+news\s+agency,?\s+{_HAS}{_ADVERB}?(?P<cue>{_SAY_VERBS})\b")),
    # "according to shipping records", "according to the district administration"
    ("according to records", re.compile(rf"\b[Aa]ccording to\s+(?P<name>(?:(?:{_alt(_words('determiners'), _words('lower_case_source_adjectives'))})\s+)*[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+){{0,3}}?)(?=\s*(?:[,.;:)]|$|\s(?:{_alt(_words('after_a_lower_case_source'))})\b))")),
    # People credited by name and title: "police commander General Rafael Cordero told reporters"
    # ... "Tamsin Roe, who says ...", "Nelson Chamisa has issued a statement", "Clay Roe saying that ..."
    ("person", re.compile(rf"(?:^|(?<=[\s,;(\"'“‘]))(?P<name>(?:{_TITLES}\s+)?[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){{1,3}}){_WHO}?\s+{_HAS}{_ADVERB}?{_cues_or_more(_words('person_cues'), _ISSUING, _PARTICIPLE)}")),
    # A person by surname, as a second mention: "Grassley said", "said Al-Malki".
    ("surname", re.compile(rf"(?:^|(?<=[\s,;(\"'“‘”’]))(?P<name>[A-Z][a-z][\w’'\-]*(?:-[A-Z][\w’'\-]*)?){_WHO}?\s+{_HAS}{_ADVERB}?{_cues_or_more(_words('surname_cues'), _ISSUING, _PARTICIPLE)}")),
    ("surname", re.compile(rf"(?<=[a-z,;]\s)(?P<name>[A-Z][a-z][\w’'\-]*(?:-[A-Z][\w’'\-]*)?)\s+{_ADVERB}?{_cues(_words('surname_cues_inside'))}\b")),
    # "In response, Vance shared the article and said: ...": the subject of a clause whose second
    # verb credits it, a surname (or a full name) at the clause's start, at most six words before "and".
    ("surname", re.compile(
        rf"(?:^|(?<=[,;:]\s))(?P<name>[A-Z][a-z][\w’'\-]*(?:\s+[A-Z][a-z][\w’'\-]*)?)\s+[a-z][\w’'\-]*"
        rf"(?:\s+(?!{_AND}\b)[\w’'%$\-]+){{0,5}}\s+{_AND}\s+{_ADVERB}?"
        rf"(?P<cue>(?:{_alt(_words('cues_after_and'))})\b"
        rf"|(?:{_alt(_words('cues_after_and_before_what_was_said'))})(?=\s*[:,\"“‘]|\s+(?:{_alt(_words('openers_of_what_was_said'))})\b))"
    )),
    # "in Ivey's words", "in Reyes's own words": the speaker of what follows
    ("surname", re.compile(r"\b[Ii]n\s+(?P<name>[A-Z][a-z][\w\-]*(?:\s+[A-Z][a-z][\w\-]*){0,2})['’]s?\s+(?:own\s+)?(?P<cue>words)\b")),
    ("surname", re.compile(rf"\b{_cues(_words('cues_before_a_surname'))}\s+(?P<name>[A-Z][a-z][\w\-]*(?:-[A-Z][\w\-]*)?)(?=\s*(?:[,.;]|$))")),
    # "Dana Whitfield, Corvane's chief executive, said ..."
    ("person", re.compile(rf"(?:^|(?<=[\s,;(\"'“‘]))(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){{1,2}}),\s+[^,.;:]{{3,60}},\s+{_ADVERB}?{_cues(_words('cues_after_an_apposition'))}\b{_DENIAL_HOLDS}")),
    # "said Prime Minister X", "said police official Chinmoy Biswal", "added her father X": a role in lower case may stand before the name
    ("person", re.compile(rf"\b{_cues(_words('cues_before_a_person'))}\s+(?:(?:his|her|their|its|[A-Z][a-z]+['’]s)\s+)?(?:(?!(?:{_alt(_words('not_sources'))})\b)[a-z][\w\-]*\s+){{0,3}}(?P<name>(?:{_TITLES}\s+)?[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){{1,3}})(?=[\s,.;]|$)")),
    # "the returning officer, Helen Marsh, announced"; "The chairman of the Katari
    # vigilante group, Alhaji Sani Bawa, said"; "police spokesman, ASP Musa Adamu, said"
    ("person", re.compile(rf"(?P<role>\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+[^,.;:]{{3,70}}?),\s+(?:{_TITLES}\s+|[A-Z]{{2,4}}\s+)?(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){{1,3}}),\s+(?:has\s+|had\s+|also\s+)?{_cues(_words('person_cues'))}\b{_DENIAL_HOLDS}")),
    # A quotation, then its source with the verb lost, to the end of the sentence:
    # '"There is very low risk," the Centre for Food Safety'
    ("said", re.compile(rf"{_AFTER_A_QUOTE}{_DET}(?P<name>{_NAME}){_ACRO}{_SENTENCE_END}")),
    # A name cut off from its sentence by a stray break: "Kemi Adeyemi, told journalists."
    ("person", re.compile(rf"^(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){{1,2}}),\s+{_cues(_words('cues_after_a_broken_name'))}\b")),
    ("by", re.compile(rf"\b(?P<cue>{_BY_VERBS})\s+by\s+{_DET}(?P<name>{_NAME}){_ACRO}")),
    # A body in lower case: "issued by the returning officer", "released by the organisers"
    ("by lower case", re.compile(rf"\b(?P<cue>{_BY_VERBS})\s+by\s+(?P<name>(?:the|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){{0,3}}?)(?=\s*(?:[,.;:)]|$|\s(?:{_alt(_words('after_a_lower_case_body'))})\b))")),
    # "figures from X", or at a sentence's start "Data from X showed" (not a heading's "Market Analysis by Type")
    ("from", re.compile(rf"(?P<cue>(?:^|(?<=^[\"“‘(]))(?i:{_DOC})|\b{_DOC})\s+{_DOC_LINK}\s+{_DET}(?P<name>{_NAME}){_ACRO}")),
    (
        "report",
        re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+{_YEAR}(?P<name>{_NAME}){_ACRO}\s+(?P<cue>{_DOC})\b"),
    ),
    ("said", re.compile(rf"(?:^|(?<=[\s,;(\"'“‘]))(?:[Tt]he\s+)?(?P<name>{_NAME}){_ACRO}(?:{_WHICH}|{_CITING_ASIDE}|,)?\s+{_HAS}{_ADVERB}?{_cues_or_more(_words('say_verbs'), _ISSUING)}")),
    ("said", re.compile(rf"\b{_cues(_words('cues_before_a_body'))}\s+(?:the\s+)?(?P<name>{_NAME}){_ACRO}")),
    ("said", re.compile(rf"\b(?P<name>{_GENERIC})\s+{_HAS}{_ADVERB}?{_cues_or_more(_words('say_verbs'), _ISSUING, _PARTICIPLE)}", re.IGNORECASE)),
    # a credit line under a story or a picture: "Source: PAP / Jan Vance", "source: Fact 24"
    # (at a text's or sentence's start, or after a bracket: "Power source: solar panels" credits no one)
    ("according to", re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\())(?P<cue>(?i:{_alt(_words('credit_labels'))})):\s+{_DET}(?P<name>{_NAME}(?:\s+\d+)?){_ACRO}")),
    ("said", re.compile(rf"\b{_cues(_words('cues_before_a_generic_source'))}\s+(?P<name>{_GENERIC})\b")),
    # the source another cites: "citing the Kerrow Health Board", "citing police"
    ("said", re.compile(rf"\b(?P<cue>{_CITING})\s+(?:the\s+)?(?P<name>{_NAME}){_ACRO}")),
    ("said", re.compile(rf"\b(?P<cue>{_CITING})\s+(?P<name>{_GENERIC})\b")),
    # A body named anywhere: "raised concerns with the Financial Conduct Authority",
    # "the Crown Prosecution Service".  The last word must be an institution's.
    # No "and" inside: "the Supreme Court and Lancashire Police" are two bodies.
    ("named", re.compile(rf"(?P<name>{_name('(?:of|for|the)', 5)}\s+(?:{_INSTITUTION})){_ACRO}(?=['’]s\b|(?![\w'’]))")),
    # An institution named first: "the Ministry of Electronics and Information Technology (MeitY)".
    ("named", re.compile(rf"\b(?P<name>{_INSTITUTION_FIRST} (?:of|for) {_name('(?:of|for|and|the|&)', 6)}){_ACRO}(?=['’]s\b|(?![\w'’]))")),
    # An office as a source: "the state's Emergency Services Minister described it as".
    ("named", re.compile(rf"(?P<name>(?:[A-Z][a-z]+\s+){{1,4}}{_OFFICE})(?=\s+(?:{_SAY_VERBS}|has|had|also)\b)")),
)

# Looked up word by word: what makes a name a body, and what makes it none.
_BODY_WORDS = L.BODY_WORDS  # "Lahore High Court"
_NEWS_AGENCIES = frozenset(_words("news_agencies"))  # "Reuters"
_COUNTRY_WORDS = frozenset(_words("country_words"))  # "US" is no body's acronym
# No source's first word: pronouns, conjunctions, and the names of months and weekdays (calendar.json).
_NOT_SOURCES = frozenset(_words("not_sources")) | frozenset(L.MONTH_NAMES) | frozenset(L.WEEKDAY_NAMES)
_NOT_SURNAMES = frozenset(_words("not_surnames"))  # "Police said"
_TITLE_WORDS = frozenset(w.rstrip(".").lower() for w in _words("titles"))  # '"That is so," said Sgt' names no one
# An honorific before a surname alone: "Mr Buhari said" credits Buhari, whom another outlet calls "Muhammadu Buhari".
# Only an honorific: "General Motors said" is a company, not General Motors the officer.
_TITLED_SURNAME = re.compile(rf"^(?:{_alt(_words('honorifics'))})\s+(?P<surname>[A-Z][a-z][\w'’\-]*)$")


def _is_body(name: str, acronym: str | None, cue_kind: str) -> bool:
    words = [w.strip(".,'’").lower() for w in name.split()]
    if not words or words[0] in _NOT_SOURCES:
        return False
    if cue_kind in ("according to", "by", "from", "report"):
        return True  # the cue itself says it is a source
    if acronym:
        return True
    if any(w in _BODY_WORDS for w in words) or any(w in _NEWS_AGENCIES for w in words):
        return True
    # An all-capitals acronym of three or more letters ("PICSS", "IMF", "ISPR").
    if len(words) == 1 and name.isupper() and len(name) >= 3 and words[0] not in _COUNTRY_WORDS:
        return True
    return False


# A person named with a title at the end of a role in a body: "the Official Spokesman of
# the Kerrow Coalition COL Aldo Vance" credits COL Aldo Vance, whom another outlet may call
# "Col. Aldo Vance".  The name's words must be no role, title, office or body word
# ("the Kerrow Board Chief Executive Officer" is an office).
_TITLED_PERSON_AT_END = re.compile(rf"\s(?P<person>(?:{_TITLES}\s+)+(?P<given>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){{1,2}}))$")
_NOT_A_PERSONS_NAME = frozenset(
    w.lower() for words in (_words("roles"), _words("titles"), _words("offices"), _words("institutions"))
    for word in words for w in word.split()
)


def _titled_person(name: str) -> str | None:
    """The titled person ending a body's name ("... Coalition COL Aldo Vance"), if the rest names a body."""
    m = _TITLED_PERSON_AT_END.search(name)
    if m is None:
        return None
    body = [w.strip(".,'’").lower() for w in name[: m.start()].split()]
    given = [w.lower() for w in m.group("given").split()]
    if not any(w in _BODY_WORDS for w in body) or any(w in _NOT_A_PERSONS_NAME or w in _BODY_WORDS for w in given):
        return None
    return m.group("person")


# "One" opening someone unnamed ("one resident", "One Elm Street resident", "one Ford
# spokesman"), as "a" does; not in a name ("One Nation") or before anything else
# ("according to one theory").
_ONE_PERSON = re.compile(
    rf"^[Oo]ne\s+(?=(?:[\w\-’']+\s+){{0,3}}(?:{_alt(_words('roles'), _words('unnamed_people'), _words('what_a_person_has'))}|official)$)"
)


def _clean_name(raw: str) -> str:
    name = raw.strip().rstrip(".,;:")
    without_determiner = re.sub(rf"^{_DETERMINER}\s+", "", name, flags=re.IGNORECASE)
    # a determiner, or else a "one" before someone unnamed: "A One Tree Hill resident" keeps its "One"
    name = without_determiner if without_determiner != name else _ONE_PERSON.sub("", name)
    # A name never ends in a joining word ("the Ministry of").
    name = re.sub(rf"(?:\s+{_JOIN})+$", "", name)
    return name.strip()


_CUE_NAMES = {"according to records": "according to", "person": "said", "surname": "said", "named": "named", "by lower case": "by"}

# What may follow a credit and belongs to it: the channel ("said in a statement",
# "in a regulatory filing") and an affiliation ("Helen Carver, an analyst at
# Tavistock Partners").
_CHANNEL = re.compile(
    rf"\s+(?:{_alt(_words('channel_prepositions'))})\s+(?:a|an|its|the|their|his|her)\s+(?:[\w\-]+\s+){{0,3}}?"
    rf"(?:{_alt(_words('channels'))})\b"
    # "... in a statement to the stock market regulator"
    rf"(?:\s+to\s+(?:(?:the|its|a|their)\s+)?(?:[a-z][\w’'\-]*\s+){{0,3}}?(?:{_alt(_words('channel_audiences'))}))?"
)
# Credits with a document before them: "according to match statistics released by
# the organisers", "according to the unofficial results issued by ...".
_DOC_BEFORE = re.compile(rf"\b[Aa]ccording to\s+{_DET}(?:[a-z][\w\-]*\s+){{1,3}}$")
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
    rf",?\s+(?:also\s+)?{_cues(_words('issued_cues'))}(?=\s+(?:{_alt(_words('channel_prepositions'))})\s)"
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
            person = None  # a titled person ending a body's name, credited instead of the body
            if cue_kind == "surname":
                # Capitalised words that are no pronoun, month, weekday or body word.
                if any(w in _NOT_SOURCES or w in _NOT_SURNAMES for w in name.lower().split()) or _is_body(name, None, "said"):
                    continue
                if name.lower() in _TITLE_WORDS:
                    continue
            elif cue_kind == "person":
                # A full name (two words or more) or a title and a name, not "The Taliban said".
                if name.split()[0].lower() in _NOT_SOURCES or _is_body(name, None, "said"):
                    continue
                titled = _TITLED_SURNAME.match(name)
                if titled and titled.group("surname").lower() not in _NOT_SOURCES | _NOT_SURNAMES:
                    name = titled.group("surname")
            elif cue_kind == "named":
                if len(name.split()) < 2 or name.split()[0].lower() in _NOT_SOURCES:
                    continue
            elif cue_kind == "according to records":
                last = name.split()[-1].lower()
                if name.split()[0].lower() in _NOT_SOURCES or len(name) < 4:
                    continue
                if re.fullmatch(_DOC, last) and text[m.end("name") :].lstrip().startswith(_DOC_LINK_STARTS):
                    continue  # "according to a statement from the Foreign Office": the body follows
            else:
                generic = cue_kind == "by lower case" or (
                    cue_kind in ("according to", "said") and re.fullmatch(_GENERIC, raw, re.IGNORECASE) is not None
                )
                if not generic and not _is_body(name, acronym, cue_kind):
                    continue
                if not generic and not name[0].isupper():
                    continue
                person = None if generic or acronym else _titled_person(name)
                name = person or name
            start = m.start("name") + (raw.rfind(name) if person else raw.find(name)) if name in raw else m.start("name")
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
    for m in _CREDIT_LINE.finditer(text):
        for a in re.finditer(_AGENCY, m.group("list")):
            start, end = m.start("list") + a.start(), m.start("list") + a.end()
            if any(k[0] < end and start < k[1] for k in found):
                continue
            found[(start, end)] = Attribution(text=a.group(), name=a.group(), acronym=None, cue="said", start=start, end=end, credit=m.group())
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


# "Defence" ~ "Defense"; a rank as its abbreviation, "Colonel" ~ "Col."
_SPELLINGS: dict[str, str] = L.mapping("attributions", "spellings") | L.mapping("attributions", "rank_spellings")
_NAME_KEY_DROP = frozenset(_words("name_key_drop"))  # "US Defence Department" ~ "Defense Department"


@lru_cache(maxsize=8192)
def name_key(name: str) -> frozenset[str]:
    """Words that identify a body, spelling-normalised: "US Defence Department" ~ "Defense Department"."""
    words = re.findall(r"[\w.'’]+", name.lower())
    out = []
    for w in words:
        w = w.strip(".'’")
        if w.endswith("'s") or w.endswith("’s"):
            w = w[:-2]
        w = _SPELLINGS.get(w, w)
        if w and w not in _NAME_KEY_DROP:
            out.append(w)
    return frozenset(out)


@lru_cache(maxsize=8192)
def initials(name: str) -> str:
    """ "Pakistan Institute for Conflict and Security Studies" -> "PICSS"."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[0].isupper())


_INSIDER_LINK = re.compile(rf"\b(?:{_alt(_words('insider_links'))})\b", re.I)


def same_body(a: Attribution, b: Attribution) -> bool:
    """Whether two attributions name the same source, by name, acronym or initials.
    Those close to someone are not the someone ("two sources close to Ghosn" / "Ghosn")."""
    if bool(_INSIDER_LINK.search(a.name)) != bool(_INSIDER_LINK.search(b.name)):
        return False
    ka, kb = name_key(a.name), name_key(b.name)
    if ka and kb and (ka <= kb or kb <= ka):
        return True
    codes_a = {c for c in (a.acronym, initials(a.name) if len(ka) >= 2 else None, a.name if a.name.isupper() else None) if c and len(c) >= 2}
    codes_b = {c for c in (b.acronym, initials(b.name) if len(kb) >= 2 else None, b.name if b.name.isupper() else None) if c and len(c) >= 2}
    return bool(codes_a & codes_b)
