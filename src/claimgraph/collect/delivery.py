"""Optional alert delivery: a webhook (JSON POST) or a mail server the user names."""
from __future__ import annotations

import json
import smtplib
from email.message import EmailMessage
from typing import TYPE_CHECKING

import httpx

from claimgraph.errors import ClaimgraphError

if TYPE_CHECKING:
    from claimgraph.collect.watch import Alert


def post_webhook(url: str, alerts: list[Alert], timeout: float = 10.0) -> None:
    """POST ``{"alerts": [...]}`` to the URL; a failure is one line that names the URL."""
    try:
        r = httpx.post(url, json={"alerts": [a.to_dict() for a in alerts]}, timeout=timeout)
        r.raise_for_status()
    except httpx.HTTPError as exc:
        raise ClaimgraphError(f"{url}: webhook delivery failed ({type(exc).__name__})",
                              hint="check the webhook URL; the alerts stay listed by 'claimgraph alerts --since'") from exc


def send_mail(server: str, to: str, alerts: list[Alert], sender: str = "claimgraph@localhost") -> None:
    """Send the alerts as one plain-text mail through ``host[:port]`` (no authentication)."""
    host, _, port = server.partition(":")
    msg = EmailMessage()
    msg["Subject"] = f"claimgraph: {len(alerts)} new alert(s)"
    msg["From"] = sender
    msg["To"] = to
    lines = [f"[{a.kind}] {a.id} — {a.summary}" for a in alerts]
    msg.set_content("\n".join(lines) + "\n\n" + json.dumps([a.to_dict() for a in alerts],
                                                           ensure_ascii=False, indent=1))
    try:
        with smtplib.SMTP(host, int(port or 25), timeout=10) as smtp:
            smtp.send_message(msg)
    except (OSError, smtplib.SMTPException) as exc:
        raise ClaimgraphError(f"{server}: mail delivery failed ({exc})",
                              hint="check --smtp HOST:PORT") from exc
