/// The page's only script, served by the tool itself at `/static/loket.js` (the policy allows
/// scripts from this origin only, none inline). It adds the live preview to the client forms, and
/// the copy button to the terugkoppeling's; a page without it is a plain form that still works
/// (its preview button shows the first page, the bouwstenen download).
enum Script {
    static let path = "/static/loket.js"

    /// Shortly after typing stops, the form goes to `/…/voorbeeld` in a POST body (client data
    /// never in a URL), one request per page, and the PNGs are shown from `blob:` URLs that are
    /// revoked when replaced. A form that is not yet valid gives its Dutch messages in the polite
    /// status line instead of the pictures. Warnings that come with the first page
    /// (`X-Health-Mentions`, the terugkoppeling's) are listed in `#controle`, and the status line
    /// says there are some.
    static let javaScript = #"""
        "use strict";
        (function () {
          var form = document.querySelector("form[data-voorbeeld]");
          var area = document.getElementById("voorbeeld");
          if (!form || !area || !window.fetch || !window.URLSearchParams) return;
          var status = document.getElementById("voorbeeld-status");
          var pages = area.querySelector(".bladzijden");
          var address = form.getAttribute("data-voorbeeld");
          var title = form.getAttribute("data-titel") || "het document";
          // Long enough that a typist is not interrupted, short enough to feel live.
          var delay = 400;
          var timer = null;
          var running = null;
          var shownURLs = [];
          var checks = document.getElementById("controle");
          var checkCount = 0;

          // The warnings of the first page's answer, or none.
          function showChecks(header) {
            if (!checks) return;
            var list = checks.querySelector("ul");
            var items = (header || "").split(",").filter(function (part) { return part !== ""; }).map(function (part) {
              var item = document.createElement("li");
              item.textContent = decodeURIComponent(part);
              return item;
            });
            list.replaceChildren.apply(list, items);
            checks.hidden = items.length === 0;
            checkCount = items.length;
          }

          area.hidden = false;
          form.classList.add("met-voorbeeld");

          // A polite live region repeats nothing: the same text is not set again.
          function say(text) {
            if (status.textContent !== text) status.textContent = text;
          }

          function requestPage(number, signal) {
            var fields = new URLSearchParams(new FormData(form));
            fields.set("pagina", String(number));
            return fetch(address, { method: "POST", body: fields, signal: signal, cache: "no-store",
                                    credentials: "same-origin" });
          }

          function show(blobs) {
            var previous = shownURLs;
            shownURLs = [];
            var images = blobs.map(function (blob, index) {
              var image = document.createElement("img");
              var url = URL.createObjectURL(blob);
              shownURLs.push(url);
              image.src = url;
              image.alt = blobs.length > 1
                ? "Voorbeeld van " + title + ", bladzijde " + (index + 1) + " van " + blobs.length
                : "Voorbeeld van " + title;
              return image;
            });
            pages.replaceChildren.apply(pages, images);
            previous.forEach(function (url) { URL.revokeObjectURL(url); });
            var said = blobs.length > 1 ? "Het voorbeeld is bijgewerkt: " + blobs.length + " bladzijden."
                                        : "Het voorbeeld is bijgewerkt.";
            if (checkCount) said += " Kijk na wat boven het voorbeeld staat.";
            say(said);
          }

          function clear() {
            pages.replaceChildren();
            shownURLs.forEach(function (url) { URL.revokeObjectURL(url); });
            shownURLs = [];
          }

          // The server's answer is the form page with its messages (422) or a short message page
          // (503, 400): its words are read from it, so they are written once, in Swift.
          function problem(response) {
            return response.text().then(function (html) {
              var page = new DOMParser().parseFromString(html, "text/html");
              var items = Array.prototype.map.call(page.querySelectorAll(".samenvatting li"), function (item) {
                return item.textContent.trim();
              });
              var message = page.querySelector("main p");
              clear();
              showChecks("");
              say(items.length ? "Nog geen voorbeeld. " + items.join(" ")
                               : (message ? message.textContent.trim() : "Het voorbeeld kon niet gemaakt worden."));
            });
          }

          function update() {
            clearTimeout(timer);
            if (running) running.abort();
            var controller = new AbortController();
            running = controller;
            area.setAttribute("aria-busy", "true");
            var blobs = [];
            function next(number, count) {
              if (number > count) return Promise.resolve(show(blobs));
              return requestPage(number, controller.signal).then(function (response) {
                if (!response.ok) return problem(response);
                var total = parseInt(response.headers.get("X-Page-Count"), 10) || 1;
                if (number === 1) showChecks(response.headers.get("X-Health-Mentions"));
                return response.blob().then(function (blob) {
                  blobs.push(blob);
                  return next(number + 1, total);
                });
              });
            }
            next(1, 1).catch(function (error) {
              if (error.name !== "AbortError") say("Het voorbeeld kon niet gemaakt worden. Probeer het opnieuw.");
            }).then(function () {
              if (running === controller) {
                running = null;
                area.removeAttribute("aria-busy");
              }
            });
          }

          function later() {
            clearTimeout(timer);
            timer = setTimeout(update, delay);
          }

          form.addEventListener("input", later);
          form.addEventListener("change", later);
          // With the script the preview buttons update the preview here instead of opening the PNG
          // (the terugkoppeling has two: the visible one, and the one Enter clicks).
          Array.prototype.forEach.call(form.querySelectorAll("button[formaction]"), function (button) {
            button.addEventListener("click", function (event) {
              event.preventDefault();
              update();
            });
          });

          // "Kopieer": the form's text output (its button's `data-kopieer` names the `uitvoer`) to the
          // clipboard, with what happened in its own polite status line. The button stays hidden where
          // the Clipboard API is missing (an old browser, or a page not served over https or from this
          // computer), so no one presses a button that cannot work.
          var copyButton = form.querySelector("button[data-kopieer]");
          var copyStatus = document.getElementById("kopieer-status");
          if (copyButton && copyStatus && navigator.clipboard && (window.ClipboardItem || navigator.clipboard.writeText)) {
            copyButton.hidden = false;
            copyButton.addEventListener("click", function () {
              copyStatus.textContent = "";
              var fields = new URLSearchParams(new FormData(form));
              fields.set("uitvoer", copyButton.getAttribute("data-kopieer") || "bouwstenen");
              var notReady = null;
              var text = fetch(form.getAttribute("action"), { method: "POST", body: fields, cache: "no-store",
                                                              credentials: "same-origin" })
                .then(function (response) {
                  if (response.ok) return response.text();
                  return response.text().then(function (html) {
                    var page = new DOMParser().parseFromString(html, "text/html");
                    notReady = Array.prototype.map.call(page.querySelectorAll(".samenvatting li"), function (item) {
                      return item.textContent.trim();
                    });
                    throw new Error("not ready");
                  });
                });
              // Safari allows writing only in the click itself: a ClipboardItem takes the text as a
              // promise, so the click starts the write and the text follows.
              var written = window.ClipboardItem && navigator.clipboard.write
                ? navigator.clipboard.write([new ClipboardItem({ "text/plain": text.then(function (value) {
                    return new Blob([value], { type: "text/plain" });
                  }) })])
                : text.then(function (value) { return navigator.clipboard.writeText(value); });
              written.then(function () {
                copyStatus.textContent = "De bouwstenen staan op het klembord. Plak ze in uw rapport.";
              }, function () {
                copyStatus.textContent = notReady && notReady.length
                  ? "Nog niet gekopieerd. " + notReady.join(" ")
                  : "Kopiëren lukte niet. Download de bouwstenen als tekst en kopieer ze daaruit.";
              });
            });
          }
          // A form that comes back with values (after a message, or the browser's Back) shows them.
          var filled = Array.prototype.some.call(form.elements, function (field) {
            return (field.tagName === "INPUT" || field.tagName === "TEXTAREA") && field.value.trim() !== "";
          });
          if (filled) update();
        })();
        """#
}
