from tests.modules.admin.helpers import make_user

__all__ = ["make_user"]
