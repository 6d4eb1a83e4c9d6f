import Inhoud
import Tekenaar

/// The uitnodigingsbrief. Until its own design lands this renders a clearly marked draft with the
/// letter's filled-in text in reading order.
public enum BriefLayout {
    /// What a letter cannot do without; missing ones are reported before anything is drawn.
    public enum MissingField: String, Sendable, CaseIterable {
        case name = "client", date, time, location, expert
    }

    /// The required fields `appointment` lacks, in the order the command line names them.
    public static func missingFields(in appointment: Appointment) -> [MissingField] {
        var missing: [MissingField] = []
        if appointment.name == nil { missing.append(.name) }
        if appointment.date == nil { missing.append(.date) }
        if appointment.time == nil { missing.append(.time) }
        if appointment.location == nil { missing.append(.location) }
        if appointment.expert == nil { missing.append(.expert) }
        return missing
    }

    /// The values the letter's templates are filled with.
    public static func values(_ inhoud: Inhoud, _ appointment: Appointment) -> [Inhoud.Placeholder: String] {
        [
            .naam: appointment.name ?? "", .datum: appointment.date?.dutch ?? "", .tijd: appointment.time ?? "",
            .locatie: appointment.location ?? "", .arbeidsdeskundige: appointment.expert ?? "",
            .telefoon: appointment.phone ?? inhoud.organisation.phone ?? "",
            .email: appointment.email ?? inhoud.organisation.email ?? "",
            .organisatie: inhoud.organisation.name,
        ]
    }

    public static func document(_ inhoud: Inhoud, appointments: [Appointment], warnings: LayoutWarnings) -> Document {
        let pages = appointments.flatMap { appointment in
            let values = values(inhoud, appointment)
            let brief = inhoud.brief
            let sections = [ConceptLayout.Section(heading: brief.subject.filled(values), lines: [brief.salutation.filled(values)]
                + brief.paragraphs.map { $0.text.filled(values) } + [brief.closing.filled(values)]
                + brief.signature.map { $0.filled(values) }.filter { !$0.isEmpty })]
            let preparation = [ConceptLayout.Section(heading: "", lines: inhoud.preparation.questions.map(\.text))]
            return ConceptLayout.document(title: brief.title, author: inhoud.organisation.name, sections: sections,
                                          warnings: warnings).pages
                + ConceptLayout.document(title: inhoud.preparation.title, author: inhoud.organisation.name,
                                         sections: preparation, warnings: warnings).pages
        }
        return Document(info: DocumentInfo(title: inhoud.brief.title, author: inhoud.organisation.name,
                                           subject: "Gezien & Gehoord (concept)"), pages: pages)
    }
}
