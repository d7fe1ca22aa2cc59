"""The external quotes system (domain.md §11): validate a quote number, approve it after commit.

``client.QuotesClient`` is the only code that talks to it; ``service.enqueue_quote_approval`` is
what the policies module calls once a policy with a quote is created.
"""
