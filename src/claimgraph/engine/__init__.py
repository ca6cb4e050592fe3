"""Engines that run the extract stage beyond one process pool (Dask distributed)."""
