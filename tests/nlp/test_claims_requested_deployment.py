"""A deployment one party asks another for is the asker's proposal: located_in with modality offer,
attributed to the asker; a weapon named by quotation marks or "such systems as X" is deployed too."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.model import Claim
from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.quantities import QuantityComponent


def _located(analyse: Callable[[str, str], AnalyzedDoc], text: str, lang: str) -> list[Claim]:
    doc = analyse(text, lang)
    doc.published = "2025-05-16"
    return [c for c in find_claims(QuantityComponent()(DateComponent()(doc))) if c.predicate == "located_in"]


def test_asking_to_deploy_a_quoted_weapon_is_an_offer(analyse) -> None:
    text = "Президент Армении Ваган Петросян попросил российского министра разместить «Тополь» в Армении."
    found = _located(analyse, text, "ru")
    assert [(c.subject, c.object, c.modality) for c in found] == [("Тополь", "Армения", "offer")]
    assert found[0].attributed_to == "Ваган Петросян"


def test_asking_to_deploy_on_a_country_s_territory(analyse) -> None:
    text = ("Kazakhstan wants more weapons. The Kazakh president, Arman Tokayev, asked the Russian minister to "
            "deploy the Topol missile system on Kazakh territory.")
    found = _located(analyse, text, "en")
    assert ("Topol", "Kazakhstan", "offer") in {(c.subject, c.object, c.modality) for c in found}


def test_such_systems_as_a_named_one(analyse) -> None:
    text = "He said the deployment of such systems as Topol on the territory of Armenia is possible."
    assert ("Topol", "Armenia") in {(c.subject, c.object) for c in _located(analyse, text, "en")}


def test_a_quoted_name_that_is_not_deployed_stays_put(analyse) -> None:
    text = "Министр разместил заказ на «Тополь» в Армении."
    assert _located(analyse, text, "ru") == []


def test_the_subject_of_a_possible_deployment_is_deployed(analyse) -> None:
    text = "Министр ответил, что комплекс «Тополь» можно будет разместить в Армении в следующем году."
    assert [(c.subject, c.object) for c in _located(analyse, text, "ru")] == [("Тополь", "Армения")]


def test_what_must_be_settled_before_deploying_is_a_plan(analyse) -> None:
    text = "Several technical issues must be settled before deploying the Topol missile systems in Armenia."
    assert {(c.subject, c.object, c.modality) for c in _located(analyse, text, "en")} == {("Topol", "Armenia", "plan")}
