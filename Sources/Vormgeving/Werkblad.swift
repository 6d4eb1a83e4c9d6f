import Inhoud
import Tekenaar

/// The A4 Werkblad. Until its own design lands this renders a clearly marked draft with the
/// werkblad's content in reading order.
public enum WerkbladLayout {
    /// One page per appointment (an empty appointment gives a blank werkblad).
    public static func document(_ inhoud: Inhoud, appointments: [Appointment], warnings: LayoutWarnings) -> Document {
        let pages = appointments.flatMap { appointment in
            ConceptLayout.document(title: inhoud.werkblad.title, author: inhoud.organisation.name,
                                   sections: sections(inhoud, appointment), warnings: warnings).pages
        }
        return Document(info: DocumentInfo(title: inhoud.werkblad.title, author: inhoud.organisation.name,
                                           subject: "Gezien & Gehoord (concept)"), pages: pages)
    }

    static func sections(_ inhoud: Inhoud, _ appointment: Appointment) -> [ConceptLayout.Section] {
        let labels = inhoud.werkblad.fieldLabels
        var result = [ConceptLayout.Section(heading: "", lines: [
            "\(labels.name): \(appointment.name ?? "…")",
            "\(labels.date): \(appointment.date?.dutch ?? "…")",
            "\(labels.expert): \(appointment.expert ?? "…")",
            "\(labels.topics) \(appointment.topics ?? "…")",
        ])]
        result.append(.init(heading: inhoud.werkblad.conversationHeading,
                            lines: inhoud.themas.map { "\($0.title): " + $0.questions.map(\.text).joined(separator: " ") }))
        result.append(.init(heading: inhoud.werkblad.topicsHeading,
                            lines: inhoud.onderwerpen.map { "\($0.title): " + $0.questions.map(\.text).joined(separator: " ") }))
        return result
    }
}
