"""Whether two claims contradict each other, and by which of the four rules."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .args import Arg, clearly_different, relation, _same_source
from .claims import Claim, _converse, _predicate_id, _roles
from .reader import read_claims
from .tables import DATE_WORDS, GENERIC_NAME, STOP, Group, vocabulary
from .tokens import _singular


RULES = ("opposite-polarity", "antonym", "swapped-arguments", "different-agent", "different-place")
RULE_WORDS = {
    "opposite-polarity": "opposite polarity",
    "antonym": "antonyms",
    "swapped-arguments": "swapped arguments",
    "different-agent": "different agent",
    "different-place": "different place",
}


@dataclass(frozen=True)
class Conflict:
    """Two claims of two aligned sentences that cannot both be true."""

    rule: str  # one of RULES
    a: Claim
    b: Claim
    explanation: str
    marks_a: tuple[tuple[int, int], ...] = ()
    marks_b: tuple[tuple[int, int], ...] = ()
    group: str | None = None  # the antonym group, for rule "antonym" ("verdict", "direction", ...)


def _side(c: Claim, g: Group) -> str | None:
    if c.passive and (f"be {c.key}" in g.a or f"be {c.key}" in g.b):
        return "a" if f"be {c.key}" in g.a else "b"
    if c.key in g.a:
        return "a"
    if c.key in g.b:
        return "b"
    return None


def _by_passive_entry(c: Claim, g: Group | None) -> bool:
    """The claim belongs to the group as a passive ("be beat": was beaten, i.e. lost)."""
    return g is not None and c.passive and (f"be {c.key}" in g.a or f"be {c.key}" in g.b)


def _antonym_group(ca: Claim, cb: Claim) -> Group | None:
    for g in vocabulary().antonyms:
        sa, sb = _side(ca, g), _side(cb, g)
        if sa and sb and sa != sb:
            return g
    return None


def _same_predicate(ca: Claim, cb: Claim) -> bool:
    pa, pb = _predicate_id(ca), _predicate_id(cb)
    if pa == pb:
        return True
    if _converse(ca)[0] or _converse(cb)[0]:
        return False
    if " " in ca.key and " " in cb.key:
        return False  # "vote for" / "vote against"
    base_a, base_b = ca.key.split(" ")[0], cb.key.split(" ")[0]
    if ca.adjective != cb.adjective and not ({ca.key, cb.key} <= vocabulary().adjectives):
        return False
    return base_a == base_b or bool(ca.readings & cb.readings - STOP) and not (ca.adjective or cb.adjective)


def _synonyms(ca: Claim, cb: Claim) -> bool:
    """Both on one side of one antonym group ("convicted" / "found guilty")."""
    for g in vocabulary().antonyms:
        sa, sb = _side(ca, g), _side(cb, g)
        if sa and sa == sb:
            return True
    return False


def _frame_clash(ca: Claim, cb: Claim) -> str | None:
    """Why two claims are not weighed against each other at all, if they are not."""
    if ca.hedge or cb.hedge:
        return "hedged"
    if ca.update or cb.update:
        return "update"
    if ca.future != cb.future:
        return "tense"
    if (ca.adjective or cb.adjective) and ca.tense != cb.tense:
        return "tense"  # "was closed" / "is open": a state may have changed
    if not _same_source(ca.source, cb.source):
        return "sources"
    return None


def _compatible(ca: Claim, cb: Claim, converse: bool = True, group: Group | None = None) -> bool:
    """No argument differs where both give it, and at least one is the same."""
    ra = _roles(ca, converse, _by_passive_entry(ca, group))
    rb = _roles(cb, converse, _by_passive_entry(cb, group))
    shared = False
    for role in ra.keys() & rb.keys():
        r = relation(ra[role], rb[role])
        if r == "different" or (r == "unknown" and role == "patient"):
            return False  # "lost the reverse fixture" / "defeated title rivals": not one patient
        shared |= r == "same"
    if not shared and not ({"agent", "patient"} & ra.keys() & rb.keys()):
        shared = relation(ca.subject, cb.subject) == "same"
    elif not shared:
        # "Police arrested Khan" / "Khan was not arrested": the subject of one is the patient of the other.
        shared = relation(ca.patient, cb.patient) == "same" or relation(ca.subject, cb.subject) == "same" and not (
            ca.passive != cb.passive and ca.object is not None and cb.object is not None
        )
    return shared


def _names(c: Claim) -> list[Arg]:
    return [a for a in (c.subject, c.object, *(a for _, a in c.roles)) if a is not None]


def _settings_differ(ca: Claim, cb: Claim, sa: str, sb: str, skip: tuple[Arg | None, ...] = ()) -> bool:
    """Each sentence names someone or something the other does not: maybe two events.
    (``skip``: the arguments a rule compares, such as two rival agents.)"""
    la, lb = sa.lower(), sb.lower()

    def extra(c: Claim, other: str) -> bool:
        for a in _names(c):
            if any(a is b for b in skip):
                continue
            for run in a.names:
                words = {w for w in run if w not in GENERIC_NAME and w not in DATE_WORDS}
                if words and not any(re.search(rf"\b{re.escape(w)}\b", other) for w in words):
                    return True
        return False

    return extra(ca, lb) and extra(cb, la)


def _agrees(ca: Claim, cb: Claim) -> bool:
    """The same claim, whatever its hedges or updates ("closed ... but has since reopened" holds "is open")."""
    if not _same_source(ca.source, cb.source):
        return False
    same = _same_predicate(ca, cb) or _synonyms(ca, cb)
    return same and ca.negated == cb.negated and _compatible(ca, cb)


def _object_antonyms(ca: Claim, cb: Claim) -> Group | None:
    if ca.object is None or cb.object is None or ca.object.head is None or cb.object.head is None:
        return None
    ha, hb = ca.object.head, cb.object.head
    for g in vocabulary().object_antonyms:
        a = {_singular(w) for w in g.a}
        b = {_singular(w) for w in g.b}
        if (ha in a and hb in b) or (ha in b and hb in a):
            return g
    return None


def _rival_places(ca: Claim, cb: Claim) -> tuple[Arg, Arg] | None:
    """Where a one-place event happened, when the two claims name two places it
    cannot have been at both ("died at his home" / "died at a hospital")."""
    v = vocabulary()
    if not (ca.readings & v.one_place_events and cb.readings & v.one_place_events):
        return None
    pa, pb = ca.role("at"), cb.role("at")
    if pa is None or pb is None or pa.head is None or pb.head is None:
        return None
    ha, hb = _singular(pa.head), _singular(pb.head)
    if ha != hb and ha in v.exclusive_places and hb in v.exclusive_places:
        return pa, pb
    return None


def _arg_phrase(c: Claim, role: str) -> str:
    roles = _roles(c)
    agent, patient = roles.get("agent"), roles.get("patient")
    if role == "swap":
        return f"{agent.text if agent else '…'} {c.text} {patient.text if patient else '…'}"
    if c.passive:
        return f"{c.text} by {agent.text}" if agent else c.text
    return f"{agent.text} {c.text}" if agent else c.text


def _marks(c: Claim, *args: Arg | None) -> tuple[tuple[int, int], ...]:
    return c.marks + tuple((a.start, a.end) for a in args if a is not None)


def _place_conflict(ca: Claim, cb: Claim, words) -> Conflict | None:
    place = _rival_places(ca, cb)
    if place is None or relation(ca.subject, cb.subject) != "same":
        return None
    pa, pb = place
    return Conflict(
        "different-place", ca, cb, words("different-place", f"{ca.text} at {pa.text}", f"{cb.text} at {pb.text}"), _marks(ca, pa), _marks(cb, pb)
    )


def _credited_once(ca: Claim, cb: Claim) -> bool:
    """One side states it, the other credits it to a source that does not deny it."""
    return (ca.source is None) != (cb.source is None) and not (ca.source_negates or cb.source_negates)


def compare_claims(ca: Claim, cb: Claim, sa: str = "", sb: str = "") -> Conflict | None:
    """Whether two claims contradict each other, and by which rule."""
    words = lambda rule, x, y: f"{RULE_WORDS[rule]}: {x} / {y}"  # noqa: E731
    clash = _frame_clash(ca, cb)
    if clash:
        # Where an event happened is a fact an outlet repeats or not: "died at his
        # home, his publicist said" against "died at a hospital" is a discrepancy,
        # though a bare "not detained" against "detained, police said" is not weighed.
        if clash == "sources" and _credited_once(ca, cb) and ca.negated == cb.negated and _same_predicate(ca, cb):
            return _place_conflict(ca, cb, words)
        return None
    settings_differ = bool(sa and sb) and _settings_differ(ca, cb, sa, sb)
    same = _same_predicate(ca, cb)
    if (same or _synonyms(ca, cb)) and ca.negated != cb.negated:
        if _compatible(ca, cb) and not settings_differ:
            return Conflict("opposite-polarity", ca, cb, words("opposite-polarity", ca.text, cb.text), ca.marks, cb.marks)
        return None
    group = _antonym_group(ca, cb)
    if (
        group is not None
        and not settings_differ
        and ca.negated == cb.negated
        and _compatible(ca, cb, converse=False, group=group)
        and (not group.same_object or relation(ca.patient, cb.patient) == "same")
    ):
        return Conflict("antonym", ca, cb, words("antonym", ca.text, cb.text), ca.marks, cb.marks, group.name)
    if not same or ca.negated != cb.negated:
        return None
    ra, rb = _roles(ca), _roles(cb)
    agent_a, agent_b, pat_a, pat_b = ra.get("agent"), rb.get("agent"), ra.get("patient"), rb.get("patient")
    symmetric = bool(ca.readings & vocabulary().symmetric) or bool(cb.readings & vocabulary().symmetric)
    if (
        not symmetric
        and not settings_differ
        and relation(agent_a, pat_b) == "same"
        and relation(pat_a, agent_b) == "same"
        and relation(agent_a, agent_b) == "different"
    ):
        return Conflict(
            "swapped-arguments",
            ca,
            cb,
            words("swapped-arguments", _arg_phrase(ca, "swap"), _arg_phrase(cb, "swap")),
            _marks(ca, agent_a, pat_a),
            _marks(cb, agent_b, pat_b),
        )
    definite = pat_a is not None and pat_b is not None and pat_a.definite and pat_b.definite
    if definite and relation(pat_a, pat_b) == "same" and clearly_different(agent_a, agent_b):
        others = all(relation(ra[r], rb[r]) != "different" for r in ra.keys() & rb.keys() if r not in ("agent", "patient"))
        if others and not (sa and sb and _settings_differ(ca, cb, sa, sb, skip=(agent_a, agent_b))):
            return Conflict(
                "different-agent",
                ca,
                cb,
                words("different-agent", _arg_phrase(ca, "agent"), _arg_phrase(cb, "agent")),
                _marks(ca, agent_a),
                _marks(cb, agent_b),
            )
    place = _place_conflict(ca, cb, words)
    if place is not None and not settings_differ:
        return place
    og = _object_antonyms(ca, cb)
    if og is not None and not settings_differ and relation(ca.subject, cb.subject) == "same":
        assert ca.object is not None and cb.object is not None
        return Conflict(
            "antonym",
            ca,
            cb,
            words("antonym", f"{ca.text} {ca.object.text}", f"{cb.text} {cb.object.text}"),
            _marks(ca, ca.object),
            _marks(cb, cb.object),
            og.name,
        )
    return None


def contradiction(a: str, b: str) -> Conflict | None:
    """The first statement contradiction between two aligned sentences, or None."""
    ca_all, cb_all = read_claims(a), read_claims(b)
    for ca in ca_all:
        for cb in cb_all:
            found = compare_claims(ca, cb, a, b)
            if found is None:
                continue
            # "acquitted of murder but convicted of manslaughter": the other sentence
            # also makes the agreeing claim, so the two need not contradict.
            if any(_agrees(x, cb) for x in ca_all if x is not ca) or any(_agrees(ca, y) for y in cb_all if y is not cb):
                continue
            return found
    return None
