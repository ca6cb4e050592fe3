"""Versioned schema migrations shared by every backend (portable SQL only).

Span columns are ``start_char`` / ``end_char`` (``end`` is a reserved word); JSON values are
stored as TEXT. Append a migration, never edit a released one.
"""
from __future__ import annotations

MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (1, "initial schema", [
        """CREATE TABLE documents (
            id TEXT PRIMARY KEY, title TEXT, author TEXT, published TEXT, lang TEXT, format TEXT,
            text TEXT NOT NULL, ingested_at TEXT, meta TEXT, retracted BOOLEAN DEFAULT FALSE,
            extracted_version TEXT, extracted_at TEXT)""",
        """CREATE TABLE sightings (
            id TEXT PRIMARY KEY, document_id TEXT NOT NULL, outlet TEXT, url TEXT, path TEXT,
            published TEXT, title TEXT, channel TEXT, message_id TEXT, forwarded_from TEXT,
            format TEXT, seen_at TEXT)""",
        "CREATE INDEX sightings_document ON sightings (document_id)",
        """CREATE TABLE ingest_errors (
            id TEXT PRIMARY KEY, source TEXT NOT NULL, reason TEXT NOT NULL, failed_at TEXT, stage TEXT)""",
        """CREATE TABLE sources (
            source TEXT PRIMARY KEY, fingerprint TEXT, documents INTEGER, seen_at TEXT)""",
        """CREATE TABLE citations (
            id TEXT PRIMARY KEY, document_id TEXT NOT NULL, kind TEXT NOT NULL, source TEXT,
            target_document_id TEXT, start_char INTEGER, end_char INTEGER, similarity DOUBLE PRECISION)""",
        "CREATE INDEX citations_document ON citations (document_id)",
        """CREATE TABLE mentions (
            id TEXT PRIMARY KEY, document_id TEXT NOT NULL, start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL, text TEXT NOT NULL, label TEXT NOT NULL, sent_start INTEGER,
            sent_end INTEGER, normalized TEXT, local_entity TEXT, canonical TEXT, extractor TEXT,
            version TEXT, entity_id TEXT)""",
        "CREATE INDEX mentions_document ON mentions (document_id)",
        "CREATE INDEX mentions_entity ON mentions (entity_id)",
        """CREATE TABLE claims (
            id TEXT PRIMARY KEY, document_id TEXT NOT NULL, subject TEXT NOT NULL,
            predicate TEXT NOT NULL, object TEXT, subject_mention TEXT, object_mention TEXT,
            value DOUBLE PRECISION, unit TEXT, qualifier TEXT, value_min DOUBLE PRECISION,
            value_max DOUBLE PRECISION, rate TEXT, time_start TEXT, time_end TEXT,
            time_precision TEXT, time_text TEXT, modality TEXT, attributed_to TEXT,
            confidence DOUBLE PRECISION, start_char INTEGER, end_char INTEGER, role TEXT,
            extractor TEXT, subject_entity TEXT, object_entity TEXT)""",
        "CREATE INDEX claims_document ON claims (document_id)",
        """CREATE TABLE events (
            id TEXT PRIMARY KEY, document_id TEXT NOT NULL, type TEXT NOT NULL, time_start TEXT,
            time_end TEXT, time_precision TEXT, time_text TEXT, place TEXT, participants TEXT,
            start_char INTEGER, end_char INTEGER, cluster_id TEXT)""",
        "CREATE INDEX events_document ON events (document_id)",
        """CREATE TABLE entities (
            id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, names TEXT,
            properties TEXT, mentions INTEGER)""",
        """CREATE TABLE entity_aliases (old_id TEXT PRIMARY KEY, entity_id TEXT NOT NULL)""",
        """CREATE TABLE judgments (
            id TEXT PRIMARY KEY, kind TEXT NOT NULL, target TEXT NOT NULL, args TEXT,
            made_by TEXT, made_at TEXT)""",
        """CREATE TABLE matches (
            id TEXT PRIMARY KEY, entity_id TEXT NOT NULL, list_name TEXT, list_version TEXT,
            list_entity_id TEXT, list_entity_name TEXT, list_entity_schema TEXT,
            score DOUBLE PRECISION, features TEXT)""",
        """CREATE TABLE lists (
            name TEXT NOT NULL, version TEXT NOT NULL, path TEXT, entities INTEGER, loaded_at TEXT,
            PRIMARY KEY (name, version))""",
        """CREATE TABLE outlets (
            name TEXT PRIMARY KEY, site TEXT, country TEXT, state_affiliated BOOLEAN,
            edited BOOLEAN DEFAULT FALSE)""",
    ]),
    (5, "triangulation: event clusters, main events, claim ledger", [
        """CREATE TABLE event_clusters (
            id TEXT PRIMARY KEY, type TEXT, time_start TEXT, time_end TEXT, time_precision TEXT,
            time_text TEXT, place TEXT, participants TEXT, documents TEXT, mentioned_in TEXT,
            events INTEGER, first_published TEXT, updated_at TEXT)""",
        """CREATE TABLE document_events (
            document_id TEXT PRIMARY KEY, event_id TEXT NOT NULL, cluster_id TEXT,
            synthetic BOOLEAN DEFAULT FALSE)""",
        """CREATE TABLE claim_ledger (
            claim_id TEXT PRIMARY KEY, variant_id TEXT NOT NULL, topic TEXT NOT NULL,
            contested BOOLEAN DEFAULT FALSE, reasons TEXT, origins INTEGER, state_origins INTEGER,
            outlets INTEGER, updated_at TEXT)""",
        "CREATE INDEX claim_ledger_variant ON claim_ledger (variant_id)",
    ]),
    (2, "ingest: MinHash signatures and LSH bands of documents, for copies across runs", [
        """CREATE TABLE minhash_signatures (
            document_id TEXT PRIMARY KEY, signature TEXT NOT NULL, num_perm INTEGER NOT NULL)""",
        """CREATE TABLE minhash_bands (
            band TEXT NOT NULL, document_id TEXT NOT NULL, PRIMARY KEY (band, document_id))""",
        "CREATE INDEX minhash_bands_band ON minhash_bands (band)",
    ]),
    (4, "resolve and xref: list entries and their block keys, claim judgments", [
        """CREATE TABLE list_entries (
            list_name TEXT NOT NULL, list_version TEXT NOT NULL, id TEXT NOT NULL,
            schema TEXT NOT NULL, name TEXT NOT NULL, names TEXT, properties TEXT,
            PRIMARY KEY (list_name, list_version, id))""",
        "ALTER TABLE claims ADD COLUMN judgment TEXT",
        "CREATE INDEX entity_aliases_entity ON entity_aliases (entity_id)",
        "CREATE INDEX matches_entity ON matches (entity_id)",
    ]),
    (7, "collection: page snapshots, feeds and their items, watches and alerts", [
        """CREATE TABLE snapshots (
            id TEXT PRIMARY KEY, url TEXT NOT NULL, final_url TEXT, status INTEGER, headers TEXT,
            body TEXT, body_bytes INTEGER, fetched_at TEXT, document_id TEXT)""",
        "CREATE INDEX snapshots_url ON snapshots (url)",
        """CREATE TABLE feeds (
            url TEXT PRIMARY KEY, title TEXT, etag TEXT, last_modified TEXT, added_at TEXT,
            polled_at TEXT, items INTEGER DEFAULT 0)""",
        """CREATE TABLE feed_items (
            id TEXT PRIMARY KEY, feed_url TEXT NOT NULL, guid TEXT, link TEXT, title TEXT,
            published TEXT, document_id TEXT, seen_at TEXT)""",
        """CREATE TABLE watches (
            id TEXT PRIMARY KEY, kind TEXT NOT NULL, value TEXT, entity_type TEXT, country TEXT,
            created_at TEXT, last_look TEXT)""",
        """CREATE TABLE alert_log (
            id TEXT PRIMARY KEY, watch_id TEXT NOT NULL, kind TEXT NOT NULL, item_id TEXT NOT NULL,
            summary TEXT, seen_at TEXT NOT NULL)""",
        "CREATE INDEX alert_log_seen ON alert_log (seen_at)",
    ]),
    (6, "web: full-text index bookkeeping, indexes for profile and ledger pages", [
        """CREATE TABLE search_index (
            name TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, built_at TEXT)""",
        "CREATE INDEX judgments_target ON judgments (target)",
        "CREATE INDEX claims_subject_entity ON claims (subject_entity)",
        "CREATE INDEX claims_object_entity ON claims (object_entity)",
    ]),
    (3, "extract: the analyst's gazetteer entries (and names fed from lists)", [
        """CREATE TABLE gazetteer (
            name TEXT NOT NULL, type TEXT NOT NULL, aliases TEXT, source TEXT, added_at TEXT,
            PRIMARY KEY (name, type))""",
    ]),
    (8, "web: indexes for the outlet filter and the documents that cite one", [
        "CREATE INDEX sightings_outlet ON sightings (outlet)",
        "CREATE INDEX citations_target ON citations (target_document_id)",
    ]),
    (9, "triangulate: each ledger row's disagreements by kind, with both sides", [
        "ALTER TABLE claim_ledger ADD COLUMN disagreements TEXT",
    ]),
    (10, "triangulate: each event's figures that reports give differently, with both sides", [
        "ALTER TABLE event_clusters ADD COLUMN disagreements TEXT",
    ]),
]

SCHEMA_VERSION = max(m[0] for m in MIGRATIONS)
