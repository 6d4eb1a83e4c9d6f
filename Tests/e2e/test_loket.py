"""End-to-end tests of the web page (`materialen serve`) in a real browser: Debian's Chromium,
driven by Playwright for Python, checked with axe-core. Run by `make e2e` (part of `make test`).

The server runs from the debug build with its working directory and TMPDIR in empty folders,
so the last test can show it wrote nothing to disk and logged no client data. A missing tool
fails the run: these tests never skip.
"""

import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect, sync_playwright

REPOSITORY = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = REPOSITORY / ".build" / "e2e-screenshots"
# A name that appears nowhere in the kit, so finding it in a log or a file means it leaked.
CLIENT_NAME = "Fenna Oosterbroek"
PAGES = ["/", "/werkblad", "/brief", "/bijlage", "/kompas", "/strip"]
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def binary() -> Path:
    """The debug `materialen` that `make e2e` builds first (MATERIALEN_BIN names another)."""
    if "MATERIALEN_BIN" in os.environ:
        path = Path(os.environ["MATERIALEN_BIN"])
    else:
        bin_dir = subprocess.run(["swift", "build", "--show-bin-path"], cwd=REPOSITORY, check=True,
                                 capture_output=True, text=True).stdout.strip()
        path = Path(bin_dir) / "materialen"
    if not path.is_file():
        pytest.fail(f"{path} is missing: run `swift build` first (make e2e does)")
    return path


class Server:
    """`materialen serve` on a free port of 127.0.0.1, with everything it prints kept."""

    def __init__(self):
        self.work = Path(tempfile.mkdtemp(prefix="loket-cwd-"))
        self.tmp = Path(tempfile.mkdtemp(prefix="loket-tmp-"))
        environment = dict(os.environ, TMPDIR=str(self.tmp), MATERIALEN_ASSETS=str(REPOSITORY / "Assets"))
        self.process = subprocess.Popen([str(binary()), "serve", "--host", "127.0.0.1", "--port", "0"],
                                        cwd=self.work, env=environment, stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True)
        self.lines: list[str] = []
        self.listening = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()
        if not self.listening.wait(30):
            self.process.kill()
            pytest.fail("the server did not print 'Listening on' within 30 s:\n" + "".join(self.lines))
        self.url = re.search(r"Listening on (http://\S+)", "".join(self.lines)).group(1)

    def _read(self):
        for line in self.process.stdout:
            self.lines.append(line)
            if line.startswith("Listening on"):
                self.listening.set()

    def stop(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=30)

    @property
    def log(self) -> str:
        return "".join(self.lines)


@pytest.fixture(scope="module")
def server():
    for tool in (CHROMIUM, shutil.which("pdftotext")):
        if not tool or not Path(tool).exists():
            pytest.fail(f"missing tool: {tool or 'pdftotext'} (make e2e installs chromium and poppler-utils)")
    running = Server()
    yield running
    if running.process.poll() is None:
        running.stop()
    shutil.rmtree(running.work, ignore_errors=True)
    shutil.rmtree(running.tmp, ignore_errors=True)


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        # Debian's Chromium: Playwright's own browser download cannot work here (and is not wanted).
        launched = playwright.chromium.launch(executable_path=CHROMIUM)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True, locale="nl-NL")
    opened = context.new_page()
    problems = []
    # A status such as the 422 of an incomplete form is logged as "Failed to load resource": expected.
    opened.on("console", lambda message: problems.append(message.text)
              if message.type == "error" and not message.text.startswith("Failed to load resource") else None)
    opened.on("pageerror", lambda error: problems.append(str(error)))
    yield opened
    context.close()
    assert problems == [], f"the browser reported errors (a policy violation shows here too): {problems}"


def screenshot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)


def assert_accessible(page, where):
    """axe-core's WCAG 2.1 A and AA rules: no serious or critical violation."""
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_AA}, "resultTypes": ["violations"]})
    violations = results.response["violations"]
    for violation in violations:
        print(f"axe {where}: {violation['impact']} {violation['id']}: {violation['help']}")
    serious = [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']]}"
               for v in violations if v["impact"] in ("serious", "critical")]
    assert serious == [], f"{where}: {serious}"


def assert_no_horizontal_scrolling(page, where):
    page.set_viewport_size({"width": 768, "height": 900})
    widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], f"{where} scrolls sideways at 768 px: {widths}"


