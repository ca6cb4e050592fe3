"""Claims from the dependency parse: who does what to whom, with values, time, modality and source.

Rules read Universal Dependencies relations (both parsers fill them) and the lemma tables in
:mod:`claimgraph.nlp.lexicon`, never fixed strings of a report:

- a predicate verb ("supply", "поставлять") gives the predicate; its ``nsubj`` (and conjuncts:
  "Russia and Belarus agreed") the subject; its object, indirect object or a prepositional
  dependent the object, by predicate ("supplied X to Y", "met Y", "cooperate with Y");
  passives swap roles ("Y was blacklisted by X" → Y sanctioned_by X);
- "offering Belarus to build a factory" is an offer whose host is the offer's object;
- "X, deputy head of Y" / "governor of Y X" / "Y chairman X" give holds_role with the title;
- a facility or company with an "in <place>" dependent gives located_in;
- the modality comes from the verb and what governs it: denial ("denied", "never", "не"),
  offer, plan ("will", "plans", "намерен", future tense), claim (reported or hedged), else fact;
- the speaker is the subject of a speech verb governing the predicate ("said", "заявил"), or the
  name after "according to" / "по словам"; "he"/"it"/"the company" resolve to the last fitting name;
- values come from the quantities of the sentence, the time from its closest date.

The rules live by predicate family, one module each over the shared sentence module
(:mod:`.sentence`, :mod:`.arguments`, :mod:`.attribution`, :mod:`.build`): :mod:`.roles`, :mod:`.aides`,
:mod:`.production`, :mod:`.supply`, :mod:`.place`, :mod:`.offers`, :mod:`.sanctions`,
:mod:`.meetings`, :mod:`.addresses`, :mod:`.quantities`, :mod:`.plants`, :mod:`.sanction_nouns`, :mod:`.sanction_counts`,
:mod:`.deployment`, :mod:`.based_in`, :mod:`.owned_output`, :mod:`.earlier_output`, :mod:`.maker_appositions` (a maker described beside its name, each model over :mod:`.named_models`), :mod:`.receipts` (supplies told from the receiving end, over :mod:`.goods`), :mod:`.goods_use` (supplies told as the use of foreign goods), :mod:`.loading` (goods loaded onto a ship), :mod:`.approvals` (deliveries a party says it never approved), :mod:`.own_goods` (a foreign supply denied by saying home-made goods are used), :mod:`.military_aid` (military aid rendered), :mod:`.made_available` (goods made available), :mod:`.sold_output` (a maker's output sold to a buyer), :mod:`.ordered_output` (output someone orders made) and
:mod:`.visits` (a capital named by its state, :mod:`.capitals`; a person's presence told with the copula, :mod:`.presence`); :mod:`.stances` reads supplies a party denies, admits or calls false (never one it neither confirms nor denies, :mod:`.noncommittal`), :mod:`.own_denials` a party saying it supplies no one, :mod:`.condemned` a state condemned for a supply, :mod:`.troops` troops sent to a state or to help it, :mod:`.training` a state training another's forces, :mod:`.ties` good ties and alliances, :mod:`.rebuttals` an accusation told inside its rebuttal, :mod:`.evidence` a supply someone's information shows, :mod:`.accused_supplies` a supply a party is accused of, :mod:`.rejected_accusations` a supply told as a charge its accused rejects or answers, :mod:`.arms_deals` arms deals between two states, :mod:`.signed_pacts` pacts two states' leaders sign, :mod:`.ukrainian_supplies` Ukrainian supplies read off word order where the parse breaks, :mod:`.help_by_supply` a supply told as the way one party helps another; :mod:`.statements` the figures and denials a state's voice states that no other predicate holds (its speakers from :mod:`.voices`, those of long quotations from :mod:`.quotations`, Telegram channels from :mod:`.channels`, a speaker named after the figure from :mod:`.pointed_back`; counts of people harmed from :mod:`.casualties`, the grounds of a protest from :mod:`.protests`), :mod:`.disavowals` a disavowed intention to supply. Around them: :mod:`.relatives` (a title describing a relative gives no post), :mod:`.media_parties` (a news medium is no party to a meeting), :mod:`.self_supplies` (no party supplies its own country), :mod:`.demonyms` (a Russian demonym subject named as its country) and :mod:`.repeated_titles` (a headline the page repeats gives no claims). A new predicate is one new module with its ``VERB_RULES`` (a verb's predicate → its
rule) or a sentence rule, listed here.
"""
from __future__ import annotations

