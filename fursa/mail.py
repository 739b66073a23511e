"""Sending digests by e-mail: one multipart/alternative message (plain text and HTML) over SMTP.

Settings (FURSA_SMTP_HOST, _PORT, _SECURITY starttls|tls|none, _USER, _PASSWORD, _FROM, _TIMEOUT) come
from fursa.settings. Any failure — server down, refused login or recipients, timeout — is one
DeliveryFailed naming the server and the reason; the caller then leaves the digest unsent.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Sequence
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, getaddresses, make_msgid

from fursa.errors import ConfigError, FursaError
from fursa.settings import Settings


class DeliveryFailed(FursaError):
    """The SMTP server could not be reached or refused the message; nothing was marked sent."""

    exit_code = 75  # EX_TEMPFAIL: the next run retries


def build_message(*, sender: str, recipients: Sequence[str], subject: str, text: str, html: str | None,
                  lang: str = "en") -> EmailMessage:
    """A message with a plain-text part and, when given, an HTML alternative. Non-ASCII subjects and
    bodies (Arabic) are encoded by the e-mail package (RFC 2047 headers, UTF-8 parts)."""
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain=_domain(sender))
    message["Content-Language"] = lang
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: vacation responders stay quiet
    message.set_content(text)
    if html is not None:
        message.add_alternative(html, subtype="html")
    return message


def _domain(sender: str) -> str:
    address = getaddresses([sender])[0][1]
    return address.rpartition("@")[2] or "localhost"


def _connect(settings: Settings) -> smtplib.SMTP:
    host, port, timeout = settings.smtp_host, settings.smtp_port, settings.smtp_timeout
    if settings.smtp_security == "tls":
        return smtplib.SMTP_SSL(host, port, timeout=timeout, context=ssl.create_default_context())
    client = smtplib.SMTP(host, port, timeout=timeout)
    if settings.smtp_security == "starttls":
        client.starttls(context=ssl.create_default_context())
    return client


def require_smtp(settings: Settings) -> None:
    """ConfigError unless the settings name a server and a valid From: address."""
    if not settings.smtp_host:
        raise ConfigError("no SMTP server: set FURSA_SMTP_HOST (and _PORT, _SECURITY, _USER, _PASSWORD, "
                          "_FROM) to send digests; docs/alerts.md")
    try:
        Address(addr_spec=getaddresses([settings.smtp_from])[0][1])
    except (ValueError, IndexError) as exc:
        raise ConfigError(f"FURSA_SMTP_FROM {settings.smtp_from!r} is not an e-mail address") from exc


def send_message(settings: Settings, message: EmailMessage) -> list[str]:
    """Deliver `message` to its To: recipients; returns those the server refused (when others were
    accepted). Raises DeliveryFailed when nobody could be reached and ConfigError without a host."""
    require_smtp(settings)
    where = f"{settings.smtp_host}:{settings.smtp_port}"
    try:
        with _connect(settings) as client:
            if settings.smtp_user:
                password = settings.smtp_password.get_secret_value() if settings.smtp_password else ""
                client.login(settings.smtp_user, password)
            refused = client.send_message(message)
    except smtplib.SMTPRecipientsRefused as exc:
        codes = "; ".join(f"{rcpt}: {code} {_text(msg)}" for rcpt, (code, msg) in exc.recipients.items())
        raise DeliveryFailed(f"{where} refused every recipient ({codes})") from exc
    except smtplib.SMTPResponseException as exc:
        raise DeliveryFailed(f"{where} refused the message: {exc.smtp_code} {_text(exc.smtp_error)}") from exc
    except (smtplib.SMTPException, OSError) as exc:  # refused, unreachable, timed out, TLS failed
        raise DeliveryFailed(f"cannot deliver through {where}: {exc or type(exc).__name__}") from exc
    return sorted(refused)


def _text(value) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
