"""Benchmarks of spbe-desktop: run ``benchmarks/run`` (see benchmarks/README.md)."""