import bisect

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims import meetings, offers, place, production, sanctions, supply
from claimgraph.nlp.claims.accused_supplies import accused_supply_claims
from claimgraph.nlp.claims.rejected_accusations import rejected_accusation_claims
from claimgraph.nlp.claims.addresses import address_claims
from claimgraph.nlp.claims.arms_deals import arms_deal_claims
from claimgraph.nlp.claims.aides import aide_claims
from claimgraph.nlp.claims.arguments import _entity, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.guards import plausible
from claimgraph.nlp.claims.help_by_supply import helped_supply_claims
from claimgraph.nlp.claims.housing import housing_claims
from claimgraph.nlp.claims.build import EXTRACTOR, _value, _Verb, sharpest
from claimgraph.nlp.claims.based_in import based_in_claims
from claimgraph.nlp.claims.company_homes import company_home_claims
from claimgraph.nlp.claims.condemned import condemned_supplies
from claimgraph.nlp.claims.coordinated_targets import coordinated_targets
from claimgraph.nlp.claims.counterparts import counterpart_posts
from claimgraph.nlp.claims.deployment import deployment_claims
from claimgraph.nlp.claims.disavowals import disavowal_claims
from claimgraph.nlp.claims.demonyms import countries_for_demonyms
from claimgraph.nlp.claims.earlier_output import earlier_output_claims
from claimgraph.nlp.claims.evidence import sourced_by_evidence
from claimgraph.nlp.claims.export_cases import export_case_claims
from claimgraph.nlp.claims.media_parties import without_media_parties
from claimgraph.nlp.claims.meetings import _noun_claims, _together_claims
from claimgraph.nlp.claims.named_sites import named_site_claims
from claimgraph.nlp.claims.names import country_names, full_name, fullest_names, name_of, owners
from claimgraph.nlp.claims.offers import _ready_claims
from claimgraph.nlp.claims.offer_nouns import offer_noun_claims
from claimgraph.nlp.claims.ordered_output import ordered_output_claims
from claimgraph.nlp.claims.own_denials import answered_recipients, own_denials
from claimgraph.nlp.claims.owned_output import maker_beside_claims, owned_output_claims
from claimgraph.nlp.claims.place import _location_claims
from claimgraph.nlp.claims.built_sites import built_site_claims
from claimgraph.nlp.claims.plants import plan_to_build_claims, plant_capacity_claims
from claimgraph.nlp.claims.production import _maker_claims, _production_noun_claims
from claimgraph.nlp.claims.quantities import _output_claims
from claimgraph.nlp.claims.goods_plants import goods_plant_claims
from claimgraph.nlp.claims.goods_use import use_noun_claims, used_goods_claims
from claimgraph.nlp.claims.listed_targets import listed_target_claims
from claimgraph.nlp.claims.loading import loading_claims
from claimgraph.nlp.claims.maker_appositions import maker_apposition_claims
from claimgraph.nlp.claims.approvals import approval_denials
from claimgraph.nlp.claims.own_goods import own_goods_denials, remember_foreign_goods
from claimgraph.nlp.claims.military_aid import military_aid_claims
from claimgraph.nlp.claims.made_available import made_available_claims
from claimgraph.nlp.claims.receipts import held_goods_claims, receipt_claims
from claimgraph.nlp.claims.presence import presence_claims
from claimgraph.nlp.claims.pronoun_speakers import pronoun_speakers
from claimgraph.nlp.claims.rebuttals import rebutted_accusations
from claimgraph.nlp.claims.repeated_titles import inside, repeated_title_spans
from claimgraph.nlp.claims.said_after import said_after
from claimgraph.nlp.claims.self_supplies import without_self_supplies
from claimgraph.nlp.claims.set_up_production import set_up_production_claims
from claimgraph.nlp.claims.signed_pacts import signed_pact_claims
from claimgraph.nlp.claims.sold_output import sold_output_claims
from claimgraph.nlp.claims.specialists import specialist_claims
from claimgraph.nlp.claims.statements import stated_claims
from claimgraph.nlp.claims.stances import accusation_denials, ignorance_claims, remember_supplies, stance_claims
from claimgraph.nlp.claims.roles import _on_behalf, _role_claims, leaders_for_states
from claimgraph.nlp.claims.sanction_counts import counted_over_bare
from claimgraph.nlp.claims.sanctioned_groups import sanctioned_group_claims
from claimgraph.nlp.claims.sanction_members import sanction_member_claims
from claimgraph.nlp.claims.sanction_nouns import sanction_noun_claims
from claimgraph.nlp.claims.sanction_targets import sanction_target_claims
from claimgraph.nlp.claims.sanctions import _list_claims
from claimgraph.nlp.claims.sentence import (
    _Context,
    _kids,
    _lemma,
    _predicative,
    _roots,
    _Sent,
    _sentence,
    _token_at,
)
from claimgraph.nlp.claims.supply import _buyer_claims, _supply_noun_claims
from claimgraph.nlp.claims.ukrainian_pairs import ukrainian_pair_claims
from claimgraph.nlp.claims.ukrainian_supplies import ukrainian_supply_claims
from claimgraph.nlp.claims.titles import title_claims
from claimgraph.nlp.claims.ties import ties_claims
from claimgraph.nlp.claims.training import training_claims
from claimgraph.nlp.claims.troops import troop_move_claims
from claimgraph.nlp.claims.visits import visit_claims
from claimgraph.nlp.claims.words import _MEASURES
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.lexicon import PREDICATE_NOUNS, PREDICATE_VERBS

