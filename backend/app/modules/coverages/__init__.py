"""Coverage catalogue (domain.md §3): reads for everyone, edits for admin, payment schemes."""
