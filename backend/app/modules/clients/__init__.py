"""Clients (policyholders): CRUD with soft delete, search, nearby, detail; never exported."""