VALUE_LABELS = frozenset({"Date", "Quantity", "Money"})
_RUSSIAN_MODELS = frozenset({"ru", "uk", "be"})


def find_claims(doc: AnalyzedDoc) -> list[Claim]:
    """Claims for every parsed sentence of ``doc``."""
    # Ukrainian and Belarusian go through the Russian models, whose lemmas the Russian word lists match
    lang = "ru" if (doc.lang or "")[:2] in _RUSSIAN_MODELS else "en"
    ents = sorted((m for m in doc.mentions if m.label not in VALUE_LABELS), key=lambda m: (m.start, -m.end))
    ctx = _Context(doc, lang, ents, [m.start for m in ents], owners(doc.text, ents))
    ctx.fullest = fullest_names(ents)
    ctx.by_id = {m.id: m for m in ents}
    quantities = sorted(doc.quantities, key=lambda q: q.start or 0)
    qstarts = [q.start or 0 for q in quantities]
    dates = sorted(doc.dates, key=lambda d: d.start)
    dstarts = [d.start for d in dates]
    out: dict[str, Claim] = {}
    titles = repeated_title_spans(doc.text)
    for sent in doc.sentences:
        if not sent.tokens or len(sent.tokens) > 400:
            continue  # a "sentence" this long is a table or garbage: no reliable parse
        if titles and inside(titles, sent.start, sent.end):
            continue  # a headline the page repeats is furniture
        if any(not 0 <= t.head < len(sent.tokens) for t in sent.tokens):
            continue  # heads outside the sentence never left a checked parser: an unparsed sentence
        sx = _sentence(ctx, sent)
        lo, hi = bisect.bisect_left(qstarts, sent.start), bisect.bisect_left(qstarts, sent.end)
        sx.figures = quantities[lo:hi]
        sx.quantities = [q for q in sx.figures if q.unit not in _MEASURES]
        lo, hi = bisect.bisect_left(dstarts, sent.start), bisect.bisect_left(dstarts, sent.end)
        sx.dates = [(_token_at(sent, d.start), d.time) for d in dates[lo:hi] if d.time.start]
        ctx.counterparts.update(counterpart_posts(ctx, sx))
        found = [c for c in _sentence_claims(ctx, sx) + _list_claims(ctx, sx) if plausible(c, ctx.by_id)]
        for claim in found:
            out.setdefault(claim.id, claim)
        _remember(ctx, sx, found)
        remember_supplies(ctx, found)
        remember_foreign_goods(ctx, sx)
        ctx.sentence_index += 1
        ctx.previous_start = sent.start
    found = said_after(ctx, leaders_for_states(answered_recipients(ctx, list(out.values())), ctx.by_id,
                                               ctx.counterparts))
    return _posts_once(pronoun_speakers(ctx, countries_for_demonyms(ctx, found)), ctx.by_id)


def _posts_once(claims: list[Claim], by_id: dict[str, Mention]) -> list[Claim]:
    """A person's post is one fact of a report: its first statement stands for the repeats
    ("Russian President Vladimir Putin" in every paragraph, "North Korea" or "the DPRK")."""
    seen: set[tuple[str, str | None]] = set()
    out = []
    for c in claims:
        if c.predicate == "holds_role":
            body = by_id.get(c.object_mention or "")
            key = (c.subject, body.local_entity if body is not None and body.local_entity else c.object)
            if key in seen:
                continue
            seen.add(key)
        out.append(c)
    return out


