/// The page's only stylesheet, served by the tool itself at `/static/loket.css` (no CDN, so the
/// Content-Security-Policy can allow styles from this origin only). Calm: one column, large text,
/// strong focus outlines, errors marked by a bar and words, never by colour alone.
enum Stylesheet {
    static let path = "/static/loket.css"

    static let css = """
        :root { --tekst: #1d2a33; --accent: #1f5f7a; --fout: #a4262c; --vlak: #f4f7f8; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 1.125rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
               color: var(--tekst); background: #fff; }
        header, main, footer { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem; }
        main > * { max-width: 46rem; }
        main > .werkruimte { max-width: none; }
        header { border-bottom: 1px solid #d5dde1; }
        header a { color: var(--tekst); text-decoration: none; font-weight: 600; }
        h1 { font-size: 1.8rem; line-height: 1.25; margin: 1rem 0 .5rem; }
        h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; }
        a { color: var(--accent); }
        :focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
        .kaarten { list-style: none; padding: 0; display: grid; gap: 1rem; }
        .kaart { background: var(--vlak); border-radius: .5rem; padding: 1rem 1.25rem; }
        .kaart h2 { margin-top: 0; }
        .kaart p { margin-bottom: 0; }
        main > .kaarten { max-width: 60rem; }
        @media (min-width: 48rem) { .kaarten { grid-template-columns: 1fr 1fr; } }
        .veld { margin: 0 0 1.25rem; }
        .veld label { display: block; font-weight: 600; margin-bottom: .25rem; }
        .hint { display: block; font-weight: 400; font-size: 1rem; color: #4a5a63; }
        input, select, textarea { font: inherit; width: 100%; max-width: 32rem; padding: .5rem .6rem;
                                  border: 2px solid #6b7c85; border-radius: .35rem; background: #fff; color: inherit; }
        input[type=checkbox] { width: auto; margin-right: .5rem; }
        textarea { min-height: 6rem; }
        .veld.fout { border-left: 5px solid var(--fout); padding-left: .75rem; }
        .veld.fout input, .veld.fout textarea { border-color: var(--fout); }
        .melding { color: var(--fout); font-weight: 600; margin: 0 0 .25rem; }
        .samenvatting { border: 3px solid var(--fout); border-radius: .5rem; padding: .75rem 1.25rem; margin: 1rem 0 1.5rem; }
        .samenvatting h2 { margin-top: .25rem; }
        .knoppen { display: flex; flex-wrap: wrap; gap: .75rem; margin-top: 1.5rem; }
        button { font: inherit; font-weight: 600; padding: .6rem 1.2rem; border: 0; border-radius: .35rem;
                 background: var(--accent); color: #fff; cursor: pointer; }
        button:hover { background: #174a60; }
        button.tweede { background: #fff; color: var(--accent); border: 2px solid var(--accent); }
        footer { color: #4a5a63; font-size: 1rem; }
        /* The form and its preview: side by side where there is room, the preview below otherwise. */
        .werkruimte { display: grid; gap: 2rem; }
        .werkruimte form { max-width: 46rem; }
        .voorbeeld { border-top: 1px solid #d5dde1; padding-top: 1rem; }
        .voorbeeld h2 { margin-top: 0; }
        .voorbeeld-status { font-size: 1rem; color: #4a5a63; margin: 0 0 .75rem; }
        /* Below the form the letter's pages stand side by side; beside it, one above the other. */
        .bladzijden { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); }
        .bladzijden img { display: block; width: 100%; height: auto; background: #fff;
                          border: 1px solid #d5dde1; box-shadow: 0 2px 8px rgba(29, 42, 51, .12); }
        @media (min-width: 62rem) {
          .werkruimte { grid-template-columns: minmax(0, 1fr) 24rem; align-items: start; gap: 3rem; }
          .voorbeeld { position: sticky; top: 1rem; border-top: 0; padding-top: 0; }
          .bladzijden { grid-template-columns: 1fr; }
        }
        """
}
