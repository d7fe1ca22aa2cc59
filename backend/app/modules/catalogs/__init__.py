"""Read-only catalogues the forms pick from (municipalities)."""
