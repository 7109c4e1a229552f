"""What httpx reads from the environment when a client creates its own `httpx.Client`, checked before it does.

httpx (with `trust_env`, its default) takes proxies from `HTTP_PROXY`, `HTTPS_PROXY`, `ALL_PROXY` and `NO_PROXY`
(either case) and CA certificates from `SSL_CERT_FILE` or `SSL_CERT_DIR`. A setting httpx cannot use becomes a
ConfigurationError naming the variable, instead of an ImportError, InvalidURL or FileNotFoundError from inside httpx.

A proxy must not see the token in clear: a plain-http base URL (a loopback mock) whose requests the environment
routes through a proxy on another machine is refused unless `allow_insecure_http=True`. An https base URL may use
any proxy: the request travels through a CONNECT tunnel, encrypted end to end. The proxy for a URL is the one httpx
picks: `<scheme>_PROXY`, else `ALL_PROXY`, unless `NO_PROXY` excludes the host. Like httpx, the variables are read
with the standard library's `urllib.request.getproxies` (the lowercase spelling wins), and a value without a scheme
is an http proxy.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import ssl
from collections.abc import Iterator
from urllib.request import getproxies, proxy_bypass

import httpx

from .exceptions import ConfigurationError
from .urls import is_loopback

__all__ = ["ca_errors_named", "check_environment", "check_proxy"]

_SOCKS_SCHEMES = frozenset({"socks5", "socks5h"})


def check_environment(base_url: str, *, allow_insecure_http: bool) -> None:
    """Raise ConfigurationError for a proxy setting httpx would fail on, or a proxy that would see the token."""
    found = getproxies()
    if "*" in (host.strip() for host in found.get("no", "").split(",")):  # httpx then uses no proxy at all
        return
    proxies = {scheme: _proxy_url(found[scheme]) for scheme in ("http", "https", "all") if found.get(scheme)}
    for scheme, proxy in proxies.items():
        check_proxy(_variable(scheme), proxy, base_url=None, allow_insecure_http=allow_insecure_http)
    target = httpx.URL(base_url)
    scheme = target.scheme if target.scheme in proxies else "all"
    if scheme in proxies and not _bypassed(target):
        check_proxy(_variable(scheme), proxies[scheme], base_url=base_url, allow_insecure_http=allow_insecure_http)


def check_proxy(source: str, proxy: str, *, base_url: str | None, allow_insecure_http: bool) -> None:
    """`proxy` (named `source` in errors) is usable and, for requests to `base_url`, sees no token in clear."""
    try:
        url = httpx.Proxy(proxy).url
    except (httpx.InvalidURL, ValueError) as error:
        raise ConfigurationError(f"{source} is not a usable proxy URL: {_reason(error)}") from None
    if url.scheme in _SOCKS_SCHEMES and importlib.util.find_spec("socksio") is None:
        raise ConfigurationError(
            f"{source} names a SOCKS proxy, which needs the socksio package: pip install 'httpx[socks]'"
        )
    in_clear = base_url is not None and httpx.URL(base_url).scheme == "http"
    if in_clear and not allow_insecure_http and not is_loopback(url.host):
        raise ConfigurationError(
            f"{source} routes the plain-http requests to {base_url} through the proxy {url.host!r}, "
            "which would see the API token in clear: set NO_PROXY for this host, use https, "
            "or pass allow_insecure_http=True if this really is a trusted network"
        )


@contextlib.contextmanager
def ca_errors_named() -> Iterator[None]:
    """Around creating an httpx client: a CA file or directory httpx cannot load is a ConfigurationError naming
    SSL_CERT_FILE or SSL_CERT_DIR (whichever httpx read: the file when both are set). Checked as httpx loads it,
    so the certificates are not read twice."""
    try:
        yield
    except (OSError, ssl.SSLError) as error:
        name = next((name for name in ("SSL_CERT_FILE", "SSL_CERT_DIR") if os.environ.get(name)), None)
        if name is None:
            raise
        value = os.environ[name]
        raise ConfigurationError(f"{name}={value!r} cannot be loaded as CA certificates: {_reason(error)}") from None


def _proxy_url(value: str) -> str:
    return value if "://" in value else f"http://{value}"


def _bypassed(target: httpx.URL) -> bool:
    """Whether NO_PROXY sends requests to `target` past the proxy (a host, a domain and its subdomains, host:port)."""
    host = target.host if ":" in target.host or target.port is None else f"{target.host}:{target.port}"
    return bool(proxy_bypass(host))


def _variable(scheme: str) -> str:
    """The variable that set the proxy for `scheme` (`http` -> HTTP_PROXY), spelt as it is set."""
    for name in (f"{scheme}_proxy", f"{scheme.upper()}_PROXY"):
        if os.environ.get(name):
            return name
    return f"{scheme.upper()}_PROXY"


def _reason(error: Exception) -> str:
    return getattr(error, "strerror", None) or str(error) or type(error).__name__
