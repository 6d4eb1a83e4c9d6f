import Foundation

extension Inhoud {
    /// One arbeidsdeskundige of the organisation's staff list (`organisatie.medewerkers`): who signs
    /// a letter, and how a client reaches them directly. Found by the name an appointment gives for
    /// its arbeidsdeskundige (see ``Organisation/staffMember(named:)``).
    public struct StaffMember: Sendable, Equatable {
        /// The name as it is printed under the signature; also the key the appointments use.
        public var name: String
        /// The job title under the name (`functie`).
        public var function: String
        /// A direct phone number and e-mail address; nil falls back to the organisation's.
        public var phone: String?
        public var email: String?
        /// When the arbeidsdeskundige can be reached (`bereikbaar`), as free text: "maandag tot en met
        /// donderdag, 9.00 tot 17.00 uur".
        public var reachable: String?
        /// A PNG of the handwritten signature, resolved relative to the content file that named it.
        public var signature: URL?

        /// The job title when the staff list gives none: what the method's materials call the role.
        public static let defaultFunction = "Arbeidsdeskundige"

        public init(name: String, function: String = Self.defaultFunction, phone: String? = nil, email: String? = nil,
                    reachable: String? = nil, signature: URL? = nil) {
            self.name = name
            self.function = function
            self.phone = phone
            self.email = email
            self.reachable = reachable
            self.signature = signature
        }

        /// `name` as names are compared: lowercased, with runs of white space as one space and none
        /// at the ends, because the same person is typed "Anna de Vries", "anna de vries" and
        /// "Anna  de Vries " in one office's sheets.
        static func key(_ name: String) -> String {
            name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }
}

extension Inhoud.Organisation {
    /// The staff member called `name`, ignoring case and white space; nil when the list has no such
    /// name (or `name` is nil or empty).
    public func staffMember(named name: String?) -> Inhoud.StaffMember? {
        guard let name else { return nil }
        let key = Inhoud.StaffMember.key(name)
        guard !key.isEmpty else { return nil }
        return staff.first { Inhoud.StaffMember.key($0.name) == key }
    }
}
