"""The claim of one clause, and its arguments by role (converses read as one predicate)."""

from __future__ import annotations

from dataclasses import dataclass

from .args import Arg
from .tables import vocabulary


@dataclass(frozen=True)
class Claim:
    """The main claim of one clause: predicate, polarity, arguments and frame."""

    key: str  # the predicate as the tables know it: "cut", "guilty", "lose to", "plead guilty"
    readings: frozenset[str]  # every lemma the predicate word can be
    text: str  # the predicate phrase as written: "will not cut", "was found not guilty"
    start: int
    end: int
    negated: bool
    passive: bool = False
    subject: Arg | None = None
    object: Arg | None = None
    roles: tuple[tuple[str, Arg], ...] = ()  # prepositional complements: ("by", police), ("of", murder)
    source: Arg | None = None  # who the claim is credited to
    source_negates: bool = False  # "denied that ...": the polarity comes from the source's verb
    hedge: str | None = None
    future: bool = False
    update: str | None = None
    marks: tuple[tuple[int, int], ...] = ()  # spans to highlight (the predicate, a denying verb)
    adjective: bool = False
    tense: str = "past"  # "past", "present" or "future"

    def role(self, prep: str) -> Arg | None:
        return next((a for p, a in self.roles if p == prep), None)

    @property
    def agent(self) -> Arg | None:
        return self.role("by") if self.passive else self.subject

    @property
    def patient(self) -> Arg | None:
        if self.passive or self.adjective:
            return self.subject
        if self.object is None and " " in self.key:
            return self.role(self.key.rsplit(" ", 1)[1])  # "voted against the bill"
        return self.object


def _roles(c: Claim, converse: bool = True, intransitive: bool = False) -> dict[str, Arg]:
    """The claim's arguments by role; with ``converse``, "B lost to A" reads as "A defeated B";
    ``intransitive`` reads a passive as its own predicate ("was beaten": the subject lost)."""
    agent, patient = c.agent, c.patient
    if intransitive and c.passive:
        agent, patient = c.subject, None
        converse = False
    if converse:
        group, side = _converse(c)
        if side == "b":
            agent, patient = c.role("to") or c.role("by"), c.subject
    out: dict[str, Arg] = {}
    if agent is not None:
        out["agent"] = agent
    if patient is not None:
        out["patient"] = patient
    skip = {"by"} if c.passive and not intransitive else set()
    if converse and _converse(c)[1] == "b":
        skip.add("to")
    if " " in c.key and c.object is None:
        skip.add(c.key.rsplit(" ", 1)[1])
    for p, a in c.roles:
        if p not in skip and p not in out:
            out[p] = a
    return out


def _converse(c: Claim) -> tuple[str | None, str | None]:
    for g in vocabulary().converses:
        if c.key in g.b:
            return g.name, "b"
        if c.key in g.a:
            return g.name, "a"
    return None, None


def _predicate_id(c: Claim) -> str:
    return _converse(c)[0] or c.key
