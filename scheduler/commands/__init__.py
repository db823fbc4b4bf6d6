"""The subcommands of ``sequelwatch``, one module per group.

``scheduler.cli`` imports a module only when one of its commands runs, so
``sequelwatch --help`` and the store-only commands do not pay for Scrapy,
Twisted and trafilatura.
"""
