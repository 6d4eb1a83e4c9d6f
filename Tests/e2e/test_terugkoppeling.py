"""End-to-end tests of the terugkoppeling's web page (`/terugkoppeling`) in Debian's Chromium, with
the server, browser and checks of test_loket.py: typing the notes with the live preview, an
agreement row added, Enter in a field, a health word named above the preview, the sheet and the
bouwstenen (text and Markdown) downloaded and read, the copy button, messages beside their fields, axe-core's WCAG 2.1 AA rules, and the page
without JavaScript. Screenshots in .build/e2e-screenshots (terugkoppeling-*.png).

This module starts its own server (the fixtures are module-scoped): its last test stops it and
shows it kept nothing and logged none of the notes.
"""

import re
import subprocess
from datetime import date, timedelta

from playwright.sync_api import expect

from test_loket import (  # noqa: F401  (browser, page and server are fixtures)
    assert_accessible,
    assert_no_horizontal_scrolling,
    browser,
    is_preview,
    page,
    screenshot,
    server,
    shown_pixels,
)

PATH = "/terugkoppeling"
PREVIEW = PATH + "/voorbeeld"
# Words that appear nowhere in the kit, so finding them in a log or a file means they leaked.
CLIENT_NAME = "Wietske Haverkamp"
NOTES = {
    "ervaringen": "Ik werk als kok in een verpleeghuis. Sinds de zomer heb ik last van mijn rug.",
    "behoeften": "Ik wil kortere diensten en een kruk bij het aanrecht.",
    "toekomst": "Over een jaar wil ik weer vier dagen werken.",
}
SECRET = "Mijn buurman weet hier niets van."
# The conversation was yesterday: the sheet is sent today, and a conversation after that is refused.
CONVERSATION = date.today() - timedelta(days=1)
STEM = f"{CONVERSATION.isoformat()}_wietske-haverkamp_terugkoppeling"


def fill_required(page):
    page.locator("#naam").fill(CLIENT_NAME)
    page.locator("#datum").fill(f"{CONVERSATION.day}-{CONVERSATION.month}-{CONVERSATION.year}")
    page.locator("#arbeidsdeskundige").fill("Noor Jansen")


def preview_image(page):
    return page.locator("#voorbeeld .bladzijden img").first


def wait_for_new_preview(page, previous_source):
    """Waits until the first preview picture is a new one and decoded; returns its pixels."""
    expect(preview_image(page)).not_to_have_attribute("src", previous_source or "", timeout=15000)
    page.wait_for_function("(() => { const i = document.querySelector('#voorbeeld img'); "
                           "return i && i.complete && i.naturalWidth > 0; })()")
    return shown_pixels(page)


def pdf_text(download, tmp_path, name):
    saved = tmp_path / name
    download.save_as(saved)
    return subprocess.run(["pdftotext", str(saved), "-"], check=True, capture_output=True, text=True).stdout


def test_the_empty_page_is_accessible_and_fits_768_pixels(page, server):
    page.goto(server.url + PATH)
    expect(page.locator("#voorbeeld")).to_be_visible()
    expect(page.locator(".samenvatting, .melding")).to_have_count(0)
    assert_accessible(page, PATH)
    screenshot(page, "terugkoppeling")
    assert_no_horizontal_scrolling(page, PATH)
    screenshot(page, "terugkoppeling-768")


