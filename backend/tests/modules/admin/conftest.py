from tests.modules.admin.helpers import fresh_network_config, make_user

__all__ = ["fresh_network_config", "make_user"]
