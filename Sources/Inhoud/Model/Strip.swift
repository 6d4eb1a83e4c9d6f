extension Inhoud {
    /// The four-panel comic that explains the conversation to the client before it happens.
    public struct Strip: Sendable, Equatable {
        /// Title of the strip as a document (PDF metadata, figure caption).
        public var title: String
        /// Exactly four panels, in reading order.
        public var panels: [StripPanel]
    }

    /// One panel of the Strip.
    public struct StripPanel: Sendable, Equatable, Identifiable {
        public var id: String
        /// The compass part whose colour and pictogram the panel takes.
        public var belongsTo: KompasPart
        /// A fixed term of the method (*Ons gesprek*, *Jouw ervaringen*, …).
        public var title: String
        /// The caption below the drawing: plain B1 Dutch, about twenty words at most.
        public var caption: String
        /// The speech or thought bubble in the drawing.
        public var bubble: Bubble
        /// What the drawing shows; also the figure's alternative text for screen readers, so a drawing
        /// must show what this says.
        public var scene: String
    }

    /// A part of the compass that something (a strip panel) belongs to.
    public enum KompasPart: Sendable, Hashable {
        /// The centre, *Ons gesprek*.
        case centre
        /// The onderwerp with this id.
        case onderwerp(String)
    }

    /// A short line said or thought by one of the two recurring strip characters.
    public struct Bubble: Sendable, Equatable {
        /// Who says or thinks it in the strip's drawings.
        public enum Speaker: String, Sendable, Equatable, CaseIterable {
            case arbeidsdeskundige
            case client
        }

        /// Said aloud (a speech bubble) or only thought (a thought cloud).
        public enum Kind: String, Sendable, Equatable, CaseIterable {
            case speech
            case thought
        }

        public var text: String
        public var speaker: Speaker
        public var kind: Kind
    }
}
