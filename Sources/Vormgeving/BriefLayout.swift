import Foundation
import Inhoud
import Tekenaar

/// The uitnodigingsbrief: a personal A4 letter inviting a client to the conversation, followed by a
/// page of preparatory questions with room to write.
///
/// Page 1 is a Dutch business letter (NEN 1026-like): the letterhead; the client's name and address
/// in the window of the organisation's envelope, with the text column aligned to the window's left
/// edge; beside the window the appointment at a glance (*Je afspraak*); place and date; subject;
/// and the body along the method's five attention points with the Strip at text width, closing
/// with the arbeidsdeskundige's name and how to reach them. Body text is 12 pt with lines of at most
/// about 70 characters. A letter whose text does not fit one page (an organisation's longer
/// paragraphs) continues on an extra page instead of shrinking, with a warning.
///
/// Page 2, *Voorbereiden op ons gesprek*: the preparatory questions, each with ruled lines to write
/// on, and the keuzehulp as a printed address, a clickable link and a QR code.
public enum BriefLayout {
    /// What a letter cannot do without; missing ones are reported before anything is drawn.
    public enum MissingField: String, Sendable, CaseIterable {
        case name = "client", date, time, location, expert, videoLink = "videolink"
    }

    /// The required fields `appointment` lacks, in the order the command line names them.
    public static func missingFields(in appointment: Appointment) -> [MissingField] {
        var missing: [MissingField] = []
        if appointment.name == nil { missing.append(.name) }
        if appointment.date == nil { missing.append(.date) }
        if appointment.time == nil { missing.append(.time) }
        let meeting = appointment.meeting ?? .kantoor
        if appointment.location == nil, meeting.needsLocation { missing.append(.location) }
        if appointment.expert == nil { missing.append(.expert) }
        if appointment.videoLink == nil, meeting == .video { missing.append(.videoLink) }
        return missing
    }

    /// The values the letter's templates are filled with. The date carries its weekday ("donderdag
    /// 3 december 2026"): people check an appointment against the day of the week, not the number;
    /// day, month and year stay on one line wherever the date is printed.
    /// The time is written the Dutch way ("10.30", "9.00"; see ``dutchTime(_:)``). The
    /// arbeidsdeskundige's name, phone, e-mail, job title and when they can be reached follow
    /// ``ExpertContact`` (the appointment's own, else the staff list's, else the organisation's).
    public static func values(_ inhoud: Inhoud, _ appointment: Appointment) -> [Inhoud.Placeholder: String] {
        let name = PersonName(appointment.name ?? "")
        return ExpertContact(inhoud.organisation, appointment).templateValues.merging([
            .naam: appointment.name ?? "", .datum: appointment.date.map { numbersKeptWithWords(longDutch($0)) } ?? "",
            .tijd: appointment.time.map(dutchTime) ?? "",
            .locatie: appointment.location ?? "",
            .organisatie: inhoud.organisation.name,
            .kenmerk: appointment.reference ?? "", .videolink: appointment.videoLink ?? "",
            .aanwezig: appointment.present ?? "",
            .reden: appointment.reason ?? appointment.soort.flatMap(inhoud.brief.soort)?.reason ?? "",
            .duur: inhoud.brief.duration,
            .voornaam: name.firstName ?? "", .achternaam: name.surname,
            .naamAanhef: name.titleAndSurname ?? appointment.name ?? "",
            .datumKort: appointment.date.map { numbersKeptWithWords($0.dutch) } ?? "",
            .aanwezigLeidinggevende: appointment.present?.localizedCaseInsensitiveContains("leidinggevende") == true ? "ja" : "",
            .aanwezigTolk: appointment.present?.localizedCaseInsensitiveContains("tolk") == true ? "ja" : "",
            .keuzehulp: includesKeuzehulp(inhoud, appointment) ? "ja" : "",
        ]) { contact, _ in contact }
    }

    /// Whether the client's choices add text to the letter (a soort, a kind of meeting other than the
    /// office): such a letter may take two pages before its enclosure.
    static func addsText(_ appointment: Appointment) -> Bool {
        appointment.soort != nil || (appointment.meeting ?? .kantoor) != .kantoor
    }

    /// Whether the letter carries the keuzehulp: as the client's row says, else as the content does.
    public static func includesKeuzehulp(_ inhoud: Inhoud, _ appointment: Appointment) -> Bool {
        appointment.keuzehulp ?? inhoud.keuzehulp.sendByDefault
    }

