"""Questions put to a speaker: a clause asked about asserts nothing.

"Asked if Russia had used Iranian drones, the spokesman said …", "said when asked whether Russia was
using …", "на вопрос, поставляет ли Иран дроны, министр ответил …": the clause is the question, and
what the speaker says in reply is told by the rest of the sentence. No claim is read from it.
"""
from __future__ import annotations

from claimgraph.nlp.claims.sentence import _ancestors, _kids, _lemma, _Sent

#: Verbs and nouns of asking: their "if"/"whether" clause is a question.
ASKING = frozenset({"ask", "question", "wonder", "inquire", "enquire", "спросить", "спрашивать", "вопрос",
                    "поинтересоваться", "интересоваться", "запитати", "запитувати", "питання"})
#: Words that open an indirect question ("whether", "if", the Russian particle "ли").
QUESTION_MARKS = frozenset({"if", "whether", "ли", "чи"})
MAX_DEPTH = 3  # how far up the parse the question's clause is looked for


def asked(sx: _Sent, v: int) -> bool:
    """Whether the clause at ``v`` is a question put to someone ("asked whether Russia used …")."""
    toks = sx.sent.tokens
    for a in [v, *_ancestors(sx, v, MAX_DEPTH)]:
        h = toks[a].head
        if h == a or not 0 <= h < len(toks) or _lemma(toks[h]) not in ASKING:
            continue
        if any(_lemma(toks[c]) in QUESTION_MARKS for c in _kids(sx, a, "mark", "advmod", "discourse")):
            return True
    return False
