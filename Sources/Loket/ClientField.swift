import Drukkerij
import Inhoud

/// How the web page asks for one client field: its Dutch label, the kind of input, and the
/// Dutch message when it is missing or cannot be read. The field's name is the CSV column's
/// Dutch header, so a form and a spreadsheet use the same names.
struct ClientField: Sendable {
    let column: ClientColumn

    /// `naam`, `datum`, …: the CSV contract's Dutch header.
    var name: String { column.headers[0] }

    var label: String {
        switch column {
        case .name: "Naam van de cliënt"
        case .date: "Datum van het gesprek"
        case .time: "Tijd van het gesprek"
        case .location: "Locatie"
        case .expert: "Arbeidsdeskundige"
        case .address: "Straat en huisnummer"
        case .postcode: "Postcode"
        case .city: "Plaats"
        case .phone: "Uw telefoon voor vragen"
        case .email: "Uw e-mail voor vragen"
        case .clientPhone: "Telefoon van de cliënt"
        case .clientEmail: "E-mail van de cliënt"
        case .topics: "Wat de cliënt wil bespreken"
        case .reference: "Ons kenmerk"
        case .reason: "Reden van het gesprek"
        case .salutation: "Aanhef"
        case .extra: "Eigen alinea"
        case .keuzehulp: "Keuzehulp meesturen"
        case .soort: "Soort onderzoek"
        case .meeting: "Gespreksvorm"
        case .videoLink: "Link van het videogesprek"
        case .present: "Wie is er nog bij het gesprek"
        case .form: "Aanspreekvorm"
        case .variant: "Soort brief"
        }
    }

    var hint: String? {
        switch column {
        case .date: "Bijvoorbeeld 3-12-2026 of 3 december 2026"
        case .time: "Bijvoorbeeld 14:30 of 9.30 uur"
        case .address: "Een tweede regel mag, bijvoorbeeld voor een afdeling of postbus"
        case .topics: "In de woorden van de cliënt. Geen medische gegevens"
        case .reference: "Het dossier- of zaaknummer; nooit een BSN"
        case .reason: "Een paar woorden na „een gesprek over”, bijvoorbeeld: je aanvraag voor een WIA-uitkering"
        case .salutation: "Bijvoorbeeld „Beste mevrouw Jansen,”. Leeg: „Beste” met de voornaam"
        case .extra: "Gewone tekst, komt als eigen alinea in de brief"
        case .location: "Niet nodig bij een huisbezoek, video- of telefoongesprek"
        case .present: "Bijvoorbeeld „een tolk Arabisch” of „mijn collega Sanne Smit”. Een tolk is een beroepstolk, nooit een kind of familielid van de cliënt"
        case .videoLink: "Alleen bij een videogesprek, bijvoorbeeld https://…"
        case .soort: "Deze tekst zegt wie het gesprek heeft gevraagd, wie het rapport krijgt en wat we van de cliënt verwachten"
        case .keuzehulp: "De keuzehulp gaat over psychische klachten: stuur hem alleen mee als dat past"
        case .phone, .email: "Van de arbeidsdeskundige, niet van de cliënt. Leeg: uit de medewerkerslijst, anders die van uw organisatie"
        default: nil
        }
    }

    /// Where the field sits in a long form, in the order the letter uses it.
    enum Group: CaseIterable {
        case conversation, address, contact, letter

        var title: String {
            switch self {
            case .conversation: "Het gesprek"
            case .address: "Adres van de cliënt"
            case .contact: "Contact voor vragen"
            case .letter: "In de brief"
            }
        }
    }

    var group: Group {
        switch column {
        case .name, .date, .time, .location, .expert, .topics, .meeting, .videoLink, .present: .conversation
        case .address, .postcode, .city: .address
        case .phone, .email, .clientPhone, .clientEmail: .contact
        case .reference, .reason, .variant, .soort, .form, .salutation, .extra, .keuzehulp: .letter
        }
    }

    /// Text that may hold line breaks gets a text area; the rest one line.
    var isMultiline: Bool { column == .address || column == .topics || column == .extra }

    /// The values of a field that is a choice (value, Dutch text), the first the default; nil for a
    /// field people type in. The soorten are the content's presets.
    func choices(_ inhoud: Inhoud) -> [(value: String, text: String)]? {
        switch column {
        // The default names what the organisation's content chose, in words short enough for the select.
        case .keuzehulp: [("", "Zoals ingesteld (\(inhoud.keuzehulp.sendByDefault ? "ja" : "nee"))"), ("ja", "Ja"), ("nee", "Nee")]
        case .soort: [("", "Geen: de brief zoals hij is")] + inhoud.brief.soorten.map { ($0.id, $0.name) }
        case .form: [("", "Zoals ingesteld (\(inhoud.formOfAddress.rawValue))"), ("je", "Je"), ("u", "U")]
        case .variant: inhoud.brief.variants.map { ($0.id == .uitnodiging ? "" : $0.id.rawValue, $0.name) }
        case .meeting: inhoud.brief.meetings.map { ($0.id == .kantoor ? "" : $0.id.rawValue, $0.name) }
        default: nil
        }
    }

    var inputType: String {
        switch column {
        case .email, .clientEmail: "email"
        case .phone, .clientPhone: "tel"
        case .videoLink: "url"
        default: "text"
        }
    }

    /// What to tell the user about `problem`, in plain Dutch.
    func message(for problem: ClientFieldProblem) -> String {
        switch (problem, column) {
        case (.missing, .name): "Vul de naam van de cliënt in."
        case (.missing, .date): "Vul de datum van het gesprek in."
        case (.missing, .time): "Vul de tijd van het gesprek in."
        case (.missing, .location): "Vul in waar het gesprek is."
        case (.missing, .expert): "Vul de naam van de arbeidsdeskundige in."
        case (.missing, .videoLink): "Vul de link van het videogesprek in."
        case (.missing, _): "Vul dit veld in."
        case (.unreadable(.wrongWeekday(_, let date)), .date):
            "De dag klopt niet bij de datum: \(date.dutch) is een \(date.dutchWeekday)."
        case (.unreadable, .date): "Deze datum klopt niet. Schrijf de datum zo: \(SheetReport.dateForms)."
        case (.unreadable, .time): "Deze tijd klopt niet. Schrijf de tijd zo: 14:30 of 9.30 uur."
        case (.unreadable(.looksLikeBSN), _): SheetReport.bsnMessage
        case (.unreadable(.addressWithoutPostcode), _): SheetReport.addressMessage
        case (.unreadable, .keuzehulp): "Kies ja of nee."
        case (.unreadable(.formNotInContent(let form, _)), _):
            "De teksten van uw organisatie staan niet allemaal in de \(form)-vorm. Kies de vorm van de organisatie."
        case (.unreadable(.notAChoice(_, let known)), _): "Kies een van deze: \(known.joined(separator: ", "))."
        case (.unreadable, _): "Dit kan niet gelezen worden. Schrijf het op één regel."
        }
    }
}
