"""The real app in a real terminal (tmux): start-up, refusal of a second copy, a corrupt file,
and the evaluation answered over HTTP from simulated phones."""

from __future__ import annotations

import http.client
import json
import re
import subprocess
import sys
import urllib.parse
import urllib.request
from http.cookies import SimpleCookie
from pathlib import Path

import pytest

from tests.test_evaluation_server import loopback_address
from tests.tmux_harness import REPO, TERMINAL, Terminal, groupguide, require_tmux

pytestmark = [pytest.mark.timeout(240), TERMINAL]


@pytest.fixture
def terminals():
    opened: list[Terminal] = []

    def open_terminal(command: str, **kw) -> Terminal:
        term = Terminal(command, **kw)
        opened.append(term)
        return term

    yield open_terminal
    for term in opened:
        term.close()


def _import(data_dir: Path, plan: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "groupguide", "--data-dir", str(data_dir), "import", str(plan)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_demo_starts_on_the_example_group_and_quits_cleanly(terminals):
    require_tmux()
    term = terminals(groupguide("--demo"), width=80, height=24)
    screen = term.wait_for("Samling 1")  # --demo opens on the demo group
    assert "LIS1 Vestland høst 2026" in screen
    term.send("C-q")
    assert term.exit_code() == 0


def test_second_copy_on_the_same_data_is_refused_politely(terminals, data_dir, example_plan):
    require_tmux()
    _import(data_dir, example_plan)
    first = terminals(groupguide("--data-dir", str(data_dir)))
    first.wait_for("LIS1 Vestland")
    second = terminals(groupguide("--data-dir", str(data_dir)))
    screen = second.wait_for("allerede i bruk")
    assert "Traceback" not in screen
    assert second.exit_code() == 1
    first.send("C-q")
    assert first.exit_code() == 0


def test_a_lock_left_by_a_killed_copy_does_not_block(terminals, data_dir, example_plan):
    require_tmux()
    _import(data_dir, example_plan)
    first = terminals(groupguide("--data-dir", str(data_dir)))
    first.wait_for("LIS1 Vestland")
    first.kill_app(9)
    assert first.exit_code() == 137
    again = terminals(groupguide("--data-dir", str(data_dir)))
    again.wait_for("LIS1 Vestland")
    again.send("C-q")
    assert again.exit_code() == 0


def test_corrupt_group_file_is_set_aside_and_the_app_starts(terminals, data_dir, example_plan):
    require_tmux()
    _import(data_dir, example_plan)
    group_file = next((data_dir / "groups").glob("*.json"))
    group_file.write_text('{"group": {"1": {"name": ', encoding="utf-8")
    term = terminals(groupguide("--data-dir", str(data_dir)), width=120, height=30)
    screen = term.wait_for("skadet")
    assert "corrupt" in screen  # the notice names where the file was put
    moved = list((data_dir / "groups").glob("*.corrupt-*"))
    assert len(moved) == 1 and moved[0].read_text() == '{"group": {"1": {"name": '
    term.send("C-q")
    assert term.exit_code() == 0


NONCE = re.compile(r'name="nonce" value="([^"]+)"')


class Phone:
    """One phone over plain HTTP: a loopback address of its own (on a LAN every phone has one)
    and its cookies; redirects are followed only when asked."""

    def __init__(self) -> None:
        self.address = loopback_address()
        self.cookies: dict[str, str] = {}

    def request(self, method: str, url: str, fields: dict | None = None, follow: bool = False):
        parts = urllib.parse.urlsplit(url)
        connection = http.client.HTTPConnection(
            parts.hostname, parts.port, timeout=10, source_address=(self.address, 0)
        )
        headers = {}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(fields)
            headers["Origin"] = f"{parts.scheme}://{parts.netloc}"
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        try:
            connection.request(method, path, body, headers)
            response = connection.getresponse()
            text = response.read().decode()
        finally:
            connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel["max-age"] == "0" or morsel.value == "":
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        if follow and response.status in (301, 302, 303):
            location = urllib.parse.urljoin(url, response.headers["Location"])
            return self.request("GET", location)
        return response.status, text

    def get(self, url: str) -> str:
        return self.request("GET", url)[1]

    def post_form(self, url: str, fields: dict, follow: bool = False) -> int:
        """Load the form (a fresh nonce) and post ``fields`` like a browser would."""
        nonce = NONCE.search(self.get(url)).group(1)
        return self.request("POST", url, {"nonce": nonce, "lang": "nb", **fields}, follow)[0]


def _answer(url: str, relevance: int, wish: str) -> int:
    """A phone of its own loads the form and posts an answer."""
    return Phone().post_form(url, {"relevance": str(relevance), "wishes": wish})


def test_headless_evaluation_answered_by_phones(terminals, data_dir, example_plan):
    """`groupguide evaluation open` in a terminal: the QR and URL are shown, three phones answer
    over HTTP, Ctrl-C stops serving, `evaluation close` closes it, and the results hold three
    anonymous answers."""
    require_tmux()
    _import(data_dir, example_plan)
    (data_dir / "settings.json").write_text(json.dumps({"evaluation_host": "127.0.0.1"}))
    term = terminals(
        groupguide(
            "--data-dir",
            str(data_dir),
            "evaluation",
            "open",
            "--group",
            "LIS1 Vestland høst 2026",
            "--gathering",
            "1",
            "--port",
            "0",
        ),
        width=120,
        height=45,
    )
    screen = term.wait_for(r"http://127\.0\.0\.1:\d+/e/\w+")
    url = re.search(r"http://127\.0\.0\.1:\d+/e/\w+", screen).group(0)
    assert "▀" in screen or "▄" in screen or "█" in screen  # the QR code is drawn
    for relevance, wish in ((5, "Mer om rus"), (4, "[@click=app.quit]x"), (3, "<b>tvang</b>")):
        assert _answer(url, relevance, wish) == 303
    term.send("C-c")  # stops serving; the evaluation stays open until closed
    term.wait_for("fortsatt åpen med 3 svar")
    assert term.exit_code() == 0
    for command in ("close", "results"):
        result = subprocess.run(
            [sys.executable, "-m", "groupguide", "--data-dir", str(data_dir), "evaluation"]
            + [command, "--group", "LIS1 Vestland høst 2026", "--gathering", "1"],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "groupguide",
            "--data-dir",
            str(data_dir),
            "evaluation",
            "results",
            "--group",
            "LIS1 Vestland høst 2026",
            "--gathering",
            "1",
            "--json",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["count"] == 3
    assert "<b>tvang</b>" in json.dumps(data, ensure_ascii=False)


def _audit_phone(url: str, sick_leave: str, referrals: str = ""):
    """One phone: load the audit form, post its figures (following to its own page); the
    phone, which carries its cookies, and the status."""
    phone = Phone()
    return phone, phone.post_form(url, {"m0": sick_leave, "m1": referrals}, follow=True)


def test_run_mode_audit_figures_from_phones(terminals, data_dir, example_plan):
    """Issue 4 in a real terminal: `groupguide run` on the held gathering, back to its audit
    block, Q shows the QR code and address; three phones post over HTTP; the runner shows only
    a count until the leader ends the collection, then the median; each phone's page says where
    its own figure stands, until run mode closes."""
    require_tmux()
    _import(data_dir, example_plan)
    (data_dir / "settings.json").write_text(
        json.dumps({"evaluation_host": "127.0.0.1", "evaluation_port": 0})
    )
    term = terminals(
        groupguide(
            "--data-dir",
            str(data_dir),
            "run",
            "--group",
            "LIS1 Vestland høst 2026",
            "--gathering",
            "1",
        ),
        width=100,
        height=30,
    )
    screen = term.wait_for(r"Alle programpostene \(11\) er gjennomført")
    assert len(screen.splitlines()[0]) == 100  # the app has the terminal's size
    for _ in range(5):
        term.send("b")
    term.wait_for("Programpost 7 av 11")
    term.wait_for("Q: la deltakerne")
    term.send("q")
    address = r"http://127\.0\.0\.1:\d+/a/[0-9A-Z]{16}\b"  # whole: the first frame may wrap
    screen = term.wait_for(address)
    url = re.search(address, screen).group(0)
    assert "█" in screen
    phones = [
        _audit_phone(url, figure, referrals)
        for figure, referrals in (("4,2", "11"), ("7", ""), ("5,5", "9"))
    ]
    assert all(status == 200 for _, status in phones)
    term.wait_for("3 av 7 telefoner har sendt inn")  # one participant is absent
    term.send("Escape")
    screen = term.wait_for("3 tall mottatt")  # nothing to watch change while phones send
    assert "Median" not in screen
    term.send("q")
    term.wait_for("Avslutt og vis fordelingen")
    term.send("s")
    screen = term.wait_for("Median mellom 0 og 10")  # three figures: one coarse bin
    assert "avsluttet" in screen
    own_pages = []
    for phone, _ in phones:
        own_pages.append(phone.get(url + "/din"))
    assert all("ligger mellom 0 og 10" in page for page in own_pages)
    assert "<strong>4,2</strong>" in own_pages[0] and "<strong>5,5</strong>" in own_pages[2]
    assert "<strong>7</strong>" in own_pages[1]  # each phone sees its own figure, no other
    term.send("n")
    term.wait_for("Programpost 8 av 11")
    assert "Ditt tall:" in phones[0][0].get(url + "/din")  # still served
    term.send("Escape")  # closing run mode stops the server
    term.wait_for("Grupper")  # back on the home screen
    with pytest.raises(OSError):
        urllib.request.urlopen(url, timeout=5)
    term.send("C-q")
    assert term.exit_code() == 0
