"""The web UI and REST API: FastAPI over the read-only queries in :mod:`claimgraph.analysis`.

Importing this package loads nothing heavy; :func:`claimgraph.web.app.create_app` builds the app.
"""
