"""Extraction: from a document's text to mentions, dates, quantities, claims, events and citations."""
