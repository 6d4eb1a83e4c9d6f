extension Inhoud {
    /// The centre of the compass: *Ons gesprek*, the conversation itself.
    public struct Centre: Sendable, Equatable {
        /// A fixed term of the method: *Ons gesprek*.
        public var title: String
        /// One short line for the compass.
        public var summary: String
    }

    /// One of the four thema's of *Ons gesprek*: an aspect of how the conversation is experienced
    /// (*Richting en kader*, *Onze openheid*, *Gezien en gehoord*, *Dit gesprek*).
    public struct Thema: Sendable, Equatable, Identifiable {
        /// Stable key for overrides and for layouts that place thema's by id.
        public var id: String
        /// A fixed term of the method.
        public var title: String
        /// One short line for the compass.
        public var summary: String
        /// One or two example questions for the Werkblad about how the conversation feels.
        public var questions: [Question]
    }

    /// One of the three onderwerpen: what the conversation is about
    /// (*Jouw ervaringen*, *Jouw behoeften*, *Jouw toekomst*).
    public struct Onderwerp: Sendable, Equatable, Identifiable {
        /// Stable key (`ervaringen`, `behoeften`, `toekomst` in the default) that layouts use to pick
        /// the onderwerp's colour and pictogram.
        public var id: String
        /// A fixed term of the method.
        public var title: String
        /// One line for the compass.
        public var summary: String
        /// A few plain sentences for places with more room; absent when the content gives none.
        public var description: String?
        /// Example questions for the Werkblad; at least one.
        public var questions: [Question]
    }

    /// An example or preparatory question.
    public struct Question: Sendable, Equatable {
        /// The key an override uses to replace or remove this question; `nil` for questions the content
        /// file wrote as plain text (those can only be replaced together with their whole list).
        public var id: String?
        public var text: String

        public init(id: String?, text: String) {
            self.id = id
            self.text = text
        }
    }
}
