"""Demo accounts, organisations and member profiles for development.

The data lives in `data` (dicts with named keys), the loader in `loader`: it creates what is
missing and never changes an account that exists.
"""

from members.demo.loader import DEMO_PASSWORD, ensure_account, load

__all__ = ["DEMO_PASSWORD", "ensure_account", "load"]
