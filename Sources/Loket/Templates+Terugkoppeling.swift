import Drukkerij

extension Templates {
    /// The terugkoppeling's form: the notes' fields, the agreements as a table whose rows are added
    /// by a submit button (no script needed), and the preview area of the werkblad's page, so
    /// `/static/loket.js` previews it the same way (it finds `form[data-voorbeeld]` and `#voorbeeld`,
    /// and the buttons with a `formaction`).
    ///
    /// Enter in a one-line field clicks the form's first submit button in tree order (the HTML
    /// rule for implicit submission). That must not be *Nog een afspraak*: the first button is
    /// therefore a copy of *Bekijk de eerste bladzijde*, out of sight, out of the tab order and
    /// hidden from screen readers (it stays rendered: Safari skips a default button that is not).
    /// Enter thus updates the preview, or without a script shows the first page.
    ///
    /// Sentences bound for the report that name a health word are listed by the script in
    /// `#controle` above the preview (from the preview's `X-Health-Mentions`); they stop nothing.
    ///
    /// The bouwstenen come as text or Markdown; *Kopieer de bouwstenen* (`data-kopieer`) is hidden
    /// until the script finds the Clipboard API, and says in its own polite status line what happened.
    /// One field of the notes (the partial `notitieveld`): before and after the agreements.
    static let noteField = """
        <div class="veld{{#melding}} fout{{/melding}}">
        <label for="{{id}}">{{label}}{{#verplicht}} (verplicht){{/verplicht}}{{#hint}} <span class="hint">{{hint}}</span>{{/hint}}</label>
        {{#melding}}<p class="melding" id="{{id}}-melding">{{melding}}</p>{{/melding}}
        {{#meerRegels}}<textarea id="{{id}}" name="{{naam}}" rows="5"{{#melding}} aria-invalid="true" aria-describedby="{{id}}-melding"{{/melding}}>{{waarde}}</textarea>{{/meerRegels}}
        {{^meerRegels}}<input type="text" id="{{id}}" name="{{naam}}" value="{{waarde}}" autocomplete="off"{{#namenlijst}} list="{{id}}-namen"{{/namenlijst}}{{#melding}} aria-invalid="true" aria-describedby="{{id}}-melding"{{/melding}}>{{/meerRegels}}
        {{#namenlijst}}<datalist id="{{id}}-namen">{{#namen}}<option value="{{.}}">{{/namen}}</datalist>{{/namenlijst}}
        </div>
        """

    static let terugkoppeling = """
        <h1>{{titel}}</h1>
        <p>{{uitleg}}</p>
        {{#heeftFouten}}
        <div class="samenvatting" role="alert" aria-labelledby="samenvatting-titel" tabindex="-1" autofocus>
        <h2 id="samenvatting-titel">Niet alles is goed ingevuld</h2>
        <ul>
        {{#algemeen}}<li>{{.}}</li>{{/algemeen}}
        {{#fouten}}
        <li><a href="#{{id}}">{{label}}: {{melding}}</a></li>
        {{/fouten}}
        </ul>
        </div>
        {{/heeftFouten}}
        <div class="werkruimte">
        <form method="post" action="{{pad}}" novalidate data-voorbeeld="{{pad}}/voorbeeld" data-titel="{{titel}}">
        \(csrfField)
        <button type="submit" class="standaardknop" formaction="{{pad}}/voorbeeld" tabindex="-1" aria-hidden="true">Bekijk de eerste bladzijde</button>
        {{#velden}}
        {{> notitieveld}}
        {{/velden}}
        <fieldset class="veld afspraken">
        <legend>Afspraken</legend>
        <p class="hint">Wat, wie en wanneer. Bij wie kunt u ook cliënt, arbeidsdeskundige of samen schrijven. Een lege regel telt niet mee; maak een regel leeg om hem weg te halen.</p>
        <table>
        {{#afspraken}}
        <tr>
        <th scope="row">Afspraak {{nummer}}</th>
        {{#delen}}
        <td class="veld{{#melding}} fout{{/melding}}">
        <label for="{{id}}">{{label}}</label>
        {{#melding}}<p class="melding" id="{{id}}-melding">{{melding}}</p>{{/melding}}
        <input type="text" id="{{id}}" name="{{naam}}" value="{{waarde}}" autocomplete="off"{{#rollen}} list="rollen"{{/rollen}}{{#melding}} aria-invalid="true" aria-describedby="{{id}}-melding"{{/melding}}>
        </td>
        {{/delen}}
        </tr>
        {{/afspraken}}
        </table>
        <datalist id="rollen"><option value="cliënt"><option value="arbeidsdeskundige"><option value="samen"></datalist>
        <div class="knoppen">
        <button type="submit" class="tweede" name="actie" value="afspraak">Nog een afspraak</button>
        </div>
        </fieldset>
        {{#veldenNa}}
        {{> notitieveld}}
        {{/veldenNa}}
        <div class="knoppen">
        <button type="submit">Download PDF</button>
        <button type="submit" class="tweede" formaction="{{pad}}/voorbeeld">Bekijk de eerste bladzijde</button>
        </div>
        <div class="bouwstenen" role="group" aria-labelledby="bouwstenen-titel" aria-describedby="bouwstenen-uitleg">
        <h2 id="bouwstenen-titel">Bouwstenen voor uw rapport</h2>
        <p id="bouwstenen-uitleg" class="hint">De aantekeningen onder de kopjes van uw rapport, zonder wat met [privé] begint. Tekst plakt u zo in Word; Markdown is voor een systeem dat Markdown leest.</p>
        <div class="knoppen">
        <button type="submit" class="tweede" name="uitvoer" value="bouwstenen">Download bouwstenen (.txt)</button>
        <button type="submit" class="tweede" name="uitvoer" value="bouwstenen-md">Download bouwstenen (.md)</button>
        <button type="button" class="tweede" data-kopieer="bouwstenen" hidden>Kopieer de bouwstenen</button>
        </div>
        <p id="kopieer-status" class="kopieer-status" role="status" aria-live="polite"></p>
        </div>
        </form>
        <section id="voorbeeld" class="voorbeeld" aria-labelledby="voorbeeld-titel" hidden>
        <h2 id="voorbeeld-titel">Voorbeeld</h2>
        <p id="voorbeeld-status" class="voorbeeld-status" role="status" aria-live="polite">Vul het formulier in: hier ziet u dan hoe het blad voor de cliënt eruitziet.</p>
        <div id="controle" class="controle" hidden>
        <h3>Kijk dit na voor het rapport</h3>
        <ul></ul>
        </div>
        <div class="bladzijden"></div>
        </section>
        </div>
        <script src="\(Script.path)" defer></script>
        """
}

