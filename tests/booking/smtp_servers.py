"""Real SMTP servers on 127.0.0.1 for the e-mail tests: one that works, one that never answers.

Each runs in a daemon thread on a free port and stops when its ``with`` block ends.
"""

import socket
import threading


class _Server:
    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.stopping = threading.Event()
        self.connections = []
        self.thread = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        self.thread.join(timeout=5)
        for connection in self.connections:
            connection.close()
        self.sock.close()

    def _accept(self):
        while not self.stopping.is_set():
            try:
                connection, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections.append(connection)
            threading.Thread(target=self.handle, args=(connection,), daemon=True).start()

    def handle(self, connection):
        raise NotImplementedError


class SilentSMTPServer(_Server):
    """Accepts every connection and says nothing (a hung provider) for ``hold`` seconds, then hangs
    up: a client without a timeout is stuck that long, so a test can tell it apart."""

    def __init__(self, hold=10):
        super().__init__()
        self.hold = hold

    def handle(self, connection):
        self.stopping.wait(self.hold)
        connection.close()


class SMTPServer(_Server):
    """Just enough SMTP for smtplib: records each message's envelope and data in ``messages``."""

    def __init__(self):
        super().__init__()
        self.messages = []
        self.lock = threading.Lock()

    def handle(self, connection):
        connection.settimeout(10)
        reader = connection.makefile("rb")

        def say(line):
            connection.sendall(line.encode() + b"\r\n")

        say("220 localhost test SMTP")
        envelope = {"from": None, "to": []}
        try:
            while True:
                line = reader.readline()
                if not line:
                    return
                command = line.decode(errors="replace").strip()
                verb = command[:4].upper()
                if verb in ("EHLO", "HELO"):
                    say("250 localhost")
                elif verb == "MAIL":
                    envelope = {"from": command[10:], "to": []}
                    say("250 OK")
                elif verb == "RCPT":
                    envelope["to"].append(command[8:])
                    say("250 OK")
                elif verb == "DATA":
                    say("354 End data with <CR><LF>.<CR><LF>")
                    data = []
                    while (chunk := reader.readline()) not in (b".\r\n", b""):
                        data.append(chunk)
                    with self.lock:
                        self.messages.append({**envelope, "data": b"".join(data).decode(errors="replace")})
                    say("250 OK queued")
                elif verb == "QUIT":
                    say("221 Bye")
                    return
                else:
                    say("250 OK")
        except OSError:
            return


def closed_port():
    """A port on 127.0.0.1 where nothing listens (a provider that is down)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
