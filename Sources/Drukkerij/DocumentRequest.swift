import Inhoud
import Tekenaar
import Vormgeving

/// One document to make: a material with its options and, for the personal ones, the client's
/// appointment. The same request gives the same bytes from every front-end.
public enum DocumentRequest: Sendable {
    case kompas(KompasLayout.Options)
    /// The werkblad, with its back side unless `singleSided` (or the content has none).
    case werkblad(Appointment, singleSided: Bool = false)
    case strip(StripLayout.Options)
    /// The letter, dated `letterDate` (the day it is sent: an input, so no layout reads a clock).
    case brief(Appointment, letterDate: CalendarDate)
    /// The enclosure *Zo gaat ons gesprek* on its own: blank for an empty appointment.
    case bijlage(Appointment)
    /// The sheet for the client after the conversation, from the notes.
    case terugkoppeling(ConversationNotes)

    public var material: Material {
        switch self {
        case .kompas: .kompas
        case .werkblad: .werkblad
        case .strip: .strip
        case .brief: .brief
        case .bijlage: .bijlage
        case .terugkoppeling: .terugkoppeling
        }
    }

    /// A personal material's request for one client (a row of a sheet); nil for the others.
    /// `singleSided` leaves the werkblad's back side out.
    public static func personal(_ material: Material, for appointment: Appointment,
                                letterDate: CalendarDate, singleSided: Bool = false) -> DocumentRequest? {
        switch material {
        case .werkblad: .werkblad(appointment, singleSided: singleSided)
        case .brief: .brief(appointment, letterDate: letterDate)
        case .bijlage: .bijlage(appointment)
        case .kompas, .strip, .terugkoppeling: nil
        }
    }

    /// The pages of the request, laid out from `inhoud`; warnings are collected while they are drawn.
    func document(_ inhoud: Inhoud, warnings: LayoutWarnings) throws -> Document {
        switch self {
        case let .kompas(options):
            KompasLayout.document(inhoud, options: options, warnings: warnings)
        case let .werkblad(appointment, singleSided):
            WerkbladLayout.document(inhoud, appointments: [appointment], singleSided: singleSided, warnings: warnings)
        case let .strip(options):
            try StripLayout.document(inhoud, options: options, warnings: warnings)
        case let .brief(appointment, letterDate):
            BriefLayout.document(inhoud, appointments: [appointment], letterDate: letterDate, warnings: warnings)
        case let .bijlage(appointment):
            BijlageLayout.document(inhoud, appointments: [appointment], warnings: warnings)
        case let .terugkoppeling(notes):
            TerugkoppelingLayout.document(inhoud, notes: notes, warnings: warnings)
        }
    }

    /// The metadata of one PDF holding the documents of `appointments` (a merged batch).
    static func mergedInfo(_ material: Material, _ inhoud: Inhoud, appointments: [Appointment]) -> DocumentInfo? {
        switch material {
        case .werkblad: WerkbladLayout.info(inhoud, appointments: appointments)
        case .brief: BriefLayout.info(inhoud, appointments: appointments)
        case .bijlage: BijlageLayout.info(inhoud, appointments: appointments)
        case .kompas, .strip, .terugkoppeling: nil
        }
    }
}