extension TerugkoppelingForm {
    /// The template's view: fields and agreement rows with their values and messages, and the
    /// summary of what is wrong.
    ///
    /// The agreements come after the three onderwerpen, as on the back of the werkblad, so what is
    /// written on paper is typed in from top to bottom; the summary lists problems in that order.
    /// `staff` are the names of the organisation's staff list: the arbeidsdeskundige's field offers
    /// them (a `<datalist>`, so any other name can still be typed); none leaves a plain field.
    func view(path: String, title: String, introduction: String, staff: [String] = []) -> [String: Any] {
        var errors: [[String: Any]] = []
        func fieldView(_ field: TerugkoppelingField) -> [String: Any] {
            var view: [String: Any] = ["naam": field.name, "id": field.name, "label": field.label,
                                       "waarde": values[field.name] ?? "", "meerRegels": field.isMultiline,
                                       "verplicht": field.isRequired]
            if let hint = field.hint { view["hint"] = hint }
            if field.name == "arbeidsdeskundige", !staff.isEmpty {
                view["namenlijst"] = true
                view["namen"] = staff
            }
            if let message = messages[field.name] {
                view["melding"] = message
                errors.append(["id": field.name, "label": field.label, "melding": message])
            }
            return view
        }
        let split = (Self.fields.firstIndex { $0.name == "toekomst" } ?? Self.fields.count - 1) + 1
        let fieldsBefore = Self.fields[..<split].map(fieldView)
        let parts = [("wat", "Wat"), ("wie", "Wie"), ("wanneer", "Wanneer")]
        let rows: [[String: Any]] = agreements.enumerated().map { offset, row in
            let number = offset + 1
            let values = ["wat": row.what, "wie": row.who, "wanneer": row.when]
            let cells: [[String: Any]] = parts.map { key, label in
                let name = Self.agreementName(number, key)
                let id = "afspraken-\(number)-\(key)"
                var cell: [String: Any] = ["naam": name, "id": id, "label": label, "waarde": values[key] ?? "",
                                           "rollen": key == "wie"]
                if let message = messages[name] {
                    cell["melding"] = message
                    errors.append(["id": id, "label": "Afspraak \(number), \(label.lowercased())", "melding": message])
                }
                return cell
            }
            return ["nummer": number, "delen": cells]
        }
        let fieldsAfter = Self.fields[split...].map(fieldView)
        return ["titel": title, "uitleg": introduction, "pad": path, "velden": fieldsBefore, "veldenNa": fieldsAfter,
                "afspraken": rows,
                "fouten": errors, "algemeen": generalMessages,
                "heeftFouten": !errors.isEmpty || !generalMessages.isEmpty]
    }
}
