"""Benchmarks of ProtegRT CRM (`make bench` = `backend/.venv/bin/python -m bench` from the repo root).

Never part of `make test`: numbers depend on the machine. Each benchmark measures its subject beside
a baseline in the same run, on a throwaway database.
"""
