import Inhoud
import Vormgeving

/// The printed materials the kit makes, as data: what each is called, which client fields it needs
/// and prints, how its files are named and at what resolution it becomes a PNG. Every front-end
/// (the command line, the web page, `alles`) takes the list of materials from here.
public enum Material: String, CaseIterable, Sendable {
    case kompas, werkblad, strip, brief, bijlage, terugkoppeling

    /// The material's name as people know it (Dutch, as printed).
    public var title: String {
        switch self {
        case .kompas: "Gesprekskompas"
        case .werkblad: "Werkblad"
        case .strip: "Strip"
        case .brief: "Uitnodigingsbrief"
        case .bijlage: "Bijlage: Zo gaat ons gesprek"
        case .terugkoppeling: "Terugkoppeling"
        }
    }

    /// The last part of a batch file's name: `2026-12-03_anna-de-vries_werkblad.pdf`.
    public var fileStem: String { rawValue }

    /// The resolution of PNG output when none is asked for: the Strip goes into word processors
    /// at print quality, the others are previews.
    public var defaultDPI: Int { self == .strip ? 300 : 150 }

    /// The resolutions a PNG may be asked for at, in dots per inch: below 10 nothing can be read,
    /// above 2400 an A3 page would not fit in memory. The command line and the web page both check
    /// against this range.
    public static let pngResolutions: ClosedRange<Int> = 10...2400

    /// Whether the material is made per client (and so can be made for every row of a sheet).
    public var isPersonal: Bool { self == .werkblad || self == .brief || self == .bijlage || self == .terugkoppeling }

    /// Whether the material is made from the notes of a conversation (a notes file) rather than from
    /// a client's details: personal, but never a row of a sheet.
    public var isMadeFromNotes: Bool { self == .terugkoppeling }

    /// Whether the material has a back side that one-sided printing leaves out (the werkblad's).
    public var hasBackSide: Bool { self == .werkblad }

    /// The client fields a document of this material cannot do without. The letter's list is the
    /// layout's own (`BriefLayout.MissingField`), so it is written down once.
    public var requiredFields: [ClientColumn] {
        switch self {
        case .kompas, .strip, .terugkoppeling: []
        case .werkblad: [.name, .date]
        // Blank is a bijlage too: for any client, in an organisation's own letter.
        case .bijlage: []
        // A sheet needs the columns every letter needs; the video link only for a video call's row.
        case .brief: BriefLayout.MissingField.allCases.filter { $0 != .videoLink }.map(\.column)
        }
    }

    /// The client fields the material prints: a value in one of them that cannot be read makes a
    /// row invalid (a bad time does not stop a werkblad, which prints no time).
    public var printedFields: Set<ClientColumn> {
        switch self {
        case .kompas, .strip, .terugkoppeling: []
        case .werkblad: [.name, .date, .expert, .topics]
        case .bijlage: [.name, .date, .reference, .keuzehulp]
        case .brief: [.name, .date, .time, .location, .expert, .address, .postcode, .city, .phone, .email,
                      .reference, .reason, .salutation, .extra, .keuzehulp, .soort, .meeting, .videoLink, .present, .form,
                      .variant]
        }
    }

    /// How many pages one client's document has, in words, for messages about merged batches.
    public var pagesPerClient: String {
        switch self {
        case .brief: "the letter and its enclosure (two to four pages)"
        case .bijlage: "two pages"
        case .terugkoppeling: "as many pages as the notes need"
        case .werkblad: "the front and the back side (two pages; one with --single-sided)"
        case .kompas, .strip: "a page"
        }
    }

    /// The fields `appointment` needs for this material: `requiredFields`, less the place of a
    /// letter for a conversation that is not at one (a home visit, a call), plus a video call's link.
    public func requiredFields(for appointment: Appointment) -> [ClientColumn] {
        guard self == .brief else { return requiredFields }
        let meeting = appointment.meeting ?? .kantoor
        return requiredFields.filter { $0 != .location || meeting.needsLocation } + (meeting == .video ? [.videoLink] : [])
    }

    /// The required fields `appointment` lacks, in the order of `requiredFields(for:)`.
    public func missingFields(in appointment: Appointment) -> [ClientColumn] {
        requiredFields(for: appointment).filter { appointment.value(of: $0) == nil }
    }
}

extension BriefLayout.MissingField {
    /// The client-sheet column of the field.
    var column: ClientColumn {
        switch self {
        case .name: .name
        case .date: .date
        case .time: .time
        case .location: .location
        case .expert: .expert
        case .videoLink: .videoLink
        }
    }
}

extension Appointment {
    /// The appointment's value for `column`, as text; nil when it has none.
    func value(of column: ClientColumn) -> String? {
        switch column {
        case .name: name
        case .date: date?.iso
        case .time: time
        case .location: location
        case .expert: expert
        case .address: addressLines.isEmpty ? nil : addressLines.joined(separator: "\n")
        // The client's own contact details are not kept: nothing prints them.
        case .postcode, .city, .clientPhone, .clientEmail: nil
        case .phone: phone
        case .email: email
        case .topics: topics
        case .reference: reference
        case .reason: reason
        case .salutation: salutation
        case .extra: extra
        case .keuzehulp: keuzehulp.map { $0 ? "ja" : "nee" }
        case .soort: soort
        case .meeting: meeting?.rawValue
        case .videoLink: videoLink
        case .present: present
        case .form: form?.rawValue
        case .variant: variant?.rawValue
        }
    }
}
