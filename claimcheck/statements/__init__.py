"""Statement contradictions: two aligned sentences that make the same claim and disagree.

Figures are not the only thing outlets get wrong: one writes a defendant "was
found guilty", another "was acquitted"; a bill "passed" / "failed"; a company
"will cut" jobs / "will not cut" them; "Fiji beat Samoa" / "Samoa beat Fiji".
This module reads the claims of one sentence with a shallow, rule-based
reading of common news shapes (no parser model: none can be installed here,
and these shapes do not need one) and says, for two aligned sentences,
whether they contradict each other and by which rule:

* ``opposite-polarity`` — the same predicate about the same arguments, once
  negated ("will cut" / "will not cut", "was detained" / "police denied that
  he was detained" when the police are the source of both);
* ``antonym`` — predicates from the two sides of one antonym group of
  ``data/predicates.json`` ("was acquitted" / "was found guilty", "rose" /
  "fell"), or one predicate with antonymous objects ("posted a profit" /
  "posted a loss");
* ``swapped-arguments`` — one predicate whose agent and patient change places
  ("Fiji beat Samoa" / "Samoa beat Fiji"), after converses are read as one
  predicate ("Samoa lost to Fiji" is "Fiji beat Samoa");
* ``different-agent`` — one predicate about the same patient done by a
  clearly different agent ("detained by police" / "detained by the army").

Precision comes first.  A claim is compared only with a claim in the same
frame: credited to the same source (or to none), neither hedged ("may",
"is expected to", "reportedly"), neither marked as an update ("initially",
"later", "no longer"), both about the future or both not.  Arguments must
not differ where both sentences give them, at least one must be the same,
and when each sentence names someone the other does not, the two may be
about different things.  A conflict is dropped when the other sentence also
makes the agreeing claim ("acquitted of murder but convicted of
manslaughter").

Pure standard library; the vocabulary is data: the predicates in ``claimcheck/data/predicates.json``,
the grammar words in ``claimcheck/data/grammar.json``, month and weekday names from the lexicon.

The package has one module per concern: ``tables`` (the vocabulary, read from
data), ``tokens`` (tokens and lemmas), ``args`` (arguments and whether two are one
thing), ``claims`` (a clause's claim and its roles), ``clauses`` (verb groups and
clause segmentation), ``frames`` (credits), ``reader`` (``read_claims``) and
``rules`` (the four rules, ``compare_claims`` and ``contradiction``).
"""

from __future__ import annotations

from .args import Arg, clearly_different, relation
from .claims import Claim
from .reader import explain, read_claims
from .rules import RULE_WORDS, RULES, Conflict, compare_claims, contradiction
from .tables import DATA, GRAMMAR, Group, Vocabulary, vocabulary
from .tokens import Token, lemmas, tokenize

__all__ = [
    "Arg", "Claim", "Conflict", "DATA", "GRAMMAR", "Group", "RULE_WORDS", "RULES", "Token", "Vocabulary", "clearly_different",
    "compare_claims", "contradiction", "explain", "lemmas", "read_claims", "relation", "tokenize", "vocabulary",
]
