"""Digest e-mail through a real SMTP server on 127.0.0.1 (aiosmtpd): what arrives, and what happens when
the server is down or refuses — reported, not marked sent, sent on the next run."""

from __future__ import annotations

import email
import email.policy
import socket
from urllib.parse import quote

import pytest
from aiosmtpd.controller import Controller

from fursa import api
from fursa.errors import ConfigError
from fursa.mail import DeliveryFailed, build_message, send_message
from fursa.store import open_store
from fursa.store.searches import digest_history
from tests import factories

EU = factories.eu_syria_civil_society_call()
RECIPIENTS = ["grants@nes-coalition.example.org", "board@nes-coalition.example.org"]


class Inbox:
    """An aiosmtpd handler that keeps what arrives, or refuses every recipient while `refuse` is set."""

    def __init__(self):
        self.messages: list[email.message.EmailMessage] = []
        self.envelopes = []
        self.refuse = False

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        self.messages.append(email.message_from_bytes(envelope.original_content, policy=email.policy.default))
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def inbox():
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    handler.port = controller.port
    yield handler
    controller.stop()


@pytest.fixture
def mail_settings(settings, inbox, tmp_path):
    api.import_profiles(settings, factories.write_jsonl(tmp_path / "profiles.jsonl", factories.all_profiles()))
    api.import_calls(settings, factories.write_jsonl(tmp_path / "calls.jsonl", factories.all_calls()))
    return settings.model_copy(update={"smtp_host": "127.0.0.1", "smtp_port": inbox.port, "smtp_security": "none",
                                       "smtp_from": "Fursa <fursa@example.org>", "smtp_timeout": 5.0})


@pytest.fixture
def search(mail_settings) -> str:
    """The Arabic-speaking coalition's weekly search: its digest is in Arabic."""
    return api.save_search(mail_settings, "cso-nes-coalition", "الفضاء المدني", recipients=RECIPIENTS)


def last_sent_at(settings, search_id):
    return next(s for s in api.searches(settings) if s["id"] == search_id)["last_sent_at"]


def test_the_digest_arrives_as_text_and_html_with_an_arabic_subject(mail_settings, inbox, search):
    result = api.send_digest(mail_settings, search_id=search)
    assert result == {"items": 1, "recipients": RECIPIENTS, "refused": []}
    (envelope,), (message,) = inbox.envelopes, inbox.messages
    assert envelope.mail_from == "fursa@example.org" and envelope.rcpt_tos == RECIPIENTS
    assert message["Subject"] == "فرصة: 1 تحديث لـ الفضاء المدني"
    headers = envelope.original_content.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    assert headers.isascii() and b"subject: =?utf-8?" in headers.lower()  # RFC 2047, not raw UTF-8
    assert message["To"] == ", ".join(RECIPIENTS) and message["Auto-Submitted"] == "auto-generated"
    assert message["Message-ID"].endswith("@example.org>") and message["Date"]
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    link = f"http://localhost:8501/?call={quote(EU['id'], safe='')}"
    assert EU["title"] in text and "دعوات جديدة (1)" in text and link in text
    assert '<html lang="ar" dir="rtl">' in html and f'href="{link}"' in html and f'href="{EU["url"]}"' in html
    assert last_sent_at(mail_settings, search) is not None


def test_nothing_new_sends_nothing(mail_settings, inbox, search):
    api.send_digest(mail_settings, search_id=search)
    assert api.send_digest(mail_settings, search_id=search)["items"] == 0
    assert len(inbox.messages) == 1


def test_a_refused_digest_is_reported_not_marked_sent_and_sent_on_the_next_run(mail_settings, inbox, search):
    inbox.refuse = True
    with pytest.raises(DeliveryFailed, match="refused every recipient .*550"):
        api.send_digest(mail_settings, search_id=search)
    assert last_sent_at(mail_settings, search) is None and inbox.messages == []
    with open_store(mail_settings.db) as con:
        (attempt,) = digest_history(con, f"search:{search}")
    assert attempt["status"] == "failed" and "550" in attempt["error"]

    inbox.refuse = False
    (result,) = api.send_due_digests(mail_settings)
    assert (result["search_id"], result["status"], result["items"]) == (search, "sent", 1)
    assert len(inbox.messages) == 1 and last_sent_at(mail_settings, search) is not None
    assert api.send_due_digests(mail_settings) == []  # weekly: not due again today


def test_a_server_that_is_down_is_a_delivery_failure(mail_settings, search):
    down = mail_settings.model_copy(update={"smtp_port": free_port()})
    with pytest.raises(DeliveryFailed, match=f"cannot deliver through 127.0.0.1:{down.smtp_port}"):
        api.send_digest(down, search_id=search)
    assert last_sent_at(down, search) is None
    (result,) = api.send_due_digests(down)
    assert result["status"] == "failed"


def test_sending_without_a_server_names_the_settings_to_set(settings):
    message = build_message(sender="fursa@example.org", recipients=["a@example.org"], subject="s", text="t",
                            html=None)
    with pytest.raises(ConfigError, match="FURSA_SMTP_HOST"):
        send_message(settings, message)


def test_cli_due_sends_what_is_due_and_exits_75_when_a_send_fails(mail_settings, inbox, search, fursa,
                                                                   monkeypatch):
    for name in ("host", "port", "security", "from"):
        monkeypatch.setenv(f"FURSA_SMTP_{name.upper()}", str(getattr(mail_settings, f"smtp_{name}")))
    api.save_search(mail_settings, "beirut-independent-media", "No recipients")
    inbox.refuse = True
    failed = fursa("digest", "--due")
    assert failed.code == 75 and "failed" in failed.stderr and "retried on the next run" in failed.stderr
    inbox.refuse = False
    sent = fursa("digest", "--due")
    assert sent.code == 0 and sent.stdout == ""
    assert f"{search:<12} sent" in sent.stderr and "skipped" in sent.stderr and "no recipients" in sent.stderr
    assert len(inbox.messages) == 1
