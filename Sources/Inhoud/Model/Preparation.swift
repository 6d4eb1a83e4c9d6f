import Foundation

extension Inhoud {
    /// The letter's second page: questions the client can think about before the conversation.
    public struct Preparation: Sendable, Equatable {
        /// The page heading, e.g. *Voorbereiden op ons gesprek*.
        public var title: String
        /// A small line at the top of the page naming the client and the appointment, so the page
        /// still says whose it is when it travels to the conversation on its own.
        public var header: Template
        /// A short reassuring introduction above the questions.
        public var intro: String
        /// At least one question, each to be printed with room to write.
        public var questions: [Question]
    }

    /// The letter's enclosure (*bijlage*) before the questions: how the conversation goes, in the
    /// Strip, with a few sentences on the Gesprekskompas; written to read well on its own.
    public struct Enclosure: Sendable, Equatable {
        /// The page heading, also the enclosure's name in the letter's reference line.
        public var title: String
        /// The small line at the top of every enclosure page: whose it is and which letter it belongs to.
        public var header: Template
        /// One or two sentences on the Gesprekskompas, above the Strip.
        public var intro: Template
    }

    /// The HAN's *Keuzehulp Re-integratie bij psychische klachten voor werkenden*, which the letter
    /// points to for more preparation tips.
    public struct Keuzehulp: Sendable, Equatable {
        /// A short inviting heading above the reference, e.g. *Wil je meer tips?*
        public var heading: String
        public var title: String
        /// An http(s) address, printed as a link and as a QR code.
        public var url: URL
        /// A few short plain sentences: what the keuzehulp is, that it is aimed at people with an
        /// employer, and that its tips help with other complaints too.
        public var explanation: String
        /// How to open the link from paper: scan the QR code or type the address.
        public var scanHint: String
        /// Whether letters carry it when a client's row does not say: off unless the organisation
        /// turns it on, since a keuzehulp on psychische klachten says something about health.
        public var sendByDefault: Bool
    }

    /// How the arbeidsdeskundige uses Gezien & Gehoord (from the seed's usage section).
    public struct Usage: Sendable, Equatable {
        public var title: String
        public var steps: [Step]

        /// One step of using the method, such as preparing or starting the conversation.
        public struct Step: Sendable, Equatable, Identifiable {
            public var id: String
            public var title: String
            public var text: String
        }
    }
}