def _remember(ctx: _Context, sx: _Sent, found: list[Claim]) -> None:
    """Keep what later sentences refer back to: people's posts and the parties of a meeting."""
    by_id = ctx.by_id
    for c in found:
        if c.predicate == "holds_role" and c.object_mention in by_id:
            ctx.stands_for[c.subject_mention] = by_id[c.object_mention]
    body = next((by_id[c.object_mention] for c in found if c.predicate == "sanctioned_by" and c.object_mention in by_id), None)
    if body is not None and body.label in ("PublicBody", "Country", "Organization"):
        ctx.sanctioner = body  # whose sanctions the next sentences tell of ("The new sanctions also target …")
    for c in found:
        if c.predicate == "supplies_to" and c.object_mention in by_id:
            ctx.last_recipient = (ctx.sentence_index, by_id[c.object_mention])
    for c in found:
        if c.predicate in ("met_with", "cooperates_with") and c.subject_mention in by_id and c.object_mention in by_id:
            a, b = (ctx.stands_for.get(x, by_id[x]) for x in (c.subject_mention, c.object_mention))
            ctx.pair = (ctx.sentence_index, a, b)
            break
    # the subjects of the main clauses: what "it" and "она" of the next sentence most likely are
    toks = sx.sent.tokens
    ctx.last_subjects = []
    for r in _roots(sx):
        for c in _kids(sx, r, "nsubj", "nsubj:pass"):
            m = sx.token_mention[c] or (_entity(ctx, sx, c) if toks[c].pos != "PRON" else None)
            if m is not None:
                ctx.last_subjects.append((m, toks[c].feats))


