"""The component registry: versioned names, built-ins registered like extensions."""
from __future__ import annotations

from claimgraph.nlp.registry import DEFAULT_PIPELINE, Registry, registry

REGISTERED = [
    "claimgraph.citations.v1",
    "claimgraph.claims.v1",
    "claimgraph.dates.v1",
    "claimgraph.events.v1",
    "claimgraph.furniture.v1",
    "claimgraph.gazetteer.v1",
    "claimgraph.linking.v1",
    "claimgraph.ner.v1",
    "claimgraph.parse.v1",
    "claimgraph.quantities.v1",
]


def test_registry_names_snapshot() -> None:
    """The built-in names (a user's installed plug-ins add their own beside them)."""
    assert [n for n in registry.names() if n.startswith("claimgraph.")] == REGISTERED


def test_registry_default_pipeline_uses_registered_names() -> None:
    assert set(DEFAULT_PIPELINE) <= set(registry.names())


def test_registry_register_replaces_a_builtin() -> None:
    class Replacement:
        name = "claimgraph.ner.v1"
        requires = ("sentences",)
        assigns = ("mentions",)

    local = Registry()
    local.register("claimgraph.ner.v1", Replacement)
    assert local.get("claimgraph.ner.v1") is Replacement
    assert "claimgraph.parse.v1" in local.names()


def test_registry_imports_builtins_lazily() -> None:
    from claimgraph.nlp.parse import ParseComponent

    assert Registry().get("claimgraph.parse.v1") is ParseComponent


def test_registry_reads_entry_points_of_installed_packages(tmp_path, monkeypatch) -> None:
    """A package declaring ``claimgraph.components`` entry points adds or replaces components."""
    dist = tmp_path / "acme_sectors-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-sectors\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text(
        "[claimgraph.components]\nacme.sectors.v1 = acme_sectors:Sectors\n")
    (tmp_path / "acme_sectors.py").write_text(
        "class Sectors:\n    name = 'acme.sectors.v1'\n    requires = ('mentions',)\n    assigns = ('meta',)\n"
        "    def __call__(self, doc):\n        return doc\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    local = Registry()
    assert "acme.sectors.v1" in local.names()
    assert local.get("acme.sectors.v1").__name__ == "Sectors"
