"""URLs: one stored document per article whatever link led to it, and which links may be followed."""

from __future__ import annotations

import ipaddress
import re
import socket
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address

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


def without_credentials(url: str) -> tuple[str, tuple[str, str] | None]:
    """``url`` without its ``user:password@`` part, and that (user, password), percent-decoded, or None."""
    parts = urlsplit(url.strip())
    if parts.username is None and parts.password is None:
        return url, None
    netloc = parts.netloc.rsplit("@", 1)[1]
    return (urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment)),
            (unquote(parts.username or ""), unquote(parts.password or "")))


def origin(url: str) -> str:
    """``scheme://host[:port]``, lower-cased, without a default port: what "the same site" means."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    try:
        port = parts.port
    except ValueError:
        port = None
    if ":" in host:
        host = f"[{host}]"
    return f"{scheme}://{host}" if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{scheme}://{host}:{port}"


def ip_address_of(text: str) -> Address | None:
    """The address ``text`` spells (``[::1]`` too), or None for a name."""
    try:
        address = ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return None
    mapped = getattr(address, "ipv4_mapped", None)  # ::ffff:127.0.0.1 is 127.0.0.1
    return mapped or address


@dataclass(frozen=True)
class LinkPolicy:
    """Which links a crawl may follow.

    What the user configured is trusted: the origins of the configured sources,
    and the networks in ``[crawl] allow_networks``. What a source lists, and
    every redirect of it, is not: it must be http(s), and its host must resolve
    to public addresses only, so that a hostile feed cannot make the crawler read
    the machine's own files or services (loopback, private, link-local and
    unspecified addresses, cloud metadata at 169.254.169.254) and forward them
    to the user's chat.
    """

    trusted_origins: frozenset[str] = frozenset()
    allow_networks: tuple[Network, ...] = ()

    @property
    def trusted_hosts(self) -> frozenset[str]:
        return frozenset(urlsplit(o).hostname or "" for o in self.trusted_origins)

    def trusts(self, url: str) -> bool:
        return origin(url) in self.trusted_origins

    def refuses_address(self, address: Address) -> str | None:
        """Why a connection to ``address`` is refused ("a loopback address"), or None."""
        if any(address in network for network in self.allow_networks):
            return None
        for kind in ("unspecified", "loopback", "link_local", "private", "multicast", "reserved"):
            if getattr(address, f"is_{kind}"):
                words = kind.replace("_", "-")
                return f"{'an' if words[0] in 'aeiou' else 'a'} {words} address"
        return None if address.is_global else "not a public address"

    def refuses(self, url: str) -> str | None:
        """Why ``url`` may not be fetched, judged without DNS (the scheme, an address as host), or None."""
        if self.trusts(url):
            return None
        try:
            parts = urlsplit(url.strip())
        except ValueError:
            return "not a valid URL"
        if parts.scheme.lower() not in ("http", "https"):
            return f"not an http(s) link ({parts.scheme or 'no scheme'}:)"
        if not parts.hostname:
            return "no host in the link"
        address = ip_address_of(parts.hostname)
        problem = self.refuses_address(address) if address is not None else None
        return f"{address} is {problem}" if problem else None

    def refuses_host(self, host: str) -> str | None:
        """Why a connection to ``host`` (a name) is refused: one of its addresses is not public.

        Blocking (it resolves the name); the resolver the crawl connects through
        checks again on the addresses it connects to, since DNS may answer
        differently the second time.
        """
        if host.lower().rstrip(".") in self.trusted_hosts:
            return None
        try:
            infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
        except (OSError, UnicodeError):
            return None  # the download fails on its own, with its own reason
        for *_, sockaddr in infos:
            address = ip_address_of(str(sockaddr[0]))
            problem = self.refuses_address(address) if address is not None else None
            if problem:
                return f"{host} resolves to {address}, {problem}"
        return None
