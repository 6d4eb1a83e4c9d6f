/// The page's only stylesheet, served by the tool itself at `/static/loket.css` (no CDN, so the
/// Content-Security-Policy can allow styles from this origin only). Calm: one column, large text,
/// strong focus outlines, errors marked by a bar and words, never by colour alone.
enum Stylesheet {
    static let path = "/static/loket.css"

    /// The `@font-face` rules for the kit's typefaces (see `WebFonts`): Andika for text, Lato for
    /// headings. `swap` shows the text at once in the fallback face while a font loads.
    static let fontFaces = [("Andika", "Andika-Regular.ttf", 400), ("Andika", "Andika-Bold.ttf", 700),
                            ("Lato", "Lato-Bold.ttf", 700), ("Lato", "Lato-Black.ttf", 900)]
        .map { family, file, weight in
            "@font-face { font-family: \"\(family)\"; src: url(\"\(WebFonts.path(file))\") format(\"truetype\"); "
                + "font-weight: \(weight); font-style: normal; font-display: swap; }"
        }
        .joined(separator: "\n")

    /// The kit's palette (docs/visual-style.md): ink for text, navy (the centre, "Ons gesprek") for
    /// the page's frame and headings, teal for what you can act on, tints for calm areas. Every text
    /// colour is at least 4.5:1 against what lies behind it; field borders and focus at least 3:1.
    static let css = fontFaces + """

        :root { --tekst: #1f2430; --navy: #2e3a59; --accent: #11707a; --accent-tekst: #0e6470; --accent-donker: #0b5a62;
                --fout: #a4262c; --vlak: #f3f5f9; --tint: #e6e9f1; --lijn: #c9d0dc; --rand: #4a5a63; --zacht: #4a5a63;
                --focus: #ffdd00;
                --tekstletter: "Andika", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
                --kopletter: "Lato", "Andika", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 1.125rem/1.5 var(--tekstletter); color: var(--tekst); background: #fff; }
        header, main, footer { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem; }
        main { padding-bottom: 2rem; }
        main > * { max-width: 46rem; }
        main > .werkruimte { max-width: none; }
        /* The header is a navy band over the full width; its text lines up with the page's column. */
        header { max-width: none; background: var(--navy); color: #fff;
                 padding: .9rem max(1.25rem, calc((100% - 72rem) / 2 + 1.25rem)); }
        header a { color: #fff; text-decoration: none; font: 700 1.125rem/1.3 var(--kopletter); letter-spacing: .01em; }
        header a:hover { text-decoration: underline; }
        /* Hosted with a login: who is logged in, and the way out, at the right of the band. */
        header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .5rem 1.5rem; }
        header .aangemeld { display: flex; align-items: center; gap: .75rem; font-size: 1rem; }
        header .aangemeld form { margin: 0; }
        header .aangemeld button { padding: .25rem .8rem; font-size: 1rem; }
        h1, h2, h3 { font-family: var(--kopletter); color: var(--navy); }
        h1 { font-size: 2.25rem; font-weight: 900; line-height: 1.2; margin: 1.5rem 0 .75rem; }
        h2 { font-size: 1.5rem; font-weight: 700; line-height: 1.25; margin: 2rem 0 .5rem; }
        p { margin: 0 0 1rem; }
        a { color: var(--accent-tekst); text-decoration-thickness: 1px; text-underline-offset: .15em; }
        a:hover { color: var(--accent-donker); text-decoration-thickness: 3px; }
        code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .88em;
               background: var(--tint); border-radius: .2rem; padding: 0 .2em; }
        /* Focus: a dark ring that shows on white, tints and navy alike; links get the yellow of
           government sites, with a dark bar under them. */
        :focus-visible { outline: 3px solid var(--tekst); outline-offset: 2px; box-shadow: 0 0 0 2px #fff; }
        a:focus-visible { outline: 3px solid transparent; background: var(--focus); color: var(--tekst);
                          box-shadow: 0 -2px var(--focus), 0 4px var(--tekst); text-decoration: none; }
        .kaarten { list-style: none; padding: 0; margin: 1.5rem 0; display: grid; gap: 1rem; }
        /* A card is one link: its title's link covers the whole card. */
        .kaart { position: relative; background: var(--vlak); border: 1px solid var(--lijn); border-left: 5px solid var(--navy);
                 border-radius: .5rem; padding: 1rem 1.25rem; }
        .kaart:hover { background: var(--tint); }
        .kaart h2 { margin: 0 0 .5rem; font-size: 1.375rem; }
        .kaart h2 a::after { content: ""; position: absolute; inset: 0; }
        .kaart p { margin-bottom: 0; }
        main > .kaarten { max-width: 60rem; }
        @media (min-width: 48rem) { .kaarten { grid-template-columns: 1fr 1fr; } }
        .veld { margin: 0 0 1.5rem; }
        .veld label { display: block; font-weight: 700; margin-bottom: .35rem; }
        .hint { display: block; font-weight: 400; font-size: 1rem; color: var(--zacht); margin-top: .1rem; }
        input, select, textarea { font: inherit; width: 100%; max-width: 32rem; padding: .5rem .6rem; line-height: 1.4;
                                  border: 2px solid var(--rand); border-radius: .35rem; background: #fff; color: inherit; }
        input:focus-visible, select:focus-visible, textarea:focus-visible { border-color: var(--tekst);
                                  box-shadow: inset 0 0 0 1px var(--tekst); outline-offset: 1px; }
        /* A checkbox large enough to hit, beside its label. */
        input[type=checkbox] { width: 1.5rem; height: 1.5rem; margin: 0 .6rem 0 0; vertical-align: -.3rem; accent-color: var(--accent); }
        input[type=file] { padding: .35rem; }
        input[type=file]::file-selector-button { font: inherit; font-weight: 700; margin-right: .75rem; padding: .3rem .9rem;
                                  border: 2px solid var(--accent); border-radius: .3rem; background: #fff; color: var(--accent-tekst); cursor: pointer; }
        textarea { min-height: 6rem; }
        /* Short answers get short fields, so the width itself hints what goes in (as in GOV.UK). */
        input[name=datum] { max-width: calc(12ch + 1.6rem); }
        input[name=tijd] { max-width: calc(6ch + 1.6rem); }
        input[name=postcode] { max-width: calc(8ch + 1.6rem); }
        input[name=telefoon] { max-width: calc(16ch + 1.6rem); }
        .veld.fout { border-left: 5px solid var(--fout); padding-left: .9rem; }
        .veld.fout input, .veld.fout textarea, .veld.fout select { border-color: var(--fout); }
        .melding { color: var(--fout); font-weight: 700; margin: .25rem 0 .35rem; }
        .samenvatting { border: 4px solid var(--fout); border-radius: .5rem; padding: 1rem 1.25rem .5rem; margin: 1.25rem 0 2rem; }
        .samenvatting h2 { margin-top: 0; font-size: 1.375rem; }
        .samenvatting ul { padding-left: 1.25rem; margin: 0 0 .75rem; }
        .samenvatting li { margin-bottom: .35rem; }
        .samenvatting a { color: var(--fout); font-weight: 700; }
        .samenvatting a:focus-visible { color: var(--tekst); }
        /* The rows of a spreadsheet that need work: line and column narrow, the message takes the rest. */
        table.problemen { border-collapse: collapse; width: 100%; margin: .25rem 0 1rem; font-size: 1rem; line-height: 1.45; }
        .problemen caption { text-align: left; font-weight: 700; padding-bottom: .5rem; }
        .problemen th, .problemen td { text-align: left; vertical-align: top; padding: .5rem .75rem; border-bottom: 1px solid var(--lijn); }
        .problemen thead th { font-family: var(--kopletter); font-weight: 700; color: var(--navy); border-bottom: 2px solid var(--navy); }
        .problemen th:nth-child(-n+2), .problemen td:nth-child(-n+2) { width: 1%; white-space: nowrap; }
        .problemen td:first-child { font-variant-numeric: tabular-nums; }
        .problemen td:last-child { overflow-wrap: break-word; }
        .problemen tbody tr:nth-child(even) { background: var(--vlak); }
        .knoppen { display: flex; flex-wrap: wrap; gap: .75rem; margin-top: 2rem; }
        /* The way past the header for keyboard users: out of sight until it has the focus. */
        .naar-inhoud { position: absolute; left: 1rem; top: -10rem; z-index: 1; padding: .5rem 1rem; }
        .naar-inhoud:focus { top: .5rem; }
        /* The kompas's and strip's other formats: secondary, grouped under the main download. */
        fieldset.andere-formaten { border: 1px solid var(--lijn); border-radius: .5rem; padding: 1rem 1.25rem .25rem;
                                   margin: 2rem 0 0; max-width: 34rem; }
        .andere-formaten legend { font-family: var(--kopletter); font-weight: 700; padding: 0 .4rem; }
        .andere-formaten .knoppen { margin: 0 0 1rem; }
        .andere-formaten .veld { margin-bottom: 1rem; }
        .andere-formaten input, input[name=width] { max-width: calc(6ch + 1.6rem); }
        label.vinkje { font-weight: 400; }
        .werkruimte select { max-width: 20rem; }
        .voorbeeld[aria-busy=true] img { opacity: .6; }
        .inhoud-actief { background: var(--vlak); border-left: 5px solid var(--navy); padding: .75rem 1rem; border-radius: .35rem; }
        .bladzijden.enkel { grid-template-columns: 1fr; max-width: 40rem; }
        /* The agreements: one row per agreement, 'wat' the widest, the row's name small on the left. */
        fieldset.groep { border: 1px solid var(--lijn); border-radius: .5rem; padding: 1rem 1.25rem .25rem; margin: 0 0 1.5rem; }
        .groep legend { font-family: var(--kopletter); font-weight: 700; font-size: 1.125rem; padding: 0 .4rem; }
        fieldset.afspraken { border: 1px solid var(--lijn); border-radius: .5rem; padding: 1rem 1.25rem .25rem; }
        .afspraken legend { font-family: var(--kopletter); font-weight: 700; padding: 0 .4rem; }
        .afspraken table { width: 100%; border-collapse: collapse; table-layout: fixed; }
        .afspraken th[scope=row] { width: 5.75rem; white-space: nowrap; text-align: left; vertical-align: bottom; font-weight: 400; font-size: .9rem;
                                   color: var(--zacht); padding: 0 .5rem 1rem 0; }
        .afspraken td { vertical-align: bottom; padding: 0 .5rem 1rem 0; margin: 0; }
        .afspraken td:nth-of-type(1) { width: 44%; }
        .afspraken td.fout { border-left: 0; padding-left: 0; }
        .afspraken input { max-width: none; }
        button { font: inherit; font-weight: 700; line-height: 1.3; padding: .65rem 1.25rem; border: 2px solid var(--accent);
                 border-radius: .35rem; background: var(--accent); color: #fff; cursor: pointer; box-shadow: 0 2px 0 #08434a; }
        button:hover { background: var(--accent-donker); border-color: var(--accent-donker); }
        button:active { transform: translateY(2px); box-shadow: none; }
        button:focus-visible { box-shadow: 0 0 0 2px #fff; }
        button.tweede { background: #fff; color: var(--accent-tekst); border-color: var(--accent); box-shadow: none; }
        button.tweede:hover { background: var(--vlak); color: var(--accent-donker); }
        /* The terugkoppeling's default button for Enter: rendered (Safari skips one that is not), never seen. */
        .standaardknop { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
                         clip-path: inset(50%); white-space: nowrap; border: 0; }
        .bouwstenen { margin-top: 2rem; border-top: 1px solid var(--lijn); }
        .bouwstenen h2 { font-size: 1.25rem; margin-top: 1.5rem; }
        .bouwstenen .knoppen { margin-top: 1rem; }
        .kopieer-status { font-size: 1rem; margin: .75rem 0 0; }
        .kopieer-status:empty { margin: 0; }
        footer { color: var(--zacht); font-size: 1rem; border-top: 1px solid var(--lijn); padding-top: 1.25rem; padding-bottom: 2rem; }
        /* The form and its preview: side by side where there is room, the preview below otherwise. */
        .werkruimte { display: grid; gap: 2rem; }
        .werkruimte form { max-width: 46rem; }
        .voorbeeld { border-top: 1px solid var(--lijn); padding-top: 1rem; }
        .voorbeeld h2 { margin-top: 0; font-size: 1.25rem; }
        .voorbeeld-status { font-size: 1rem; color: var(--zacht); margin: 0 0 .75rem; }
        /* Sentences with a health word: a warning to read, not an error, so a bar and words, no red. */
        .controle { border-left: 4px solid var(--navy); background: #fff; padding: .5rem .75rem; margin: 0 0 1rem;
                    font-size: 1rem; }
        .controle h3 { font-size: 1.0625rem; margin: 0 0 .25rem; }
        .controle ul { margin: 0; padding-left: 1.25rem; }
        .controle li { margin-bottom: .35rem; }
        /* Below the form the letter's pages stand side by side; beside it, one above the other. */
        .bladzijden { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); }
        .bladzijden img { display: block; width: 100%; height: auto; background: #fff;
                          border: 1px solid var(--lijn); box-shadow: 0 2px 8px rgba(31, 36, 48, .12); }
        @media (min-width: 62rem) {
          .werkruimte { grid-template-columns: minmax(0, 34rem) minmax(20rem, 26rem); align-items: start; gap: 4rem; }
          .voorbeeld { position: sticky; top: 1rem; border-top: 0; padding-top: 0; background: var(--vlak);
                       border-radius: .5rem; padding: 1rem; }
          .bladzijden { grid-template-columns: 1fr; }
        }
        @media (prefers-reduced-motion: reduce) { button:active { transform: none; } }
        """
}
