import Foundation

/// What the arbeidsdeskundige wrote down after a conversation: the input of the terugkoppeling (the
/// sheet for the client) and of the bouwstenen (the building blocks for the report).
///
/// Read from a YAML file with Dutch keys (see ``load(file:)``). Paragraphs and agreements that start
/// with `[privé]` are "niet in rapport": they are left out while reading, so no output can show them.
/// A line that starts with the marker starts such a paragraph even without a blank line before it.
public struct ConversationNotes: Sendable, Equatable {
    /// The client's name (`naam`).
    public var name: String
    /// The day of the conversation (`datum`).
    public var date: CalendarDate
    /// The arbeidsdeskundige's name (`arbeidsdeskundige`).
    public var expert: String
    /// What the client told per onderwerp, as paragraphs, without the private ones.
    public var ervaringen: [String]
    public var behoeften: [String]
    public var toekomst: [String]
    /// The agreements (`afspraken`), in order, without the private ones.
    public var agreements: [Agreement]
    /// The arbeidsdeskundige's own observations of the conversation (`gesprek`), as paragraphs: for
    /// the report only, never on the client's sheet.
    public var conversation: [String]
    /// What the client said at the end about the conversation, in her words (`zo_ervaren`): shown on
    /// the sheet under *Ons gesprek*.
    public var experienced: [String]
    /// What the client said back about the sheet (`reactie`), as paragraphs: for the report only,
    /// which says *(nog) geen* without it.
    public var reaction: [String]
    /// Who else was there (`aanwezig`).
    public var present: String?
    /// A dossier or case number (`kenmerk`).
    public var kenmerk: String?
    /// The day before which the client may correct the notes (`reageren_voor`), when given.
    public var replyBy: CalendarDate?
    /// The day the sheet is sent to the client (`verzonden`). A front-end fills in today for the sheet
    /// when the notes leave it out (the layouts never read the clock), never for the bouwstenen: the
    /// report says the client got the text only when the notes say so.
    public var sent: CalendarDate?

    public init(name: String, date: CalendarDate, expert: String, ervaringen: [String] = [], behoeften: [String] = [],
                toekomst: [String] = [], agreements: [Agreement] = [], conversation: [String] = [],
                experienced: [String] = [], reaction: [String] = [], present: String? = nil, kenmerk: String? = nil,
                replyBy: CalendarDate? = nil, sent: CalendarDate? = nil) {
        self.name = name
        self.date = date
        self.expert = expert
        self.ervaringen = ervaringen
        self.behoeften = behoeften
        self.toekomst = toekomst
        self.agreements = agreements
        self.conversation = conversation
        self.experienced = experienced
        self.reaction = reaction
        self.present = present
        self.kenmerk = kenmerk
        self.replyBy = replyBy
        self.sent = sent
    }

    /// One agreement: what will happen, who does it, and when (the last two may be open).
    public struct Agreement: Sendable, Equatable {
        public var what: String
        /// As written; ``role`` tells whether it names one of the roles.
        public var who: String?
        public var when: String?
        /// The notes file's line of `wanneer`, for a warning about a relative date.
        public var whenLine: Int?

        public init(what: String, who: String? = nil, when: String? = nil, whenLine: Int? = nil) {
            self.what = what
            self.who = who
            self.when = when
            self.whenLine = whenLine
        }

        /// The role `who` names (`cliënt`, `arbeidsdeskundige`, `samen`, in any case), or nil for a
        /// name or other text, which stays as written.
        public var role: Role? {
            guard let who else { return nil }
            let folded = who.trimmingCharacters(in: .whitespaces)
                .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            return Role.allCases.first { $0.rawValue.folding(options: [.diacriticInsensitive], locale: nil) == folded }
        }

        /// Whether `when` is relative to a day the reader does not know ("volgende week"): on paper,
        /// read a week later, it means something else.
        public var hasRelativeWhen: Bool {
            guard let when else { return false }
            let folded = when.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            let words = folded.split(whereSeparator: { !$0.isLetter && $0 != "." }).map(String.init)
            let phrase = " " + words.joined(separator: " ") + " "
            return Self.relativePhrases.contains { phrase.contains(" \($0) ") }
        }

        static let relativePhrases = ["deze week", "volgende week", "komende week", "morgen", "overmorgen", "vandaag",
                                      "binnenkort", "z.s.m.", "zsm", "asap"]

        public static func == (lhs: Agreement, rhs: Agreement) -> Bool {
            // Where it was written is not part of what was agreed.
            lhs.what == rhs.what && lhs.who == rhs.who && lhs.when == rhs.when
        }

        /// Who does it, as a role rather than a name: printed as *Jij*/*Ik*/*Wij samen* on the sheet
        /// and in the report's terms in the bouwstenen.
        public enum Role: String, Sendable, CaseIterable {
            case client = "cliënt", expert = "arbeidsdeskundige", together = "samen"
        }
    }

    /// The three onderwerpen of the method, as the notes' keys name them.
    public enum Topic: String, Sendable, CaseIterable {
        case ervaringen, behoeften, toekomst

        /// The notes file's key, as warnings name it.
        public var field: FieldPath.Notes {
            switch self {
            case .ervaringen: .ervaringen
            case .behoeften: .behoeften
            case .toekomst: .toekomst
            }
        }
    }

    /// The paragraphs about `topic`.
    public func paragraphs(_ topic: Topic) -> [String] {
        switch topic {
        case .ervaringen: ervaringen
        case .behoeften: behoeften
        case .toekomst: toekomst
        }
    }

    /// The reply date: `reageren_voor` when given, else ten working days (weekends and Dutch public
    /// holidays skipped) after the day the sheet is sent, or after the conversation when that is not
    /// known: two weeks to react, whatever the weekday.
    public var effectiveReplyBy: CalendarDate {
        replyBy ?? (sent ?? date).addingWorkingDays(Self.defaultReplyWorkingDays)
    }

    /// How many working days the client has to react when the notes give no date.
    public static let defaultReplyWorkingDays = 10

    /// The marker that keeps a paragraph or an agreement out of every output.
    public static let privateMarker = "[privé]"

    /// Whether `text` starts with the private marker (in any spacing, case or accent, because people
    /// type it by hand).
    static func isPrivate(_ text: String) -> Bool {
        PrivateMarker.classify(text) == .leading
    }
}
