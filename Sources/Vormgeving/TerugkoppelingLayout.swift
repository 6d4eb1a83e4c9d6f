import Inhoud
import Tekenaar

/// The terugkoppeling: the A4 sheet a client gets after the conversation, *Wat we besproken hebben*.
///
/// From the top: the title and a personal block (client, date, arbeidsdeskundige) like the
/// werkblad's; a short lead-in and, in a marked box, the line that these are the client's words and
/// not yet the arbeidsdeskundige's conclusion; then per onderwerp its pictogram and heading in its
/// colour with the notes as paragraphs; the agreements as a table (wat, wie, wanneer); the invitation
/// to correct with the date and how to reach the arbeidsdeskundige; and, when the content has it, a
/// short block to tick and return (*Hoe vond je ons gesprek?*).
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
            try SheetPlan(inhoud, notes: notes, on: canvas, warnings: warnings).pages
        }]
    }

    /// The PDF metadata: the sheet's title with the client's name and the date of the conversation.
    public static func info(_ inhoud: Inhoud, notes: ConversationNotes) -> DocumentInfo {
        let title = inhoud.terugkoppeling.title
        return DocumentInfo(title: "\(title) · \(notes.name)", author: inhoud.organisation.name,
                            subject: "\(title) · \(notes.date.dutch) · \(notes.expert)",
                            keywords: ["Gezien & Gehoord", "Terugkoppeling", title])
    }

    /// The values the sheet's templates are filled with; `datum` is the conversation's date.
    static func values(_ inhoud: Inhoud, _ notes: ConversationNotes) -> [Inhoud.Placeholder: String] {
        [.naam: notes.name, .datum: notes.date.dutch, .arbeidsdeskundige: notes.expert,
         .telefoon: inhoud.organisation.phone ?? "", .email: inhoud.organisation.email ?? "",
         .organisatie: inhoud.organisation.name, .tijd: "", .locatie: ""]
    }
}
