"""Canonical URLs: one stored document per article, whatever link led to it."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that identify a campaign or a click, never the article.
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "hsa_")
_TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "igshid", "yclid", "ref_src", "ref_url",
     "cmpid", "ocid", "spm", "_ga", "mkt_tok", "s_cid", "rss", "feed", "from_rss"}
)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_AMP_PATH = re.compile(r"/amp(?=/|$)|\.amp(?=\.html$|$)")
_AMP_PARAMS = frozenset({"amp", "outputtype", "amp_js_v", "usqp"})


def canonical_url(url: str) -> str:
    """Return the form of ``url`` that two links to the same article share.

    Lower-cases scheme and host, drops the default port, the fragment, tracking
    parameters and a trailing slash, and sorts the remaining query parameters.
    AMP and mobile variants ("amp."/"m." hosts, "/amp" paths, "?amp=1") are the
    article itself.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    for prefix in ("www.", "amp.", "m.", "mobile."):
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix):]
    port = parts.port
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    path = parts.path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/")
    path = _AMP_PATH.sub("", path) or "/"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in _TRACKING_PARAMS | _AMP_PARAMS and not k.lower().startswith(_TRACKING_PREFIXES)
    ]
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))