    /// The letters for `appointments`, one after the other, each dated `letterDate`: two pages per
    /// appointment (see ``pages(_:appointment:letterDate:warnings:)``). The date is the caller's to
    /// give (``CalendarDate/today(in:)`` for a letter sent today): a layout never reads the clock, so
    /// the same input always gives the same pages.
    public static func document(_ inhoud: Inhoud, appointments: [Appointment], letterDate: CalendarDate,
                                warnings: LayoutWarnings) -> Document {
        Document(info: info(inhoud, appointments: appointments),
                 pages: appointments.flatMap { pages(inhoud, appointment: $0, letterDate: letterDate, warnings: warnings) })
    }

    /// One client's letter: what a batch renders, one client at a time. Two pages, the letter and
    /// the questions, each laid out when it is rendered (the text is measured then): either may
    /// become two pages when an organisation's texts are too long for one, which the warnings say.
    /// An appointment that lacks a required field fails to render with
    /// ``BriefError/missingFields(_:client:)``; check ``missingFields(in:)`` first.
    public static func pages(_ content: Inhoud, appointment: Appointment, letterDate: CalendarDate,
                             warnings: LayoutWarnings) -> [Page] {
        let geometry = Geometry(content.organisation)
        let missing = missingFields(in: appointment)
        return [
            Page.flow(size: geometry.page) { canvas in
                guard missing.isEmpty else { throw BriefError.missingFields(missing, client: appointment.name) }
                warnings.addUnlisted(ExpertContact(content.organisation, appointment), in: content.organisation,
                                     material: .brief, client: appointment.name)
                // The client's soort (and later form and kind of meeting) picks the letter's texts.
                let inhoud: Inhoud
                do throws(Inhoud.LetterChoiceError) { inhoud = try content.letter(for: appointment) } catch {
                    throw BriefError.content(error, client: appointment.name)
                }
                // The letter's bookmark (the client's name and the subject) holds the enclosure's pages
                // beneath it, so a merged batch lists one entry per client rather than every page.
                let bookmark = LetterBookmark()
                let pages = try LetterPlan(inhoud, appointment: appointment, letterDate: letterDate, geometry: geometry,
                                           bookmark: bookmark, on: canvas, warnings: warnings).pages
                    + (inhoud.brief.includesStrip
                        ? EnclosurePlan(inhoud, appointment: appointment, geometry: geometry, bookmark: bookmark, on: canvas,
                                        warnings: warnings).pages
                        : [])
                    + PreparationPlan(inhoud, appointment: appointment, geometry: geometry, bookmark: bookmark, on: canvas,
                                      warnings: warnings).pages
                return pages.enumerated().map { index, page in
                    numbered(page, number: index + 1, of: pages.count, inhoud, geometry: geometry, inFooter: index == 0)
                }
            },
        ]
    }

    /// The bookmark of one letter's first page, set when that page is drawn and read by the pages
    /// drawn after it (in order, on the same surface: a merged batch's parts hold whole letters).
    final class LetterBookmark {
        var entry = OutlineEntry.root
    }

    /// The PDF metadata: the letter's title, with the client's name when the document is for one client.
    public static func info(_ inhoud: Inhoud, appointments: [Appointment]) -> DocumentInfo {
        var title = inhoud.brief.title
        var subject = inhoud.brief.title + " · " + inhoud.preparation.title
        if appointments.count == 1, let name = appointments[0].name {
            title += " · " + (appointments[0].reference.map { "kenmerk " + $0 } ?? name)
            if missingFields(in: appointments[0]).isEmpty, let letter = try? inhoud.letter(for: appointments[0]) {
                subject = letter.brief.subject.filled(values(letter, appointments[0]))
            }
        }
        return DocumentInfo(title: title, author: inhoud.organisation.name, subject: subject,
                            keywords: ["Gezien & Gehoord", inhoud.brief.title, inhoud.preparation.title])
    }

    /// "10:30" as a Dutch letter writes it: "10.30" (and "09:00" as "9.00"), the form of "om 10.30 uur".
    /// The appointment keeps its "HH:MM"; only what is printed changes. A time in another form is
    /// printed as it was given.
    static func dutchTime(_ time: String) -> String {
        let parts = time.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let hour = Int(parts[0]), parts[1].count == 2, parts[1].allSatisfy(\.isASCII),
              Int(parts[1]) != nil else { return time }
        return "\(hour).\(parts[1])"
    }

    /// "donderdag 3 december 2026".
    static func longDutch(_ date: CalendarDate) -> String {
        weekdayNames[weekday(of: date)] + " " + date.dutch
    }

    /// Sunday first, as ``weekday(of:)`` counts.
    static let weekdayNames = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]

    /// 0 = Sunday … 6 = Saturday (Sakamoto's method; pure arithmetic, so no time zone can shift the day).
    static func weekday(of date: CalendarDate) -> Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let year = date.month < 3 ? date.year - 1 : date.year
        return (year + year / 4 - year / 100 + year / 400 + offsets[date.month - 1] + date.day) % 7
    }
}
