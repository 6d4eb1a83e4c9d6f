/// One client's appointment: what personalises a werkblad or a letter. Every field is optional
/// here; each material says which it needs (a letter needs a time and a place, a werkblad
/// needs nothing and prints writing lines for what is missing).
public struct Appointment: Sendable, Hashable {
    /// The client's name as it is printed.
    public var name: String?
    public var date: CalendarDate?
    /// "14:30".
    public var time: String?
    public var location: String?
    /// The arbeidsdeskundige's name.
    public var expert: String?
    /// The client's postal address, one line per element (street, postcode and city).
    public var addressLines: [String]
    /// The arbeidsdeskundige's phone and e-mail for this appointment (the letter's contact lines).
    public var phone: String?
    public var email: String?
    /// What the client said beforehand they want to discuss.
    public var topics: String?
    /// The dossier or case number (*kenmerk*) the organisation files the letter under.
    public var reference: String?
    /// Why the conversation takes place, in a few words ("je aanvraag voor een WIA-uitkering").
    public var reason: String?
    /// The letter's salutation as the office writes it ("Beste Maria,"); nil takes the default.
    public var salutation: String?
    /// A paragraph of the office's own for this client, printed as plain text.
    public var extra: String?
    /// Whether the letter carries the keuzehulp; nil follows the organisation's content.
    public var keuzehulp: Bool?
    /// The kind of assessment (`wia`, `spoor2`, …): the id of one of the content's presets
    /// (`brief.soorten`), which fill the letter's *Richting en kader*; nil keeps the letter's own text.
    public var soort: String?
    /// How the conversation takes place; nil is at the office (``Meeting/kantoor``).
    public var meeting: Meeting?
    /// The link of a video call (``Meeting/video``), printed in the letter.
    public var videoLink: String?
    /// Who else is at the conversation from the organisation's side ("een tolk Arabisch", "mijn
    /// collega Sanne Smit", "je leidinggevende"); the client may still bring someone.
    public var present: String?
    /// How this client is addressed, when not as the organisation's content says.
    public var form: Inhoud.FormOfAddress?
    /// Which letter: nil is the first invitation (``LetterVariant/uitnodiging``).
    public var variant: LetterVariant?

    public init(name: String? = nil, date: CalendarDate? = nil, time: String? = nil, location: String? = nil,
                expert: String? = nil, addressLines: [String] = [], phone: String? = nil, email: String? = nil,
                topics: String? = nil, reference: String? = nil, reason: String? = nil, salutation: String? = nil,
                extra: String? = nil, keuzehulp: Bool? = nil, soort: String? = nil, meeting: Meeting? = nil,
                videoLink: String? = nil, present: String? = nil, form: Inhoud.FormOfAddress? = nil,
                variant: LetterVariant? = nil) {
        self.name = Self.clean(name); self.date = date; self.time = Self.clean(time); self.location = Self.clean(location)
        self.expert = Self.clean(expert); self.addressLines = addressLines.compactMap(Self.clean)
        self.phone = Self.clean(phone); self.email = Self.clean(email); self.topics = Self.clean(topics)
        self.reference = Self.clean(reference); self.reason = Self.clean(reason); self.salutation = Self.clean(salutation)
        self.extra = Self.clean(extra); self.keuzehulp = keuzehulp; self.soort = Self.clean(soort)?.lowercased()
        self.meeting = meeting; self.videoLink = Self.clean(videoLink)
        self.present = Self.clean(present); self.form = form; self.variant = variant
    }

    /// Reads a yes or no as offices write it in a sheet or a form: "ja", "nee", "x", "1", "0",
    /// "yes", "no", "true", "false" (any case); an empty text is nil (no choice), anything else is
    /// not a yes or no (`.failure`).
    public static func yesOrNo(_ text: String) -> Result<Bool?, YesOrNoProblem> {
        switch text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
        case "": .success(nil)
        case "ja", "j", "x", "1", "yes", "y", "true", "waar", "on": .success(true)
        case "nee", "n", "0", "no", "false", "onwaar", "off": .success(false)
        default: .failure(YesOrNoProblem())
        }
    }

    /// A text that is neither a yes nor a no.
    public struct YesOrNoProblem: Error, Sendable, Hashable {}

    /// Empty and white-space-only values count as absent.
    private static func clean(_ value: String?) -> String? {
        guard let value else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}

import Foundation
