/// What the arbeidsdeskundige wrote down after a conversation: the input of the terugkoppeling (the
/// sheet for the client) and of the bouwstenen (the building blocks for the report).
///
/// Read from a YAML file with Dutch keys (see ``load(file:)``). Paragraphs and agreements that start
/// with `[privé]` are "niet in rapport": they are left out while reading, so no output can show them.
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
    /// How the conversation went (`gesprek`), as paragraphs.
    public var conversation: [String]
    /// Who else was there (`aanwezig`).
    public var present: String?
    /// A dossier or case number (`kenmerk`).
    public var kenmerk: String?
    /// The day before which the client may correct the notes (`reageren_voor`), when given.
    public var replyBy: CalendarDate?

    public init(name: String, date: CalendarDate, expert: String, ervaringen: [String] = [], behoeften: [String] = [],
                toekomst: [String] = [], agreements: [Agreement] = [], conversation: [String] = [],
                present: String? = nil, kenmerk: String? = nil, replyBy: CalendarDate? = nil) {
        self.name = name
        self.date = date
        self.expert = expert
        self.ervaringen = ervaringen
        self.behoeften = behoeften
        self.toekomst = toekomst
        self.agreements = agreements
        self.conversation = conversation
        self.present = present
        self.kenmerk = kenmerk
        self.replyBy = replyBy
    }

    /// One agreement: what will happen, who does it, and when (the last two may be open).
    public struct Agreement: Sendable, Equatable {
        public var what: String
        public var who: String?
        public var when: String?

        public init(what: String, who: String? = nil, when: String? = nil) {
            self.what = what
            self.who = who
            self.when = when
        }
    }

    /// The three onderwerpen of the method, as the notes' keys name them.
    public enum Topic: String, Sendable, CaseIterable {
        case ervaringen, behoeften, toekomst
    }

    /// The paragraphs about `topic`.
    public func paragraphs(_ topic: Topic) -> [String] {
        switch topic {
        case .ervaringen: ervaringen
        case .behoeften: behoeften
        case .toekomst: toekomst
        }
    }

    /// The reply date: `reageren_voor` when given, else ten working days after the conversation, which
    /// leaves the client two weeks, whatever the weekday of the conversation.
    public var effectiveReplyBy: CalendarDate {
        replyBy ?? date.addingWorkingDays(Self.defaultReplyWorkingDays)
    }

    /// How many working days the client has to react when the notes give no date.
    public static let defaultReplyWorkingDays = 10

    /// The marker that keeps a paragraph or an agreement out of every output.
    public static let privateMarker = "[privé]"

    /// Whether `text` starts with the private marker (also written without the accent, in any case,
    /// because people type it by hand).
    static func isPrivate(_ text: String) -> Bool {
        let head = text.prefix(7).lowercased()
        return head == "[privé]" || head.hasPrefix("[prive]")
    }
}
