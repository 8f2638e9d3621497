"""A small real SMTP server for the tests: it accepts mail on a free port and keeps it.

Enough of RFC 5321 for Django's SMTP backend (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT).
Stopping it closes the port, so the same address then refuses connections: a mail server
that is down.
"""

import socket
import socketserver
import threading
from email import message_from_bytes, policy


class _Session(socketserver.StreamRequestHandler):
    def reply(self, line: str):
        self.wfile.write(f"{line}\r\n".encode())

    def handle(self):
        self.reply("220 smtp-sink ready")
        recipients = []
        while line := self.rfile.readline():
            command = line.decode(errors="replace").strip().upper()
            if command.startswith(("EHLO", "HELO")):
                self.reply("250 smtp-sink")
            elif command.startswith("MAIL FROM"):
                recipients = []
                self.reply("250 OK")
            elif command.startswith("RCPT TO"):
                recipients.append(line.decode().split(":", 1)[1].strip().strip("<>"))
                self.reply("250 OK")
            elif command == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                data = b""
                while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                    data += chunk[1:] if chunk.startswith(b"..") else chunk
                message = message_from_bytes(data, policy=policy.default)
                self.server.messages.append((recipients, message))
                self.reply("250 OK: queued")
            elif command in ("RSET", "NOOP"):
                self.reply("250 OK")
            elif command == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("502 Command not implemented")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class SmtpSink:
    """Start with `start()` on `port` (a free one if None); `messages` holds what arrived."""

    def __init__(self, port: int | None = None):
        self.port = port or free_port()
        self.server = None

    @property
    def messages(self):
        return self.server.messages if self.server else []

    def start(self):
        self.server = _Server(("127.0.0.1", self.port), _Session)
        self.server.messages = []
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self):
        if self.server:
            self.server.shutdown()
            self.server.server_close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
