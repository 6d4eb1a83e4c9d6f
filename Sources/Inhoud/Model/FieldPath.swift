/// A field of the content file or of a client's details, as a typed value: what a warning or a
/// placed text names so that people can find what to change. Its `description` is the path as the
/// content file (YAML) or the client sheet (CSV) spells it: `themas[richting-en-kader].titel`,
/// `onderwerpen[behoeften].vragen`, `strip.panelen[ervaringen].bijschrift`, `naam`.
///
/// The cases follow the content file's structure; list items are named by their id.
public enum FieldPath: Sendable, Hashable, CustomStringConvertible {
    /// `centrum.…`: the centre of the compass, *Ons gesprek*.
    case centre(Centre)
    /// `themas[id].…`
    case thema(String, Thema)
    /// `onderwerpen[id].…`
    case onderwerp(String, Onderwerp)
    /// `strip.panelen[id].…`
    case stripPanel(String, StripPanel)
    /// `kompas.…`
    case kompas(Kompas)
    /// `werkblad.…`
    case werkblad(Werkblad)
    /// `brief.…`
    case brief(Brief)
    /// `voorbereiding.…`
    case preparation(Preparation)
    /// `bijlage.…`
    case enclosure(Enclosure)
    /// `organisatie.…`
    case organisation(Organisation)
    /// `terugkoppeling.…`: the words the werkblad's back side shares with the terugkoppeling.
    case terugkoppeling(Terugkoppeling)
    /// A key of the notes file (`naam`, `ervaringen`, `afspraken`, …) behind a terugkoppeling.
    case notes(Notes)
    /// A column of the client sheet (or the matching command-line option): the client's own details.
    case client(Client)

    // The fields, named like the model's properties; each raw value is the key in the content file.

    public enum Centre: String, Sendable, Hashable { case title = "titel", summary = "kort" }
    public enum Thema: String, Sendable, Hashable { case title = "titel", summary = "kort", questions = "vragen" }
    public enum Onderwerp: String, Sendable, Hashable { case title = "titel", summary = "kort", questions = "vragen" }
    public enum StripPanel: String, Sendable, Hashable {
        case title = "titel", caption = "bijschrift", bubble = "ballon.tekst", scene = "tekening"
    }
    public enum Kompas: String, Sendable, Hashable { case title = "titel", hint = "uitleg" }
    public enum Werkblad: String, Sendable, Hashable {
        case title = "titel", conversationHeading = "kop_gesprek", topicsHeading = "kop_onderwerpen"
        case notesHeading = "kop_aantekeningen", backSideHint = "ommezijde", continuedNotesHeading = "kop_vervolg"
        case evaluationTitle = "evaluatie.titel", evaluationQuestion = "evaluatie.vraag"
        case nameLabel = "velden.naam", dateLabel = "velden.datum", expertLabel = "velden.arbeidsdeskundige"
        case topicsLabel = "velden.onderwerpen"
    }
    public enum Brief: String, Sendable, Hashable { case paragraphs = "alineas" }
    public enum Preparation: String, Sendable, Hashable { case questions = "vragen" }
    public enum Enclosure: String, Sendable, Hashable { case intro }
    public enum Organisation: String, Sendable, Hashable { case name = "naam", colour = "kleur", logo, staff = "medewerkers" }
    public enum Terugkoppeling: String, Sendable, Hashable {
        case agreementsHeading = "koppen.afspraken", what = "kolommen.wat", who = "kolommen.wie", when = "kolommen.wanneer"
        case presentLabel = "velden.aanwezig"
    }
    /// The notes file's keys.
    public enum Notes: String, Sendable, Hashable {
        case name = "naam", date = "datum", expert = "arbeidsdeskundige", ervaringen, behoeften, toekomst
        case agreements = "afspraken", conversation = "gesprek", experienced = "zo_ervaren", present = "aanwezig"
        case kenmerk, sent = "verzonden", replyBy = "reageren_voor", reaction = "reactie"
    }
    /// The client sheet's Dutch column names.
    public enum Client: String, Sendable, Hashable {
        case name = "naam", date = "datum", time = "tijd", location = "locatie", expert = "arbeidsdeskundige"
        case address = "adres", postcode, city = "plaats", topics = "onderwerpen"
    }

    /// True for the client's own details, which come from a client sheet rather than the content file.
    public var isClient: Bool {
        if case .client = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case let .centre(field): "centrum.\(field.rawValue)"
        case let .thema(id, field): "themas[\(id)].\(field.rawValue)"
        case let .onderwerp(id, field): "onderwerpen[\(id)].\(field.rawValue)"
        case let .stripPanel(id, field): "strip.panelen[\(id)].\(field.rawValue)"
        case let .kompas(field): "kompas.\(field.rawValue)"
        case let .werkblad(field): "werkblad.\(field.rawValue)"
        case let .brief(field): "brief.\(field.rawValue)"
        case let .preparation(field): "voorbereiding.\(field.rawValue)"
        case let .enclosure(field): "bijlage.\(field.rawValue)"
        case let .organisation(field): "organisatie.\(field.rawValue)"
        case let .terugkoppeling(field): "terugkoppeling.\(field.rawValue)"
        case let .client(field): field.rawValue
        case let .notes(field): field.rawValue
        }
    }
}
