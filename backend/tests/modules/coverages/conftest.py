from tests.fixtures.fake_quotes import fake_quotes, fake_quotes_server

__all__ = ["fake_quotes", "fake_quotes_server"]
