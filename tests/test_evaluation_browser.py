"""A phone (390×844) in Debian's headless Chromium, driven by Playwright, fills and submits the
form; the screenshots are kept for a human to look at (tests/artifacts is not committed)."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

from groupguide.evaluation.answers import AnswerStore
from groupguide.phone.evaluation_server import EvaluationServer
from tests.needs import missing
from tests.test_evaluation_server import make_group

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(os.environ.get("GROUPGUIDE_ARTIFACTS", Path(__file__).parent / "artifacts"))


def _playwright():
    try:
        from playwright.async_api import async_playwright
    except ImportError:
        async_playwright = None
    if async_playwright is None:
        missing("playwright not installed", 'pip install -e ".[test]"')
    if not shutil.which(CHROMIUM):
        missing(f"{CHROMIUM} not installed", "apt-get install chromium")
    return async_playwright


async def _phone(p):
    """Chromium as a phone: 390×844 at 2×, touch, no JavaScript, Norwegian."""
    browser = await p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
    context = await browser.new_context(
        viewport={"width": 390, "height": 844},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        java_script_enabled=False,
        locale="nb-NO",
    )
    return browser, await context.new_page()


async def test_phone_fills_and_submits(data_dir, library):
    async_playwright = _playwright()
    group = make_group()
    store = AnswerStore(data_dir)
    evaluation = store.open(group, group.gatherings[0], library.goals, date(2026, 11, 23))
    server = EvaluationServer(store, evaluation, "127.0.0.1", 0)
    await server.start()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    try:
        async with async_playwright() as p:
            browser, page = await _phone(p)
            await page.goto(server.url)
            assert await page.title() == "Evaluering av samlingen"
            # block titles typed with markup-like text show literally
            assert await page.get_by_text("Kasuistikk: [/] antibiotika").count() == 1
            # a large tap target for each scale value
            box = await page.locator("label.opt span").first.bounding_box()
            assert box["height"] >= 44 and box["width"] >= 44
            # submitting without the required question: the browser stops it
            await page.click("button[type=submit]")
            assert evaluation.count == 0
            await page.click("fieldset:nth-of-type(1) label.opt:nth-child(4)")
            await page.click("fieldset:nth-of-type(2) label.opt:nth-child(5)")
            await page.fill("#good", "Gode diskusjoner <script>alert(1)</script>")
            await page.fill("#wishes", "Mer om rus [@click=app.quit]x")
            await page.screenshot(path=str(ARTIFACTS / "evaluation-form.png"), full_page=True)
            await page.click("button[type=submit]")
            await page.wait_for_load_state()
            assert "Takk" in await page.title()
            await page.screenshot(path=str(ARTIFACTS / "evaluation-thanks.png"))
            assert evaluation.count == 1
            answer = evaluation.answers[0]
            assert answer["relevance"] == 4
            assert answer["blocks"][evaluation.blocks[0].key] == 5
            assert answer["good"] == "Gode diskusjoner <script>alert(1)</script>"
            # the same phone cannot answer again
            await page.goto(server.url)
            assert "allerede svart" in await page.content()
            # English switch on a fresh phone (here on the same address: the leader allows it)
            server.allow_shared(1)
            other = await browser.new_context(
                viewport={"width": 390, "height": 844}, java_script_enabled=False
            )
            page2 = await other.new_page()
            await page2.goto(server.url)
            await page2.click("a.lang")
            assert await page2.title() == "Evaluation of the gathering"
            await page2.screenshot(path=str(ARTIFACTS / "evaluation-form-en.png"))
            await browser.close()
    finally:
        await server.stop()
    assert evaluation.count == 1


async def test_phone_sends_audit_figures_and_sees_where_it_stands():
    """Issue 4: the audit form and the phone's own page at phone size, with no JavaScript."""
    from groupguide.phone.audit_server import AuditServer
    from tests.test_audit_phones import MEASURES, Room

    async_playwright = _playwright()
    room = Room()
    for sick_leave, referrals in ((3.1, 8.0), (6.4, 12.5), (4.8, 10.0), (9.0, 15.0)):
        room.submit({"sick_leave": sick_leave, "referrals": referrals})
    server = AuditServer(
        "Egen sykmeldings- og henvisningsstatistikk <b>",
        MEASURES,
        room.get,
        room.submit,
        "127.0.0.1",
        0,
        cookie_id="b1",
    )
    await server.start()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    try:
        async with async_playwright() as p:
            browser, page = await _phone(p)
            await page.goto(server.url)
            assert await page.title() == "Dine tall til auditen"
            box = await page.locator("input.figure").first.bounding_box()
            assert box["height"] >= 44 and box["width"] >= 300
            await page.fill("#m0", "tre")
            await page.click("button[type=submit]")
            await page.wait_for_load_state()
            assert "skriv et tall" in await page.content()
            assert room.figures["sick_leave"] == [3.1, 4.8, 6.4, 9.0]
            await page.fill("#m0", "5,2")
            await page.fill("#m1", "")
            await page.screenshot(path=str(ARTIFACTS / "audit-form.png"), full_page=True)
            await page.click("button[type=submit]")
            await page.wait_for_load_state()
            assert await page.title() == "Hvor ligger du?"
            assert room.figures["sick_leave"] == [3.1, 4.8, 5.2, 6.4, 9.0]
            assert room.figures["referrals"] == [8.0, 10.0, 12.5, 15.0]
            text = await page.inner_text("main")
            assert "Ditt tall:" in text and "5,2" in text
            assert "5 tall er sendt inn så langt" in text and "Gruppens median" not in text
            await page.screenshot(path=str(ARTIFACTS / "audit-mine-open.png"), full_page=True)
            await page.click("a.change")  # a typo can be fixed while the collection is open
            await page.wait_for_load_state()
            assert await page.input_value("#m0") == "5,2"
            await page.click("button[type=submit]")
            await page.wait_for_load_state()
            assert room.figures["sick_leave"] == [3.1, 4.8, 5.2, 6.4, 9.0]
            server.close()  # the leader ends the collection: the distribution shows
            await page.reload()
            text = await page.inner_text("main")
            assert "samme intervall som gruppens median" in text
            assert await page.locator("li.mine").count() == 1
            bar = await page.locator("li.mine .bar").bounding_box()
            assert bar is not None and bar["width"] > 10  # the bar is drawn (CSS classes work)
            await page.screenshot(path=str(ARTIFACTS / "audit-mine.png"), full_page=True)
            await browser.close()
    finally:
        await server.stop()


