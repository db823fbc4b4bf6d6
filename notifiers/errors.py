"""Errors raised by the notifiers package.

A failed delivery is *not* an exception: :meth:`notifiers.dispatch.Dispatcher.send`
returns a :class:`notifiers.model.DeliveryResult` saying what happened. Exceptions
are for settings that can never work::

    NotifierError             base of everything below
    └── InvalidChannelURL     an Apprise URL no plugin accepts; raised when a
                              Channel is built (at config load), with Apprise's
                              reason and the URL masked
"""


class NotifierError(Exception):
    """Base class of the notifiers' errors."""


class InvalidChannelURL(NotifierError):
    """No Apprise plugin accepts this URL. The message never contains the raw URL."""