def tab_to(page, predicate, presses=30):
    """Presses Tab until `predicate` (JavaScript on document.activeElement) holds."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate(f"(element => {predicate})(document.activeElement)"):
            return
    pytest.fail(f"Tab never reached an element where {predicate}")


def shown_pixels(page):
    """The preview's first picture as the browser decoded it (a data URL of its pixels)."""
    return page.evaluate("""() => {
        const image = document.querySelector('#voorbeeld .bladzijden img');
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth; canvas.height = image.naturalHeight;
        canvas.getContext('2d').drawImage(image, 0, 0);
        return canvas.toDataURL();
    }""")


def is_preview(response, path):
    return response.url.endswith(path) and response.request.method == "POST"


@pytest.mark.parametrize("path", PAGES)
def test_every_page_is_accessible_and_fits_768_pixels(page, server, path):
    page.goto(server.url + path)
    assert_accessible(page, path)
    name = "start" if path == "/" else path.strip("/")
    screenshot(page, name)
    assert_no_horizontal_scrolling(page, path)
    screenshot(page, f"{name}-768")


def test_werkblad_by_keyboard_with_live_preview_and_download(page, server, tmp_path):
    page.goto(server.url + "/")
    page.get_by_role("link", name="Werkblad").click()
    expect(page.locator("#voorbeeld")).to_be_visible()
    expect(page.locator(".samenvatting, .melding")).to_have_count(0)
    tab_to(page, "element.id === 'naam'")
    with page.expect_response(lambda r: is_preview(r, "/werkblad/voorbeeld") and r.status == 200) as first:
        page.keyboard.type(CLIENT_NAME)
        page.keyboard.press("Tab")
        page.keyboard.type("4-12-2026")
    response = first.value
    assert "?" not in response.url, "client data never in a URL"
    assert CLIENT_NAME.replace(" ", "+") in (response.request.post_data or "")
    # The werkblad's front and its back side.
    pages = page.locator("#voorbeeld .bladzijden img")
    expect(pages).to_have_count(2)
    image = pages.first
    expect(image).to_have_attribute("alt", re.compile("Voorbeeld van"))
    expect(page.locator("#voorbeeld-status")).to_have_text(re.compile("bijgewerkt"))
    first_source = image.get_attribute("src")
    assert first_source.startswith("blob:")
    page.wait_for_function("document.querySelector('#voorbeeld img').complete")
    first_pixels = shown_pixels(page)

    with page.expect_response(lambda r: is_preview(r, "/werkblad/voorbeeld") and r.status == 200):
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("End")
        page.keyboard.type(" de Vries")
    expect(image).not_to_have_attribute("src", first_source)
    page.wait_for_function("document.querySelector('#voorbeeld img').complete")
    assert page.evaluate("document.querySelector('#voorbeeld img').naturalWidth") > 0
    assert shown_pixels(page) != first_pixels, "the preview shows the new name"
    assert_accessible(page, "/werkblad with a preview")
    screenshot(page, "werkblad-voorbeeld")

    tab_to(page, "element.tagName === 'BUTTON' && element.textContent.includes('PDF')")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename == "2026-12-04_fenna-oosterbroek-de-vries_werkblad.pdf"
    saved = tmp_path / "werkblad.pdf"
    download.value.save_as(saved)
    text = subprocess.run(["pdftotext", str(saved), "-"], check=True, capture_output=True, text=True).stdout
    assert f"{CLIENT_NAME} de Vries" in text


def test_the_letters_preview_shows_every_page(page, server):
    page.goto(server.url + "/brief")
    fields = {"naam": CLIENT_NAME, "datum": "4-12-2026", "tijd": "09:30", "locatie": "Kantoor Utrecht",
              "arbeidsdeskundige": "Noor Jansen"}
    for name, value in fields.items():
        page.locator(f"#{name}").fill(value)
    images = page.locator("#voorbeeld .bladzijden img")
    expect(images).to_have_count(3, timeout=15000)
    expect(images.nth(2)).to_have_attribute("alt", re.compile("bladzijde 3 van 3"))
    assert_accessible(page, "/brief with a preview")
    screenshot(page, "brief-voorbeeld")
    assert_no_horizontal_scrolling(page, "/brief with a preview")
    screenshot(page, "brief-voorbeeld-768")


