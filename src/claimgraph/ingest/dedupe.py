"""Near-duplicate documents: MinHash signatures and LSH bands kept in the store.

Exact duplicates need nothing here (equal normalized text gives the same document id). A rewritten
wire story differs in a few words: it stays its own document, linked to the earlier one by a
citation of kind "copy". Signatures and band keys are stored (migration 2), so a later run finds
copies of documents ingested long ago without holding an index in memory; candidates come from an
indexed lookup of band keys, then their Jaccard estimate is checked against the threshold.
"""
from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
from functools import cache

import numpy as np

from claimgraph.ids import make_id
from claimgraph.model import Citation
from claimgraph.store import Cursor

NUM_PERM = 128
SCHEME = "affine32"  # named, so that a datasketch upgrade cannot change stored signatures
SHINGLE = 3  # words per shingle; shingles are hashed with CRC-32 (fast, the same on every machine)
MIN_WORDS = 8  # shorter texts are too short to call one a copy of another
#: Banding is tuned for this threshold (or the setting when lower), so the stored band keys stay
#: valid when the analyst raises the copy threshold between runs.
BAND_THRESHOLD = 0.7
#: Documents compared per band key at most: a cluster of thousands of near-identical posts must not
#: make every new one compare with all of them (a copy of any of them is a copy all the same).
MAX_PER_BAND = 50
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class Signature:
    values: np.ndarray

    def hex(self) -> str:
        return self.values.astype("<u8").tobytes().hex()

    @classmethod
    def from_hex(cls, text: str) -> Signature:
        return cls(np.frombuffer(bytes.fromhex(text), dtype="<u8"))

    def similarity(self, other: Signature) -> float:
        if len(self.values) != len(other.values):
            return 0.0
        return float(np.mean(self.values == other.values))


def signature(text: str) -> Signature | None:
    """The MinHash signature of a text's word shingles; None for texts too short to compare."""
    from datasketch import MinHash

    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return None
    shingles = {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}
    mh = MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32, permutations=_permutations(), scheme=SCHEME)
    mh.update_batch(list(shingles))
    return Signature(mh.hashvalues.copy())


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The random permutations for seed 1, made once: every signature must use the same ones."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations


@cache
def band_shape(threshold: float) -> tuple[int, int]:
    """(bands, rows per band) for a threshold, as datasketch's LSH would choose them."""
    from datasketch.lsh import _optimal_param

    return tuple(_optimal_param(min(threshold, BAND_THRESHOLD), NUM_PERM, 0.5, 0.5))  # type: ignore[return-value]


def band_keys(sig: Signature, threshold: float) -> list[str]:
    bands, rows = band_shape(threshold)
    raw = sig.values.astype("<u8")
    keys = []
    for b in range(bands):
        chunk = raw[b * rows:(b + 1) * rows].tobytes()
        keys.append(f"{rows}.{b}.{hashlib.sha1(chunk).hexdigest()[:16]}")
    return keys


@dataclass(slots=True)
class Copy:
    """A near-duplicate pair: ``later`` copies ``earlier``."""

    later: str
    earlier: str
    similarity: float

    def citation(self) -> Citation:
        return Citation(id=make_id("citation", self.later, "copy", self.earlier), document_id=self.later,
                        kind="copy", target_document_id=self.earlier, similarity=round(self.similarity, 3))


Candidate = tuple[str, "str | None", Signature]  # document id, published, signature


def best_copy(document_id: str, published: str | None, sig: Signature, candidates: list[Candidate],
              threshold: float) -> Copy | None:
    """The closest candidate at or above the threshold, as a copy pair in time order.

    The earlier document is the one published first; when either date is unknown, the candidate
    (stored or read first) counts as earlier.
    """
    scored = []
    for other, other_published, other_sig in candidates:
        if other == document_id:
            continue
        score = sig.similarity(other_sig)
        if score >= threshold:
            scored.append((-score, other_published is None, other_published or "", other))
    if not scored:
        return None
    neg_score, _, other_published, other = min(scored)  # most similar, then earliest published
    if published and other_published and published < other_published:
        return Copy(later=other, earlier=document_id, similarity=-neg_score)
    return Copy(later=document_id, earlier=other, similarity=-neg_score)


def stored_candidates(tx: Cursor, keys: list[str]) -> dict[str, list[str]]:
    """Stored documents (not retracted) per band key, for the given keys."""
    found: dict[str, list[str]] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in tx.query(f"SELECT band, document_id FROM minhash_bands WHERE band IN ({marks}) "
                            "ORDER BY band, document_id", chunk):
            found.setdefault(row["band"], []).append(row["document_id"])
    return found


def stored_signatures(tx: Cursor, ids: list[str]) -> dict[str, tuple[str | None, Signature]]:
    """Publication date and signature of stored documents that are not retracted."""
    found: dict[str, tuple[str | None, Signature]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in tx.query(
                "SELECT s.document_id, s.signature, d.published FROM minhash_signatures s "
                f"JOIN documents d ON d.id = s.document_id WHERE s.document_id IN ({marks}) "
                "AND NOT coalesce(d.retracted, FALSE)", chunk):
            found[row["document_id"]] = (row["published"], Signature.from_hex(row["signature"]))
    return found


def signature_rows(document_id: str, sig: Signature, threshold: float) -> tuple[dict[str, object], list[dict[str, object]]]:
    """The ``minhash_signatures`` row and the ``minhash_bands`` rows of one document."""
    return ({"document_id": document_id, "signature": sig.hex(), "num_perm": NUM_PERM},
            [{"band": k, "document_id": document_id} for k in band_keys(sig, threshold)])
