"""spbe-desktop: offline SPBE / Pemdi self-assessment with signed evidence bundles."""

__version__ = "0.1.0"