async def test_phone_is_warned_about_an_identifier_and_types_a_slip_code(data_dir, library):
    """Issue 15 at phone size, no JavaScript: the shared address in ballot mode asks for the
    slip's code; a free text with a phone number comes back masked with a warning, and what is
    sent then is stored masked."""
    from groupguide.evaluation import tokens

    async_playwright = _playwright()
    group = make_group()
    store = AnswerStore(data_dir)
    code = "K7M2QX9A4R"
    evaluation = store.open(
        group,
        group.gatherings[0],
        library.goals,
        date(2026, 11, 23),
        "ballot",
        [tokens.digest(code)],
    )
    server = EvaluationServer(store, evaluation, "127.0.0.1", 0)
    await server.start()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    try:
        async with async_playwright() as p:
            browser, page = await _phone(p)
            await page.goto(server.url)
            box = await page.locator("input.code").bounding_box()
            assert box["height"] >= 44 and box["width"] >= 300
            await page.fill("#kode", "k7m2q x9a4")  # one letter short
            await page.click("button[type=submit]")
            await page.wait_for_load_state()
            assert "ikke en gyldig kode" in await page.content()
            await page.screenshot(path=str(ARTIFACTS / "evaluation-code.png"), full_page=True)
            await page.fill("#kode", "k7m2q-x9a4r")
            await page.click("button[type=submit]")
            await page.wait_for_load_state()
            assert await page.title() == "Evaluering av samlingen"
            await page.click("fieldset:nth-of-type(1) label.opt:nth-child(4)")
            await page.fill("#good", "Pasienten ringte fra 912 34 567 i pausen")
            await page.click("button[type=submit]")
            await page.wait_for_load_state()
            assert "taushetsplikten" in await page.content()
            assert await page.input_value("#good") == (
                "Pasienten ringte fra [telefonnummer fjernet] i pausen"
            )
            await page.screenshot(path=str(ARTIFACTS / "evaluation-warned.png"), full_page=True)
            await page.click("fieldset:nth-of-type(1) label.opt:nth-child(4)")
            await page.click("button[type=submit]")
            await page.wait_for_load_state()
            assert "Takk" in await page.title()
            await browser.close()
    finally:
        await server.stop()
    assert evaluation.count == 1
    assert evaluation.answers[0]["good"] == "Pasienten ringte fra [telefonnummer fjernet] i pausen"
