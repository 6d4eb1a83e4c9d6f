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
        .init(name: "reactie", label: "Reactie van de cliënt op het blad",
              hint: "Alleen voor uw rapport. Leeg: daar staat dan (nog) geen", isMultiline: true),
        .init(name: "verzonden", label: "Het blad gaat naar de cliënt op",
              hint: "Leeg: vandaag. Alleen een datum die u hier invult, komt in de bouwstenen"),
        .init(name: "reageren_voor", label: "De cliënt kan reageren tot",
              hint: "Leeg: tien werkdagen na de dag dat het blad gaat. Bijvoorbeeld 17-12-2026"),
    ]

    static let noTopicMessage = "Schrijf bij ten minste één onderwerp wat de cliënt vertelde. Een deel met [privé] telt niet mee."

    /// What to tell the user about a problem of `rule` in this field, in plain Dutch. A problem with
    /// `verzonden` when the form filled in today is shown at the date of the conversation.
    func message(for rule: NotesProblem.Rule) -> String {
        switch (rule, name) {
        case (.sentBeforeConversation, "verzonden"): "Deze datum ligt vóór het gesprek. Vul de dag in waarop het blad gaat."
        case (.sentBeforeConversation, _): "Het gesprek ligt na vandaag. Vul de datum van het gesprek in."
        case (.privateMarkerInsideLine, _), (.privateMarkerInSingleField, _), (.privateMarkerLookalike, _):
            isMultiline ? "Zet [privé] aan het begin van een regel." : "[privé] kan hier niet: dit veld komt altijd op het blad."
        case (.content(.missingField), "naam"), (.content(.emptyField), "naam"): "Vul de naam van de cliënt in."
        case (.content(.missingField), "datum"), (.content(.emptyField), "datum"): "Vul de datum van het gesprek in."
        case (.content(.missingField), "arbeidsdeskundige"), (.content(.emptyField), "arbeidsdeskundige"):
            "Vul de naam van de arbeidsdeskundige in."
        case (.replyNotAfterConversation, _): "Deze datum moet na het gesprek liggen. Of laat het veld leeg."
        case (.notADate, _): "Deze datum klopt niet. Schrijf de datum zo: 3-12-2026 of 2026-12-03."
        case (.content(.missingField), _), (.content(.emptyField), _): "Vul dit veld in."
        default: "Dit kan zo niet gelezen worden. Kijk het na."
        }
    }

    /// The warning about a sentence bound for the report with a health word in it: where, which word,
    /// the sentence, and what to do instead. It stops nothing.
    static func healthMessage(_ mention: HealthMention) -> String {
        let place = mention.field == .agreements ? "Afspraken"
            : all.first { $0.name == mention.field.rawValue }?.label ?? mention.field.rawValue
        return "\(place): ‘\(mention.word)’ in „\(mention.sentence)”. Medische informatie hoort niet in het rapport "
            + "voor de werkgever. Schrijf liever wat wel en niet lukt."
    }

    /// The message for a problem of `rule` in part `key` (`wat`, `wie`, `wanneer`) of an agreement.
    static func agreementMessage(_ key: String, _ rule: NotesProblem.Rule) -> String {
        switch (rule, key) {
        case (.privateMarkerInsideLine, "wat"), (.privateMarkerInSingleField, "wat"), (.privateMarkerLookalike, "wat"):
            "Zet [privé] aan het begin van wat is afgesproken."
        case (.privateMarkerInsideLine, _), (.privateMarkerInSingleField, _), (.privateMarkerLookalike, _):
            "[privé] kan hier niet; zet het bij wat is afgesproken."
        case (.content(.missingField), "wat"), (.content(.emptyField), "wat"):
            "Schrijf wat is afgesproken, of maak de hele regel leeg."
        default: "Dit kan zo niet gelezen worden. Kijk het na."
        }
    }
}
