import Mustache

/// The page's HTML as Mustache templates, in Dutch for practitioners. Every value goes in with
/// `{{ }}`, which escapes it for HTML (quotes too, so values are safe inside attributes); the one
/// `{{{inhoud}}}` takes a page body this module rendered itself.
enum Templates {
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        // The templates are constants of this file: one that does not parse is a programming error
        // every test meets at once.
        for (name, source) in [("layout", layout), ("start", start), ("klantformulier", clientForm),
                               ("opties", optionsForm), ("melding", message), ("batch", batch),
                               ("notitieveld", noteField), ("terugkoppeling", terugkoppeling), ("inloggen", login)] {
            do {
                try library.register(source, named: name)
            } catch {
                preconditionFailure("the template \(name) does not parse: \(error)")
            }
        }
        return library
    }()

    static let layout = """
        <!doctype html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{titel}} – Gezien & Gehoord</title>
        <link rel="stylesheet" href="\(Stylesheet.path)">
        <link rel="icon" href="\(Favicon.path)" type="image/svg+xml">
        </head>
        <body>
        <a class="naar-inhoud" href="#inhoud">Naar de inhoud</a>
        <header><a href="/">Gezien &amp; Gehoord – materialen</a>{{#gebruiker}}\(loggedIn){{/gebruiker}}</header>
        <main id="inhoud" tabindex="-1">
        {{{inhoud}}}
        </main>
        <footer>Gegevens van cliënten worden niet bewaard: ze staan alleen in het document dat u downloadt.</footer>
        </body>
        </html>
        """

    /// The CSRF token in every POST form, when the page has a login (see AccessGate).
    static let csrfField = #"{{#csrf}}<input type="hidden" name="csrf" value="{{csrf}}">{{/csrf}}"#

    /// Who is logged in, and (with accounts) the button to log out, in the header.
    static let loggedIn = #"<span class="aangemeld">Ingelogd als {{gebruiker}}{{#uitloggen}}"#
        + #"<form method="post" action="/uitloggen">\#(csrfField)<button type="submit" class="tweede">Uitloggen</button></form>"#
        + #"{{/uitloggen}}</span>"#

    static let start = """
        <h1>Materialen voor het gesprek</h1>
        <p>Gezien &amp; Gehoord is een manier om met een cliënt te praten over werk, waarin de cliënt kiest waar het gesprek begint.
        Hier maakt u de materialen die daarbij horen: het kompas voor op tafel, het werkblad, de strip, de uitnodigingsbrief
        met de bijlage, en na het gesprek de terugkoppeling.</p>
        <p class="inhoud-actief">{{#eigenInhoud}}De materialen worden gemaakt met de inhoud van <strong>{{organisatie}}</strong>.{{/eigenInhoud}}{{^eigenInhoud}}De materialen worden gemaakt met de <strong>voorbeeldinhoud van de kit</strong> ({{organisatie}}): brieven zijn dan voorbeelden. Start de pagina met het inhoudsbestand van uw organisatie (<code>materialen serve --content inhoud.yaml</code>) voor echte brieven.{{/eigenInhoud}}</p>
        <ul class="kaarten">
        {{#materialen}}
        <li class="kaart">
        <h2><a href="{{pad}}">{{titel}}</a></h2>
        <p>{{uitleg}}</p>
        </li>
        {{/materialen}}
        </ul>
        """

    static let clientForm = """
        <h1>{{titel}}</h1>
        <p>{{uitleg}}</p>
        {{#heeftFouten}}
        <div class="samenvatting" role="alert" aria-labelledby="samenvatting-titel" tabindex="-1" autofocus>
        <h2 id="samenvatting-titel">Niet alles is goed ingevuld</h2>
        <ul>
        {{#fouten}}
        <li><a href="#{{naam}}">{{label}}: {{melding}}</a></li>
        {{/fouten}}
        </ul>
        </div>
        {{/heeftFouten}}
        <div class="werkruimte">
        <form method="post" action="{{pad}}" novalidate data-voorbeeld="{{pad}}/voorbeeld" data-titel="{{titel}}">
        \(csrfField)
        {{#groepen}}
        {{#legenda}}<fieldset class="groep"><legend>{{legenda}}</legend>{{/legenda}}
        {{#velden}}
        <div class="veld{{#melding}} fout{{/melding}}">
        <label for="{{naam}}">{{label}}{{#verplicht}} (verplicht){{/verplicht}}{{#hint}} <span class="hint">{{hint}}</span>{{/hint}}</label>
        {{#melding}}<p class="melding" id="{{naam}}-melding">{{melding}}</p>{{/melding}}
        {{#meerRegels}}<textarea id="{{naam}}" name="{{naam}}" rows="3"{{#melding}} aria-invalid="true" aria-describedby="{{naam}}-melding"{{/melding}}>{{waarde}}</textarea>{{/meerRegels}}
        {{#lijst}}<select id="{{naam}}" name="{{naam}}"{{#melding}} aria-invalid="true" aria-describedby="{{naam}}-melding"{{/melding}}>{{#keuzes}}<option value="{{waarde}}"{{#gekozen}} selected{{/gekozen}}>{{tekst}}</option>{{/keuzes}}</select>{{/lijst}}
        {{^lijst}}{{^meerRegels}}<input type="{{type}}" id="{{naam}}" name="{{naam}}" value="{{waarde}}" autocomplete="off"{{#namenlijst}} list="{{naam}}-namen"{{/namenlijst}}{{#melding}} aria-invalid="true" aria-describedby="{{naam}}-melding"{{/melding}}>{{/meerRegels}}{{/lijst}}
        {{#namenlijst}}<datalist id="{{naam}}-namen">{{#namen}}<option value="{{.}}">{{/namen}}</datalist>{{/namenlijst}}
        </div>
        {{/velden}}
        {{#legenda}}</fieldset>{{/legenda}}
        {{/groepen}}
        {{#enkelzijdigKeuze}}
        <div class="veld">
        <label for="enkelzijdig" class="vinkje"><input type="checkbox" id="enkelzijdig" name="enkelzijdig" value="true"{{#enkelzijdig}} checked{{/enkelzijdig}}>Zonder achterkant (voor een printer die enkelzijdig afdrukt)</label>
        </div>
        {{/enkelzijdigKeuze}}
        <div class="knoppen">
        <button type="submit">Download PDF</button>
        <button type="submit" class="tweede" formaction="{{pad}}/voorbeeld">Bekijk de eerste bladzijde</button>
        </div>
        </form>
        <section id="voorbeeld" class="voorbeeld" aria-labelledby="voorbeeld-titel" hidden>
        <h2 id="voorbeeld-titel">Voorbeeld</h2>
        <p id="voorbeeld-status" class="voorbeeld-status" role="status" aria-live="polite">Vul het formulier in: hier ziet u dan hoe het document eruitziet.</p>
        <div class="bladzijden"></div>
        </section>
        </div>
        <script src="\(Script.path)" defer></script>
        """

    static let optionsForm = """
        <h1>{{titel}}</h1>
        <p>{{uitleg}}</p>
        {{#fout}}
        <div class="samenvatting" role="alert" aria-labelledby="samenvatting-titel" tabindex="-1" autofocus>
        <h2 id="samenvatting-titel">Deze keuze kan niet</h2><p>{{fout}}</p></div>
        {{/fout}}
        <div class="werkruimte">
        <form method="get" action="{{pad}}/download" data-opties="{{pad}}">
        {{#opties}}
        <div class="veld">
        {{#lijst}}
        <label for="{{naam}}">{{label}}</label>
        <select id="{{naam}}" name="{{naam}}" data-optie="{{label}}">
        {{#keuzes}}<option value="{{waarde}}"{{#gekozen}} selected{{/gekozen}}>{{tekst}}</option>{{/keuzes}}
        </select>
        {{/lijst}}
        {{#vinkje}}
        <label for="{{naam}}" class="vinkje"><input type="checkbox" id="{{naam}}" name="{{naam}}" value="true" data-optie="{{label}}"{{#aan}} checked{{/aan}}>{{label}}</label>
        {{/vinkje}}
        {{#getal}}
        <label for="{{naam}}">{{label}} <span class="hint">ten minste {{minimum}}</span></label>
        <input type="number" id="{{naam}}" name="{{naam}}" value="{{waarde}}" min="{{minimum}}" step="1" inputmode="numeric" data-optie="{{label}}">
        {{/getal}}
        </div>
        {{/opties}}
        <div class="knoppen">
        <button type="submit" name="formaat" value="pdf">Download PDF</button>
        <button type="submit" class="tweede" formaction="{{pad}}" data-zonder-script>Bekijk het voorbeeld</button>
        </div>
        <fieldset class="andere-formaten">
        <legend>Andere formaten</legend>
        <p class="hint">SVG voor drukwerk en tekenprogramma's; PNG om in Word of op een website te plakken.</p>
        <div class="veld{{#dpiFout}} fout{{/dpiFout}}">
        <label for="{{dpiNaam}}">Resolutie van de PNG (dpi) <span class="hint">van {{dpiMinimum}} tot en met {{dpiMaximum}}</span></label>
        <input type="number" id="{{dpiNaam}}" name="{{dpiNaam}}" value="{{dpi}}" min="{{dpiMinimum}}" max="{{dpiMaximum}}" step="1" inputmode="numeric"{{#dpiFout}} aria-invalid="true" aria-describedby="samenvatting-titel"{{/dpiFout}}>
        </div>
        <div class="knoppen">
        <button type="submit" class="tweede" name="formaat" value="svg">Download SVG</button>
        <button type="submit" class="tweede" name="formaat" value="png">Download PNG</button>
        </div>
        </fieldset>
        </form>
        {{#voorbeeld}}
        <section class="voorbeeld" aria-labelledby="voorbeeld-titel">
        <h2 id="voorbeeld-titel">Voorbeeld</h2>
        <div class="bladzijden enkel"><img src="{{voorbeeld}}" alt="{{voorbeeldTekst}}" data-voorbeeld-opties></div>
        </section>
        {{/voorbeeld}}
        </div>
        <script src="\(OptionsScript.path)" defer></script>
        """

    static let message = """
        <h1>{{titel}}</h1>
        <p>{{tekst}}</p>
        <p><a href="/">Terug naar het begin</a></p>
        """
}
