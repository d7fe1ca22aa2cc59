"""Demo content as plain data (no database access here)."""
