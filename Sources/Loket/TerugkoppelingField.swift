import Inhoud

/// How the terugkoppeling's page asks for one key of the notes: its name (the notes file's key),
/// its Dutch label and hint, and the Dutch message for a problem the notes' reader reports.
struct TerugkoppelingField: Sendable {
    let name: String
    let label: String
    var hint: String?
    var isMultiline = false
    var isRequired = false

    static let topicHint = "In de woorden van de cliënt. Een regel die begint met [privé] komt niet op het blad en niet in het rapport."

    /// Every single field of the form, in the page's order.
    static let all: [TerugkoppelingField] = [
        .init(name: "naam", label: "Naam van de cliënt", isRequired: true),
        .init(name: "datum", label: "Datum van het gesprek", hint: "Bijvoorbeeld 3-12-2026", isRequired: true),
        .init(name: "arbeidsdeskundige", label: "Arbeidsdeskundige", isRequired: true),
        .init(name: "kenmerk", label: "Kenmerk", hint: "Dossier- of zaaknummer; dan staat de naam niet in de bestandsnaam"),
        .init(name: "aanwezig", label: "Wie was er nog bij het gesprek?"),
        .init(name: "ervaringen", label: "Jouw ervaringen", hint: topicHint, isMultiline: true),
        .init(name: "behoeften", label: "Jouw behoeften", hint: topicHint, isMultiline: true),
        .init(name: "toekomst", label: "Jouw toekomst", hint: topicHint, isMultiline: true),
        .init(name: "zo_ervaren", label: "Hoe de cliënt het gesprek heeft ervaren",
              hint: "In de woorden van de cliënt; dit komt op het blad", isMultiline: true),
        .init(name: "gesprek", label: "Hoe het gesprek ging", hint: "Alleen voor uw rapport", isMultiline: true),
        .init(name: "reageren_voor", label: "De cliënt kan reageren tot",
              hint: "Leeg: tien werkdagen na vandaag. Bijvoorbeeld 17-12-2026"),
    ]

    static let noTopicMessage = "Schrijf bij ten minste één onderwerp wat de cliënt vertelde. Een deel met [privé] telt niet mee."

    /// What to tell the user about `problem` in this field, in plain Dutch. `sentKey`: the problem is
    /// about `verzonden` (today), shown at the date of the conversation.
    func message(for problem: InhoudProblem, sentKey: Bool = false) -> String {
        if sentKey { return "Het gesprek ligt na vandaag. Vul de datum van het gesprek in." }
        if problem.message.contains("[privé]") || problem.message.contains("private marker") {
            return isMultiline ? "Zet [privé] aan het begin van een regel." : "[privé] kan hier niet: dit veld komt altijd op het blad."
        }
        switch (problem.kind, name) {
        case (.missingField, "naam"), (.emptyField, "naam"): return "Vul de naam van de cliënt in."
        case (.missingField, "datum"), (.emptyField, "datum"): return "Vul de datum van het gesprek in."
        case (.missingField, "arbeidsdeskundige"), (.emptyField, "arbeidsdeskundige"): return "Vul de naam van de arbeidsdeskundige in."
        case (.invalidValue, "reageren_voor") where problem.message.contains("not after"):
            return "Deze datum moet na het gesprek liggen. Of laat het veld leeg."
        case (.invalidValue, "datum"), (.invalidValue, "reageren_voor"):
            return "Deze datum klopt niet. Schrijf de datum zo: 3-12-2026 of 2026-12-03."
        case (.missingField, _), (.emptyField, _): return "Vul dit veld in."
        default: return "Dit kan zo niet gelezen worden. Kijk het na."
        }
    }

    /// The message for part `key` (`wat`, `wie`, `wanneer`) of an agreement.
    static func agreementMessage(_ key: String, _ problem: InhoudProblem) -> String {
        if problem.message.contains("[privé]") || problem.message.contains("private marker") {
            return key == "wat" ? "Zet [privé] aan het begin van wat is afgesproken." : "[privé] kan hier niet; zet het bij wat is afgesproken."
        }
        switch (problem.kind, key) {
        case (.missingField, "wat"), (.emptyField, "wat"): return "Schrijf wat is afgesproken, of maak de hele regel leeg."
        default: return "Dit kan zo niet gelezen worden. Kijk het na."
        }
    }
}
