"""Named rules: the one shape every decision of the comparison takes.

A rule is a name (kebab-case: what a finding's ``rule`` carries and what a
count is kept under), a one-line docstring saying why, and a small function.  Rules stand
in ordered lists, each about one question ("are these two figures rivals?"),
in the spirit of a pipeline's registered components: ``Rules.decide`` goes
down the list and the first rule that speaks decides.  A rule speaks in one of
three ways:

* ``declines``: its function says True when the rule rules the case out
  (the answer is no);
* ``decides``: its function gives the answer, or None when it does not apply;
* ``fits``: its function says True when the case is of the rule's sort (the
  first that fits names it: "within-rounding", "different-value").

``RuleCounts`` keeps how often each rule fired (said yes, or named a finding)
and declined (said no), when a caller asks for it; nothing is counted otherwise.
Standard library only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

Mode = Literal["declines", "decides", "fits"]


@dataclass(frozen=True)
class Rule:
    name: str  # kebab-case, unique across claimcheck.comparison.rules.REGISTRY
    why: str  # one line: what the rule says and why
    test: Callable[..., Any] | None  # None for a rule applied by hand where it stands
    group: str  # the question its list answers
    mode: Mode = "fits"


class Rules:
    """An ordered list of rules about one question."""

    def __init__(self, group: str, question: str, *, default: bool | None = None) -> None:
        self.group = group
        self.question = question
        self.default = default  # the answer when no rule speaks (None: some rule always must)
        self.rules: list[Rule] = []  # the decision list, in order
        self.by_hand: list[Rule] = []  # rules of the question applied where they stand

    def _add(self, name: str, mode: Mode) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def register(fn: Callable[..., Any]) -> Callable[..., Any]:
            why = (fn.__doc__ or "").strip()
            if not why or "\n" in why:
                raise ValueError(f"rule {name!r} needs a one-line docstring saying why")
            self._check(name)
            self.rules.append(Rule(name, why, fn, self.group, mode))
            return fn

        return register

    def declines(self, name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        """Register a function that says True when the rule rules the case out."""
        return self._add(name, "declines")

    def decides(self, name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        """Register a function that gives the answer, or None when it does not apply."""
        return self._add(name, "decides")

    def fits(self, name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        """Register a function that says True when the case is of the rule's sort."""
        return self._add(name, "fits")

    def named(self, name: str, why: str, mode: Mode = "fits") -> Rule:
        """Register a rule applied by hand where it stands (no function of its own here)."""
        self._check(name)
        rule = Rule(name, why, None, self.group, mode)
        self.by_hand.append(rule)
        return rule

    def _check(self, name: str) -> None:
        if any(r.name == name for r in self):
            raise ValueError(f"rule {name!r} registered twice in {self.group}")

    def decide(self, *args: Any, counts: RuleCounts | None = None) -> tuple[bool, str | None]:
        """The answer of the first rule that speaks, and its name."""
        for rule in self.rules:
            got = rule.test(*args)  # type: ignore[misc]  # every rule of the list has a function
            if rule.mode == "decides":
                if got is None:
                    continue
                got = bool(got)
            elif not got:
                continue
            else:
                got = rule.mode == "fits"
            if counts is not None:
                counts.count(rule.name, got)
            return got, rule.name
        if self.default is None:
            raise LookupError(f"no rule of {self.group!r} spoke")
        return self.default, None

    def first(self, *args: Any) -> str:
        """The name of the first rule that fits (a list of ``fits`` rules ends with one that always does)."""
        answer, name = self.decide(*args)
        assert name is not None and answer
        return name

    def __iter__(self) -> Iterator[Rule]:
        """Every rule of the question: the decision list, then those applied by hand."""
        return iter((*self.rules, *self.by_hand))


@dataclass
class RuleCounts:
    """How often each rule fired (said yes, or named a finding) and declined (said no)."""

    fired: Counter[str] = field(default_factory=Counter)
    declined: Counter[str] = field(default_factory=Counter)

    def count(self, name: str, fired: bool) -> None:
        (self.fired if fired else self.declined)[name] += 1

    def fire(self, name: str, times: int = 1) -> None:
        if times:
            self.fired[name] += times

    def decline(self, name: str) -> None:
        self.declined[name] += 1

    def update(self, other: RuleCounts) -> None:
        self.fired.update(other.fired)
        self.declined.update(other.declined)

    def rows(self, rules: Iterable[Rule]) -> list[dict[str, Any]]:
        """One row per rule, in the order given: name, group, fired, declined."""
        return [{"rule": r.name, "group": r.group, "fired": self.fired[r.name], "declined": self.declined[r.name]} for r in rules]


def declined(counts: RuleCounts | None, rule: Rule) -> None:
    """Count that ``rule`` declined, when counting (``counts`` given)."""
    if counts is not None:
        counts.decline(rule.name)
