import Inhoud
import Tekenaar

/// The terugkoppeling: the A4 sheet a client gets after the conversation, *Wat we besproken hebben*.
///
/// From the top: who sends it (the organisation), the title and a personal block (client, date,
/// arbeidsdeskundige; who else was there and the kenmerk); a short lead-in and, in a grey box, that
/// the three onderwerpen hold the client's words and the conclusion comes later, in the report, and
/// in bold what to do, by when, when something is wrong; then
/// per onderwerp its pictogram and heading on white with the client's words in a panel of its tint
/// (what the client said about the conversation under *Ons gesprek*); the agreements as a table (wat,
/// wie, wanneer); *Wat gebeurt er nu?*; the invitation to correct with the last day and how to reach
/// the arbeidsdeskundige; and, when the content has it, *Hoe vond je ons gesprek?* to fill in.
///
/// The notes are never shrunk or cut: text that does not fit one page continues on the next, as many
/// pages as the notes need, each with a footer naming the client and the page.
public enum TerugkoppelingLayout {
    /// The sheet for `notes`, laid out when it is rendered (the text is measured then).
    public static func document(_ inhoud: Inhoud, notes: ConversationNotes, warnings: LayoutWarnings) -> Document {
        Document(info: info(inhoud, notes: notes), pages: pages(inhoud, notes: notes, warnings: warnings))
    }

    /// The sheet's pages: one flowing page that becomes as many as the notes need.
    public static func pages(_ inhoud: Inhoud, notes: ConversationNotes, warnings: LayoutWarnings) -> [Page] {
        [Page.flow(size: Geometry.page) { canvas in
            warnings.addUnlisted(notes.contact(inhoud.organisation), in: inhoud.organisation, material: .terugkoppeling,
                                 client: notes.name)
            return try SheetPlan(inhoud, notes: notes, on: canvas, warnings: warnings).pages
        }]
    }

    /// The PDF metadata: the sheet's title with the client's name and the date of the conversation.
    public static func info(_ inhoud: Inhoud, notes: ConversationNotes) -> DocumentInfo {
        let title = inhoud.terugkoppeling.title
        return DocumentInfo(title: "\(title) · \(notes.name)", author: inhoud.organisation.name,
                            subject: "\(title) · \(notes.date.dutch) · \(notes.expert)",
                            keywords: ["Gezien & Gehoord", "Terugkoppeling", title])
    }

    /// The values the sheet's templates are filled with: the notes' values, with the last day to react
    /// written with its weekday, and it and the phone number held together by no-break spaces, so
    /// neither breaks over a line.
    static func values(_ inhoud: Inhoud, _ notes: ConversationNotes) -> [Inhoud.Placeholder: String] {
        var values = notes.templateValues(inhoud)
        values[.reagerenVoor] = BriefLayout.longDutch(notes.effectiveReplyBy).replacingOccurrences(of: " ", with: "\u{00A0}")
        values[.telefoon] = values[.telefoon]?.replacingOccurrences(of: " ", with: "\u{00A0}")
        return values
    }
}