def test_notes_preview_agreements_enter_and_every_download(page, server, tmp_path):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    page.goto(server.url + "/")
    page.get_by_role("link", name="Terugkoppeling").click()
    expect(page).to_have_url(server.url + PATH)
    fill_required(page)

    # Each onderwerp typed in turn changes the preview: it shows what was just written.
    pixels, source = None, None
    for field, text in NOTES.items():
        with page.expect_response(lambda r: is_preview(r, PREVIEW) and r.status == 200) as answered:
            page.locator(f"#{field}").fill(text + ("\n[privé] " + SECRET if field == "behoeften" else ""))
        assert "?" not in answered.value.url, "notes never in a URL"
        new_pixels = wait_for_new_preview(page, source)
        assert new_pixels != pixels, f"the preview shows what was typed in {field}"
        pixels, source = new_pixels, preview_image(page).get_attribute("src")
    expect(preview_image(page)).to_have_attribute("alt", re.compile("Voorbeeld van"))
    expect(page.locator("#voorbeeld-status")).to_have_text(re.compile("bijgewerkt"))

    # A health word in what goes to the report is named above the preview; nothing is refused.
    checks = page.locator("#controle")
    expect(checks).to_be_visible()
    expect(checks.locator("li")).to_have_text([
        "Jouw ervaringen: ‘rug’ in „Sinds de zomer heb ik last van mijn rug.”. Medische informatie hoort niet in "
        "het rapport voor de werkgever. Schrijf liever wat wel en niet lukt."])
    expect(page.locator("#voorbeeld-status")).to_contain_text("Kijk na wat boven het voorbeeld staat.")

    # An agreement, then "Nog een afspraak": the page comes back with every value and a second row.
    page.locator("#afspraken-1-wat").fill("Gesprek met de chef over kortere diensten")
    page.locator("#afspraken-1-wie").fill("cliënt")
    page.locator("#afspraken-1-wanneer").fill("11 december 2026")
    page.get_by_role("button", name="Nog een afspraak").click()
    expect(page.locator("#afspraken-2-wat")).to_be_visible()
    expect(page.locator("#afspraken-1-wat")).to_have_value("Gesprek met de chef over kortere diensten")
    expect(page.locator("#behoeften")).to_have_value(re.compile(re.escape(SECRET)))
    page.locator("#afspraken-2-wat").fill("Werkplekonderzoek aanvragen")
    page.locator("#afspraken-2-wie").fill("arbeidsdeskundige")

    # Enter in a one-line field updates the preview; it adds no row and leaves the page.
    rows = page.locator("input[name$='[wat]']").count()
    with page.expect_response(lambda r: is_preview(r, PREVIEW) and r.status == 200):
        page.locator("#afspraken-2-wanneer").fill("7 december 2026")
        page.locator("#afspraken-2-wanneer").press("Enter")
    page.wait_for_timeout(500)
    assert page.url == server.url + PATH
    assert page.locator("input[name$='[wat]']").count() == rows, "Enter added an agreement row"
    expect(page.locator("#afspraken-2-wanneer")).to_have_value("7 december 2026")
    expect(page.locator("#afspraken-2-wanneer")).to_be_focused()
    page.locator("#naam").press("Enter")
    page.wait_for_timeout(500)
    assert page.locator("input[name$='[wat]']").count() == rows
    wait_for_new_preview(page, None)
    assert_accessible(page, PATH + " filled, with a preview")
    screenshot(page, "terugkoppeling-voorbeeld")

    # The sheet: the notes and the agreements, the private line nowhere.
    with page.expect_download() as download:
        page.get_by_role("button", name="Download PDF").click()
    assert download.value.suggested_filename == f"{STEM}.pdf"
    text = " ".join(pdf_text(download.value, tmp_path, "blad.pdf").split())
    for note in NOTES.values():
        assert note in text
    assert "Werkplekonderzoek aanvragen" in text and "buurman" not in text

    # The bouwstenen, as text and as Markdown: the same notes, the private line nowhere.
    downloads = {}
    for extension in ("txt", "md"):
        with page.expect_download() as download:
            page.get_by_role("button", name=f"Download bouwstenen (.{extension})").click()
        assert download.value.suggested_filename == f"{STEM}.{extension}"
        saved = tmp_path / f"bouwstenen.{extension}"
        download.value.save_as(saved)
        downloads[extension] = saved.read_text(encoding="utf-8")
        flat = " ".join(downloads[extension].split())
        for note in NOTES.values():
            assert note in flat, f"{note} in the .{extension}"
        assert "buurman" not in flat and "Werkplekonderzoek aanvragen" in flat
    assert "## " in downloads["md"] and "## " not in downloads["txt"]

    # "Kopieer de bouwstenen": the text download's very text on the clipboard, said out loud.
    copy = page.get_by_role("button", name="Kopieer de bouwstenen")
    expect(copy).to_be_visible()
    copy.click()
    copied = page.locator("#kopieer-status")
    expect(copied).to_have_attribute("aria-live", "polite")
    expect(copied).to_have_text("De bouwstenen staan op het klembord. Plak ze in uw rapport.")
    assert page.evaluate("navigator.clipboard.readText()") == downloads["txt"]
    screenshot(page, "terugkoppeling-gekopieerd")


