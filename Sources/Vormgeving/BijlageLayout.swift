import Inhoud
import Tekenaar

/// The bijlage, *Zo gaat ons gesprek*: the letter's enclosure as a material of its own, for
/// organisations that send letters from their own systems and can put only an enclosure in the
/// envelope. Two A4 pages (more when an organisation's texts are longer): the Strip two by two with
/// a few sentences on the Gesprekskompas, then the preparatory questions with room to write and,
/// when chosen, the keuzehulp. Blank, or personalised with the client's name, the date and the
/// kenmerk on every page. Written to read well without a letter around it.
public enum BijlageLayout {
    /// One bijlage per appointment (an empty `Appointment()` gives a blank one).
    public static func document(_ inhoud: Inhoud, appointments: [Appointment], warnings: LayoutWarnings) -> Document {
        Document(info: info(inhoud, appointments: appointments),
                 pages: appointments.flatMap { pages(inhoud, appointment: $0, warnings: warnings) })
    }

    /// One client's bijlage, laid out when it is rendered; its pages numbered as one set.
    public static func pages(_ inhoud: Inhoud, appointment: Appointment, warnings: LayoutWarnings) -> [Page] {
        let geometry = BriefLayout.Geometry(inhoud.organisation)
        return [
            Page.flow(size: geometry.page) { canvas in
                let bookmark = BriefLayout.LetterBookmark()
                let pages = try BriefLayout.EnclosurePlan(inhoud, appointment: appointment, geometry: geometry,
                                                          bookmark: bookmark, on: canvas, warnings: warnings).pages
                    + BriefLayout.PreparationPlan(inhoud, appointment: appointment, geometry: geometry, bookmark: bookmark,
                                                  on: canvas, warnings: warnings).pages
                return pages.enumerated().map { index, page in
                    BriefLayout.numbered(page, number: index + 1, of: pages.count, inhoud, geometry: geometry,
                                         inFooter: false)
                }
            },
        ]
    }

    /// The PDF metadata: the enclosure's title, with the kenmerk (or else the name) of a single client.
    public static func info(_ inhoud: Inhoud, appointments: [Appointment]) -> DocumentInfo {
        var title = Lockup(inhoud.enclosure.title).name
        if appointments.count == 1, let name = appointments[0].name {
            title += " · " + (appointments[0].reference.map { "kenmerk " + $0 } ?? name)
        }
        return DocumentInfo(title: title, author: inhoud.organisation.name, subject: Lockup(inhoud.enclosure.title).name,
                            keywords: ["Gezien & Gehoord", Lockup(inhoud.enclosure.title).name, inhoud.preparation.title])
    }
}
