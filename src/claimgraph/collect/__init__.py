"""Collection from the web: polite fetching with snapshots, feed polling, watchlists and alerts."""
