"""The offline guard: every connection (and, for a server, every name lookup) that would
leave this machine is refused.  The test session installs it (conftest.py); a server a test
starts installs it through a sitecustomize (tests/test_make_lab.py), with a log of attempts."""
from __future__ import annotations

import ipaddress
import socket

LOCAL_NAMES = (None, "localhost", "127.0.0.1", "::1")


def is_local(host) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def install(log_path: str | None = None, *, lookups: bool = False) -> None:
    """Refuse connections to other machines (and with ``lookups`` name resolution of other
    hosts); each refused attempt is appended to ``log_path`` when one is given."""
    real_connect, real_getaddrinfo = socket.socket.connect, socket.getaddrinfo

    def refuse(what) -> None:
        if log_path:
            with open(log_path, "a") as log:
                log.write(f"{what!r}\n")
        raise OSError(f"network access attempted in tests: {what}")

    def guarded_connect(self, address):
        host = address[0] if isinstance(address, tuple) else None
        if host is not None and not is_local(host):
            refuse(address)
        return real_connect(self, address)

    def guarded_getaddrinfo(host, *args, **kwargs):
        if host not in LOCAL_NAMES:
            refuse(f"lookup {host}")
        return real_getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = guarded_connect
    if lookups:
        socket.getaddrinfo = guarded_getaddrinfo
