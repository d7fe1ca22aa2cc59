"""Insured vehicles (domain.md §3): VIN and plates lookups, key/type/cylinder-band rules."""
