import Foundation

/// Everything the materials say: the content model of Gezien & Gehoord.
///
/// One value feeds all four materials (Gesprekskompas, Werkblad, Strip, uitnodigingsbrief), so that they
/// use the same words. Get one from ``loadDefault()`` or ``load(contentFile:)``; both validate, so the
/// layouts may rely on the documented shapes (three onderwerpen, four thema's, four strip panels, …).
///
/// Texts that address the client are already resolved to the organisation's ``formOfAddress``;
/// the letter's texts stay ``Template``s because filling them in is the letter's job.
public struct Inhoud: Sendable, Equatable {
    /// How client-facing texts address the client; chosen once by the organisation.
    public var formOfAddress: FormOfAddress
    /// The centre of the compass, *Ons gesprek*.
    public var centre: Centre
    /// The four thema's of *Ons gesprek*, in the order of the content file.
    public var themas: [Thema]
    /// The three onderwerpen around the compass, in the order of the content file.
    public var onderwerpen: [Onderwerp]
    public var strip: Strip
    public var brief: Brief
    /// The letter's enclosure: how the conversation goes, with the Strip.
    public var enclosure: Enclosure
    /// The preparatory questions after the enclosure's Strip page.
    public var preparation: Preparation
    public var keuzehulp: Keuzehulp
    /// How the arbeidsdeskundige uses the method (for the professional, not the client).
    public var usage: Usage
    public var kompas: Kompas
    public var werkblad: Werkblad
    public var organisation: Organisation
    /// The sheet for the client after the conversation, and the report's section names.
    public var terugkoppeling: Terugkoppeling
    /// The same content in the other form of address (see ``inForm(_:)``); set by the loader.
    var otherForm: OtherForm?

    /// The onderwerp with this id, if there is one.
    public func onderwerp(_ id: String) -> Onderwerp? {
        onderwerpen.first { $0.id == id }
    }

    /// The thema with this id, if there is one.
    public func thema(_ id: String) -> Thema? {
        themas.first { $0.id == id }
    }
}

extension Inhoud {
    /// The content read in the other form of address, or why it cannot be (texts written in one
    /// form only). A class, so that a value of ``Inhoud`` can hold another one.
    final class OtherForm: Sendable, Equatable {
        let result: Result<Inhoud, InhoudError>

        init(_ result: Result<Inhoud, InhoudError>) { self.result = result }

        static func == (lhs: OtherForm, rhs: OtherForm) -> Bool { lhs.result == rhs.result }
    }

    /// How the client is addressed: informal `je` (the method's own choice and the default) or formal `u`.
    public enum FormOfAddress: String, Sendable, Equatable, CaseIterable {
        case je
        case u

        /// The form a sheet, form or option names ("U", " je "); nil for anything else.
        public init?(parsing text: String) {
            self.init(rawValue: text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased())
        }
    }
}