def test_messages_beside_their_fields_live_and_after_posting(page, server):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    page.goto(server.url + PATH)
    fill_required(page)
    page.locator("#datum").fill("31-02-2026")
    page.locator("#ervaringen").fill("[privé] " + SECRET)
    status = page.locator("#voorbeeld-status")
    expect(status).to_contain_text("Deze datum klopt niet")
    expect(status).to_contain_text("Schrijf bij ten minste één onderwerp")
    expect(page.locator("#voorbeeld .bladzijden img")).to_have_count(0)

    # Copying what cannot be read yet says why, and puts nothing on the clipboard.
    page.evaluate("navigator.clipboard.writeText('leeg')")
    page.get_by_role("button", name="Kopieer de bouwstenen").click()
    expect(page.locator("#kopieer-status")).to_contain_text("Nog niet gekopieerd")
    expect(page.locator("#kopieer-status")).to_contain_text("Deze datum klopt niet")
    assert page.evaluate("navigator.clipboard.readText()") == "leeg"

    page.get_by_role("button", name="Download PDF").click()
    expect(page.locator("#datum-melding")).to_contain_text("Deze datum klopt niet")
    expect(page.locator("#datum")).to_have_attribute("aria-describedby", "datum-melding")
    expect(page.locator("#datum")).to_have_value("31-02-2026")
    for topic in NOTES:
        expect(page.locator(f"#{topic}-melding")).to_contain_text("Schrijf bij ten minste één onderwerp")
        expect(page.locator(f"#{topic}")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#ervaringen")).to_have_value("[privé] " + SECRET)
    summary = page.locator(".samenvatting")
    expect(summary).to_be_focused()
    assert_accessible(page, PATH + " with messages")
    screenshot(page, "terugkoppeling-fout")
    summary.get_by_role("link", name=re.compile("Datum van het gesprek")).click()
    expect(page.locator("#datum")).to_be_focused()


def test_without_javascript_enter_shows_the_first_page_and_rows_still_add(browser, server):
    context = browser.new_context(java_script_enabled=False, accept_downloads=True)
    page = context.new_page()
    page.goto(server.url + PATH)
    expect(page.locator("#voorbeeld")).to_be_hidden()
    expect(page.locator("button[data-kopieer]")).to_be_hidden()
    page.get_by_role("button", name="Nog een afspraak").click()
    expect(page.locator("#afspraken-2-wat")).to_be_visible()
    fill_required(page)
    page.locator("#toekomst").fill(NOTES["toekomst"])
    with page.expect_response(lambda r: is_preview(r, PREVIEW)) as preview:
        page.locator("#afspraken-1-wat").press("Enter")
    assert preview.value.status == 200 and preview.value.headers["content-type"] == "image/png"
    context.close()


def test_zz_the_server_kept_nothing_and_logged_no_notes(server):
    # Last in the file (pytest keeps the file's order): it stops this module's server.
    assert server.stop() == 0, server.log
    assert list(server.work.iterdir()) == [], "the server wrote into its working directory"
    assert list(server.tmp.iterdir()) == [], "the server wrote into TMPDIR"
    # The access log: one JSON object a line (method, route, status, duration, user).
    assert any('"method":"POST"' in line and '"route":"/terugkoppeling"' in line for line in server.log.splitlines()), \
        "the access log is there to be checked"
    for secret in (CLIENT_NAME, "Haverkamp", "haverkamp", "buurman", "kruk bij het aanrecht", "31-02-2026",
                   "mijn rug", "mijn%20rug"):
        assert secret not in server.log, f"the log holds notes ({secret})"
