"""Country names and codes as entity resolution reads them: any language, any case, nationality
words, the packaged abbreviations ("РБ", "РФ")."""
from __future__ import annotations

import functools

from claimgraph.resolve.names import nominative, parts, tokens

#: Countries the word table names as concepts ("Белоруссия", "белорусский" → BY)
COUNTRY_CONCEPTS = frozenset({"RU", "BY", "US", "CN"})


def country_code(name: str) -> str | None:
    """The ISO code of a country name in any language FtM knows ("Китай", "PRC" → "cn"), in any
    case ("Злучаных Штатаў"), or of a nationality word ("иранских", "Ukrainian" → "ir", "ua")."""
    from followthemoney.types import registry

    from claimgraph.nlp.countries import nationality_code, territory_code

    code = territory_code(name) or registry.country.clean(name) or registry.country.clean(nominative(name))
    if code:
        return code
    code = nationality_code(name.strip())
    if code:
        return code
    code = _country_names().get(" ".join(name.casefold().split()))  # "РБ", "РФ"
    if code:
        return code
    words = parts(name, "Location").words  # "Белоруссия", "белорусский" → the BY concept
    if len(words) == 1 and words[0] in COUNTRY_CONCEPTS:
        return words[0].lower()
    # "Исламская Республика Иран": the one word that names a country on its own
    codes = {registry.country.clean(nominative(t)) for t in tokens(name) if len(t) > 3} - {None}
    return codes.pop() if len(codes) == 1 else None


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Casefolded country names and abbreviations of the packaged table → ISO code."""
    from importlib import resources

    table: dict[str, str] = {}
    text = resources.files("claimgraph.data").joinpath("countries.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, _, names = line.partition("\t")
            for n in names.split("|"):
                table.setdefault(" ".join(n.casefold().split()), code.strip().lower())
    return table


def country_word(word: str) -> bool:
    """A country's name in the packaged table or the word table ("Belarus", "Беларуси")."""
    if word.casefold() in _country_names():
        return True
    words = parts(word, "Location").words
    return len(words) == 1 and words[0] in COUNTRY_CONCEPTS
