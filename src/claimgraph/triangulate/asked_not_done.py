"""A thing asked for is not a thing done: a "fact" told inside a request or as a possibility.

"The president asked his ally to deploy the missiles in his country", "Минск попросил разместить
комплексы", "before deploying the systems, several issues must be solved", "комплекс можно будет
разместить во второй половине года": a claim read from such a sentence as a fact (the missiles are
in the country) tells a request, a wish, a condition or a possibility, not an act done. Set
against another report's plan it is no disagreement on the modality: both reports tell the act as
still to come. A fact side disagrees on the modality only where some of its sentences tell the
thing without asking for it, wishing it, setting a condition for it or calling it possible.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from claimgraph.model import Claim

#: Words that put what follows as asked for, wished or still to be done, in several languages.
ASKED = re.compile(
    r"\b(?:ask|asks|asked|asking|request|requests|requested|urge|urges|urged|call(?:s|ed)? on|want|wants|wanted|"
    r"hope|hopes|hoped|wish|wishes|wished|before|necessary|proposal|proposed|propose)\b"
    r"|(?<!\w)(?:попрос\w*|просил\w*|просит\w*|призв\w*|призыва\w*|хоч\w*|хочет|хотел\w*|прежде чем|перед тем как|"
    r"необходимо|попрос\w*|просив\w*|закликав\w*|закликал\w*|хоче\w*|перш ніж|потрібно|"
    r"poprosi\w*|prosi\w*|wezwa\w*|bat|bittet|forderte?)(?!\w)"
    # a possibility or a future: "could be deployed", "можно будет разместить", "зможуть розмістити"
    r"|\b(?:could|might|would|will|can)\b|(?<!\w)(?:можно будет|может быть|могут быть|будет|будут|сможет|смогут|"
    r"можна буде|може бути|буде|будуть|зможе|зможуть|będzie|będą|może|mogą|könnte|könnten|wird|werden)(?!\w)",
    re.IGNORECASE)


def told_as_done(claims: Iterable[Claim], sentences: Mapping[str, str]) -> bool:
    """Whether some fact among ``claims`` is told in a sentence that does not ask for it (claims
    whose sentence is unknown count as told)."""
    facts = [c for c in claims if c.modality == "fact"]
    return not facts or any(c.id not in sentences or not ASKED.search(sentences[c.id]) for c in facts)