def _sentence_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    claims: list[Claim] = []
    toks = sx.sent.tokens
    roles = _role_claims(ctx, sx)
    roles += title_claims(ctx, sx, {c.subject_mention or "" for c in roles})
    roles += aide_claims(ctx, sx, {c.subject_mention or "" for c in roles})
    sx.posts = {c.subject_mention: ctx.by_id[c.object_mention] for c in roles
                if c.subject_mention and c.object_mention in ctx.by_id}
    verbs = PREDICATE_VERBS[ctx.lang]
    for v, tok in enumerate(toks):
        lemma = sx.lemmas[v]
        predicate = verbs.get(lemma) if tok.pos in ("VERB", "ADJ", "AUX") or tok.dep == "root" else None
        if predicate is None:
            continue
        claims.extend(_verb_claims(ctx, sx, v, predicate))
    nouns = PREDICATE_NOUNS[ctx.lang]
    for n, tok in enumerate(toks):
        predicate = nouns.get(sx.lemmas[n]) if tok.pos == "NOUN" else None
        if predicate in ("met_with", "cooperates_with"):
            claims.extend(_noun_claims(ctx, sx, n, predicate))
    claims.extend(_ready_claims(ctx, sx))
    claims.extend(offer_noun_claims(ctx, sx))
    claims.extend(_buyer_claims(ctx, sx))
    claims.extend(_together_claims(ctx, sx))
    claims.extend(address_claims(ctx, sx))
    claims.extend(specialist_claims(ctx, sx))
    claims.extend(_supply_noun_claims(ctx, sx))
    claims.extend(accused_supply_claims(ctx, sx))
    claims.extend(rejected_accusation_claims(ctx, sx))
    claims.extend(arms_deal_claims(ctx, sx))
    claims.extend(condemned_supplies(ctx, sx))
    claims.extend(troop_move_claims(ctx, sx))
    claims.extend(training_claims(ctx, sx))
    claims.extend(ties_claims(ctx, sx))
    claims.extend(receipt_claims(ctx, sx))
    claims.extend(held_goods_claims(ctx, sx))
    claims.extend(used_goods_claims(ctx, sx))
    claims.extend(use_noun_claims(ctx, sx))
    claims.extend(loading_claims(ctx, sx))
    claims.extend(approval_denials(ctx, sx))
    claims.extend(own_goods_denials(ctx, sx))
    claims.extend(military_aid_claims(ctx, sx))
    claims.extend(made_available_claims(ctx, sx))
    claims.extend(sold_output_claims(ctx, sx))
    claims.extend(_maker_claims(ctx, sx))
    claims.extend(maker_apposition_claims(ctx, sx))
    claims.extend(_production_noun_claims(ctx, sx))
    claims.extend(ordered_output_claims(ctx, sx))
    claims.extend(set_up_production_claims(ctx, sx, claims))
    claims.extend(owned_output_claims(ctx, sx))
    claims.extend(maker_beside_claims(ctx, sx))
    claims.extend(plan_to_build_claims(ctx, sx))
    claims.extend(sanction_noun_claims(ctx, sx))
    claims.extend(sanction_target_claims(ctx, sx))
    claims.extend(sanction_member_claims(ctx, sx))
    claims.extend(listed_target_claims(ctx, sx, claims))
    claims.extend(sanctioned_group_claims(ctx, sx, claims))
    claims = coordinated_targets(ctx, sx, claims)
    claims.extend(export_case_claims(ctx, sx))
    claims.extend(ukrainian_supply_claims(ctx, sx, claims))
    claims.extend(helped_supply_claims(ctx, sx, claims))
    claims = signed_pact_claims(ctx, sx, claims)
    claims.extend(ukrainian_pair_claims(ctx, sx, claims))
    if not any(c.predicate == "visited" for c in claims):
        claims.extend(visit_claims(ctx, sx) or presence_claims(ctx, sx))
    offered = next((c.modality for c in claims if c.predicate == "offers_to_build"), None)
    plant = plant_capacity_claims(ctx, sx, offered)
    if not any(c.predicate in ("capacity", "produces", "plans_to_produce") for c in claims):
        claims.extend(plant)
    elif plant:  # a plant's capacity measures the plant, not whoever the verb of making has for subject
        replaced = {c.value for c in claims if c.predicate == "capacity"} & {c.value for c in plant}
        claims = [c for c in claims if not (c.predicate == "capacity" and c.value in replaced)]
        claims.extend(c for c in plant if c.value in replaced)
    if not any(c.predicate == "capacity" for c in claims):
        claims.extend(housing_claims(ctx, sx))
    if not any(c.predicate in ("produces", "plans_to_produce", "capacity", "offers_to_build", "supplies_to")
               for c in claims):
        claims.extend(_output_claims(ctx, sx))
    claims.extend(earlier_output_claims(ctx, sx, claims))
    claims.extend(goods_plant_claims(ctx, sx, claims))
    claims = _on_behalf(ctx, sx, claims, roles)
    claims.extend(roles)
    claims.extend(_location_claims(ctx, sx))
    claims.extend(based_in_claims(ctx, sx))
    claims.extend(company_home_claims(ctx, sx))
    claims.extend(named_site_claims(ctx, sx, claims))
    placed = {(c.subject, c.object) for c in claims if c.predicate == "located_in"}
    claims.extend(c for c in built_site_claims(ctx, sx) if (c.subject, c.object) not in placed)
    claims.extend(deployment_claims(ctx, sx))
    stated = stance_claims(ctx, sx) + ignorance_claims(ctx, sx)  # the speaker's stance reads the supply closer
    claims = [c for c in claims if c.id not in {s.id for s in stated}] + stated
    claims = own_denials(ctx, sx, claims)
    claims.extend(accusation_denials(ctx, sx, claims))
    claims = rebutted_accusations(ctx, sx, claims)
    claims = sourced_by_evidence(ctx, sx, claims)
    claims = without_self_supplies(ctx, sx, without_media_parties(ctx, sx, counted_over_bare(claims)))
    return claims + stated_claims(ctx, sx, claims) + disavowal_claims(ctx, sx)


def _verb_claims(ctx: _Context, sx: _Sent, v: int, predicate: str) -> list[Claim]:
    rule = _VERB_RULES.get(predicate)
    if rule is None or _predicative(sx, v):
        return []
    subjects, passive = _subjects(ctx, sx, v)
    speaker, denied = _speaker(ctx, sx, v)
    return rule(ctx, sx, _Verb(v, predicate, _lemma(sx.sent.tokens[v]), subjects, passive, _value(sx, v), speaker, denied))


#: predicate of a verb → the rule of its family that reads the verb
_VERB_RULES = {**sanctions.VERB_RULES, **offers.VERB_RULES, **production.VERB_RULES, **supply.VERB_RULES,
               **meetings.VERB_RULES, **place.VERB_RULES}


class ClaimComponent:
    """Fills ``doc.claims`` from the parse, the mentions, the quantities and the dates."""

    name = "claimgraph.claims.v1"
    requires: tuple[str, ...] = ("sentences", "mentions", "dates", "quantities")
    assigns: tuple[str, ...] = ("claims",)

    def __call__(self, doc: AnalyzedDoc) -> AnalyzedDoc:
        doc.claims = find_claims(doc)
        return doc


__all__ = ["EXTRACTOR", "ClaimComponent", "country_names", "find_claims", "full_name", "fullest_names", "name_of",
           "owners", "sharpest"]
