import Inhoud
import Tekenaar

/// The A4 Werkblad that lies beside the Gesprekskompas during the conversation: a header with the
/// title, the personal block (client, date, arbeidsdeskundige) and what the client wants to
/// discuss; the example questions of *Ons gesprek* per thema and of the three onderwerpen in their
/// compass colours; and, at the bottom, ruled note areas per onderwerp.
///
/// Every page is laid out from a plan measured from the content and the client's details, so a
/// batch of clients gives pages that are identical apart from the personal fields, except where a
/// long name or a long text about what the client wants to discuss needs more room: the box grows,
/// and the example questions give way first. What the client typed is never run off its box: it is
/// shrunk within limits, wrapped (a name on up to three lines), and only then cut off with "…" and a
/// warning.
public enum WerkbladLayout {
    /// The front and the back side per appointment, or the front alone when the werkblad is printed
    /// `singleSided` or the content has no back side (an empty `Appointment()` gives a blank werkblad).
    public static func document(_ inhoud: Inhoud, appointments: [Appointment], singleSided: Bool = false,
                                warnings: LayoutWarnings) -> Document {
        let backSide = !singleSided && inhoud.werkblad.hasBackSide
        return Document(info: info(inhoud, appointments: appointments), pages: appointments.flatMap { appointment in
            backSide ? [page(inhoud, appointment: appointment, warnings: warnings),
                        backPage(inhoud, appointment: appointment, warnings: warnings)]
                : [page(inhoud, appointment: appointment, backSide: false, warnings: warnings)]
        })
    }

    /// The front for one appointment; with `backSide` its foot points to the back.
    public static func page(_ inhoud: Inhoud, appointment: Appointment, backSide: Bool = true, warnings: LayoutWarnings) -> Page {
        Page(size: .a4) { canvas in
            let plan = try plan(inhoud, for: appointment, backSide: backSide, measuringOn: canvas, warnings: warnings)
            try drawHeader(inhoud, appointment, plan: plan, on: canvas, warnings: warnings)
            try drawConversation(inhoud, plan: plan, on: canvas)
            try drawOnderwerpen(inhoud, plan: plan, on: canvas)
            try drawNotes(inhoud, in: plan.noteAreas, parts: plan.onderwerpParts, on: canvas, warnings: warnings)
            try drawFooter(inhoud, plan: plan, on: canvas, warnings: warnings)
        }
    }

    /// The PDF metadata: the werkblad's title, with the client's name when the document is for one
    /// client (so a folder of batch output reads well in a PDF viewer's title bar).
    public static func info(_ inhoud: Inhoud, appointments: [Appointment]) -> DocumentInfo {
        var title = inhoud.werkblad.title
        // The kenmerk instead of the name when there is one: a title shows in file managers and indexes.
        if appointments.count == 1, let name = appointments[0].name {
            title += " · " + (appointments[0].reference.map { "kenmerk " + $0 } ?? name)
        }
        return DocumentInfo(title: title, author: inhoud.organisation.name,
                            subject: "\(inhoud.centre.title): " + inhoud.onderwerpen.map(\.title).joined(separator: ", "),
                            keywords: ["Gezien & Gehoord", inhoud.werkblad.title])
    }
}