def test_a_wrong_date_is_explained_live_and_beside_the_field(page, server):
    page.goto(server.url + "/werkblad")
    page.locator("#naam").fill(CLIENT_NAME)
    page.locator("#datum").fill("31-02-2026")
    status = page.locator("#voorbeeld-status")
    expect(status).to_have_attribute("aria-live", "polite")
    expect(status).to_contain_text("Deze datum klopt niet")
    expect(page.locator("#voorbeeld .bladzijden img")).to_have_count(0)

    page.get_by_role("button", name="Download PDF").click()
    expect(page.locator("#datum-melding")).to_contain_text("Deze datum klopt niet")
    expect(page.locator("#datum")).to_have_attribute("aria-describedby", "datum-melding")
    expect(page.locator("#datum")).to_have_value("31-02-2026")
    summary = page.locator(".samenvatting")
    expect(summary).to_contain_text("Niet alles is goed ingevuld")
    expect(summary).to_be_focused()
    assert_accessible(page, "/werkblad with a message")
    screenshot(page, "werkblad-fout")
    summary.get_by_role("link").first.click()
    expect(page.locator("#datum")).to_be_focused()


def test_without_javascript_the_form_still_works(browser, server):
    context = browser.new_context(java_script_enabled=False, accept_downloads=True)
    page = context.new_page()
    page.goto(server.url + "/werkblad")
    expect(page.locator("#voorbeeld")).to_be_hidden()
    page.locator("#naam").fill(CLIENT_NAME)
    page.locator("#datum").fill("4-12-2026")
    with page.expect_response(lambda r: is_preview(r, "/werkblad/voorbeeld")) as preview:
        page.get_by_role("button", name="Bekijk de eerste bladzijde").click()
    assert preview.value.status == 200 and preview.value.headers["content-type"] == "image/png"
    context.close()


def test_the_kompas_preview_follows_the_options_and_the_png_has_its_resolution(page, server, tmp_path):
    page.goto(server.url + "/kompas")
    image = page.locator("img[data-voorbeeld-opties]")
    expect(image).to_have_attribute("src", "/kompas/voorbeeld")
    expect(page.get_by_role("button", name="Bekijk het voorbeeld")).to_be_hidden()
    with page.expect_response(lambda r: "/kompas/voorbeeld?paper=a4" in r.url and r.status == 200):
        page.get_by_label("Papierformaat").select_option("a4")
    expect(image).to_have_attribute("alt", "Voorbeeld – Papierformaat: A4 (liggend), Snijlijn voor een rond kompas: nee")
    with page.expect_response(lambda r: r.url.endswith("/kompas/voorbeeld?paper=a4&cut-line=true") and r.status == 200):
        page.get_by_label("Snijlijn voor een rond kompas").check()
    page.wait_for_function("document.querySelector('img[data-voorbeeld-opties]').complete")
    assert page.evaluate("document.querySelector('img[data-voorbeeld-opties]').naturalWidth") > 0
    assert page.url.endswith("/kompas?paper=a4&cut-line=true"), "a reload keeps the options"
    assert_accessible(page, "/kompas with a preview")
    screenshot(page, "kompas-voorbeeld")

    page.get_by_label(re.compile("Resolutie van de PNG")).fill("40")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download PNG").click()
    assert download.value.suggested_filename == "kompas.png"
    saved = tmp_path / "kompas.png"
    download.value.save_as(saved)
    width = int.from_bytes(saved.read_bytes()[16:20], "big")
    assert width == round(297 / 25.4 * 40), "A4 landscape at 40 dpi"


def test_without_javascript_the_strip_page_shows_the_chosen_preview(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server.url + "/strip")
    page.get_by_label("Indeling").select_option("grid")
    page.get_by_role("button", name="Bekijk het voorbeeld").click()
    expect(page).to_have_url(re.compile(r"/strip\?layout=grid&width=170"))
    expect(page.locator("img[data-voorbeeld-opties]")).to_have_attribute("src", "/strip/voorbeeld?layout=grid&width=170")
    context.close()


def test_zz_the_server_kept_nothing_and_logged_no_client_data(server):
    # Last in the file (pytest keeps the file's order): it stops the server the others used.
    assert server.stop() == 0, server.log
    assert list(server.work.iterdir()) == [], "the server wrote into its working directory"
    assert list(server.tmp.iterdir()) == [], "the server wrote into TMPDIR"
    # The access log: one JSON object a line (method, route, status, duration, user).
    assert any('"method":"POST"' in line and '"route":"/werkblad"' in line for line in server.log.splitlines()), \
        "the access log is there to be checked"
    for secret in (CLIENT_NAME, "Oosterbroek", "oosterbroek", "31-02-2026"):
        assert secret not in server.log, f"the log holds client data ({secret})"
