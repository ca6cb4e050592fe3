"""Product names: one family across scripts and translations, each variant its own entity."""
from __future__ import annotations

import pytest

from claimgraph.resolve import link_families
from claimgraph.resolve.cluster import MentionInput, build_entity, build_groups, cluster_groups
from claimgraph.resolve.products import designation


@pytest.mark.parametrize("name, family, variant", [
    ("Harpy", "garp", ""), ("Garpiya", "garp", ""), ("Гарпия", "garp", ""), ("Гарпии", "garp", ""),
    ("Гарпія-3", "garp", "3"), ("Harpy-3", "garp", "3"), ("Garpia-A1", "garp", "a1"),
    ("Гарпия-А1", "garp", "a1"),  # a Cyrillic А in the variant
    ("Geran2", "geran", "2"), ("Geran-2 drone", "geran", "2"), ("Гераней-2", "geran", "2"),
    ("Garpiyas", "garp", ""), ("Shaheds", "sgaged", ""),  # English plurals of the family
])
def test_designations_read_as_family_and_variant(name: str, family: str, variant: str) -> None:
    d = designation(name)
    assert d is not None and (d.family, d.variant) == (family, variant)


@pytest.mark.parametrize("name", ["ZALA Lancet", "Kh-101", "S-400", "123"])
def test_names_that_are_no_single_designation_are_left_to_name_keys(name: str) -> None:
    assert designation(name) is None


def test_variants_stay_apart_and_link_to_their_family() -> None:
    names = ["Garpiya", "Harpy", "Гарпия", "Гарпия-3", "Гарпія-3", "Harpy-3", "Garpia-A1", "Гарпия-А1"]
    mentions = [MentionInput(f"m{i}", f"d{i}", n, "Product") for i, n in enumerate(names)]
    groups = build_groups(mentions)
    entities = [build_entity(f"e{n}", [groups[i] for i in members])
                for n, members in enumerate(cluster_groups(groups).clusters)]
    link_families(entities)
    by_names = {frozenset(n.name for n in e.names): e for e in entities}
    family = by_names[frozenset({"Garpiya", "Harpy", "Гарпия"})]
    model_3 = by_names[frozenset({"Гарпия-3", "Гарпія-3", "Harpy-3"})]
    model_a1 = by_names[frozenset({"Garpia-A1", "Гарпия-А1"})]
    assert len(entities) == 3
    assert model_3.properties["family_entity"] == [family.id]
    assert model_a1.properties["family_entity"] == [family.id]
    assert "family_entity" not in family.properties
    assert family.properties["family"] == model_3.properties["family"] == ["garp"]
