import ArgumentParser
import Drukkerij
import Inhoud

struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "The personalised invitation letter with the Strip and the preparatory questions.",
        discussion: """
            For a batch, --clients reads an Excel workbook (.xlsx: the first sheet with a header row) or a CSV \
            file (fields separated by , ; or tab; UTF-8), one client per row, and --output names a folder that gets one PDF per client, named \
            {date}_{name}_brief.pdf; with --merge, one PDF with the letters one after the other. Header names \
            may be Dutch or English: naam|name, datum|date, tijd|time, locatie|location and \
            arbeidsdeskundige|expert are required; adres|address, postcode, plaats|city, kenmerk|reference and \
            extra are printed when there; telefoon_arbeidsdeskundige|expert_phone and \
            email_arbeidsdeskundige|expert_email are the arbeidsdeskundige's contact for questions, while \
            telefoon|phone and email are the client's own and never printed; soort|kind picks the text for the \
            kind of assessment, and \
            gespreksvorm|meeting, videolink|video_link, aanwezig|present, aanspreekvorm|form and variant are the \
            options of the same names per client. Dates: \(CalendarDate.acceptedForms). Every row is checked before \
            anything is written.
            """)

    @Option(name: [.short, .long], help: ArgumentHelp("Output file (.pdf; .svg/.png need {p}), or a folder with --clients.", valueName: "path"))
    var output: String

    @Option(help: ArgumentHelp("The client's name.", valueName: "name"))
    var client: String?

    @Option(help: ArgumentHelp("Date of the conversation: \(CalendarDate.acceptedForms).", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("Time of the conversation, e.g. 14:30.", valueName: "HH:MM"))
    var time: String?

    @Option(help: ArgumentHelp("Where the conversation takes place.", valueName: "text"))
    var location: String?

    @Option(help: ArgumentHelp("The arbeidsdeskundige's name.", valueName: "name"))
    var expert: String?

    @Option(help: ArgumentHelp("The client's postal address; separate lines with a comma or newline.", valueName: "text"))
    var address: String?

    @Option(help: ArgumentHelp("Phone number for questions (default: the organisation's).", valueName: "text"))
    var phone: String?

    @Option(help: ArgumentHelp("E-mail address for questions (default: the organisation's).", valueName: "text"))
    var email: String?

    @OptionGroup var enclosure: EnclosureOptions

    @Option(help: ArgumentHelp("Why the conversation takes place, as words after \"een gesprek over\".", valueName: "text"))
    var reason: String?

    @Option(help: ArgumentHelp("The salutation, e.g. \"Beste Maria,\" (default: Beste and the first name, or the name with u).",
                               valueName: "text"))
    var salutation: String?

    @Option(help: ArgumentHelp("A paragraph of your own for this client, printed as plain text.", valueName: "text"))
    var extra: String?

    @Option(help: ArgumentHelp("The kind of assessment, whose text says who asked for the conversation and who gets the "
                               + "rapport: wia, herbeoordeling, ziektewet, spoor1, spoor2, werkgeversopdracht, letselschade, "
                               + "or one of your content's brief.soorten.", valueName: "id"))
    var soort: String?

    @Option(help: ArgumentHelp("How the conversation takes place: kantoor (default), huisbezoek, werkplek, video (needs "
                               + "--videolink) or telefoon; --location is needed for kantoor and werkplek.", valueName: "kind"))
    var gespreksvorm: String?

    @Option(help: ArgumentHelp("The link of a video call (--gespreksvorm video).", valueName: "url"))
    var videolink: String?

    @Option(help: ArgumentHelp("Who else is at the conversation: a colleague, a professional tolk (never the client's "
                               + "children), the leidinggevende.", valueName: "text"))
    var present: String?

    @Option(help: ArgumentHelp("Address this client with je or u (default: the content's aanspreekvorm).", valueName: "je|u"))
    var aanspreekvorm: String?

    @Option(help: ArgumentHelp("Which letter: uitnodiging (default), vervolggesprek (no Strip; refers to the previous "
                               + "conversation's agreements) or gewijzigde-afspraak (a new date or time).", valueName: "kind"))
    var variant: String?

    @OptionGroup var batch: BatchOptions

    @OptionGroup var common: CommonOptions

    func run() throws {
        try Console.run {
            // The letter is dated today: the day it is printed and sent.
            let letterDate = Drukkerij.today()
            let single = [("--client", client), ("--date", date), ("--time", time), ("--location", location),
                          ("--expert", expert), ("--address", address), ("--phone", phone), ("--email", email),
                          ("--reason", reason), ("--salutation", salutation), ("--extra", extra),
                          ("--soort", soort), ("--gespreksvorm", gespreksvorm), ("--videolink", videolink),
                          ("--present", present), ("--aanspreekvorm", aanspreekvorm),
                          ("--variant", variant)]
                + enclosure.given
            let ranBatch = try batch.runIfBatch(.brief, output: output, singleDocumentOptions: single, common: common,
                                                letterDate: letterDate)
            if ranBatch { return }
            try OptionValue.refusingBSN(single)
            let appointment = try singleAppointment()
            let session = try Session(options: common)
            for (column, problem) in Material.brief.choiceProblems(of: appointment, inhoud: session.drukkerij.inhoud) {
                throw CLIError.invalidOption(Self.option(column) + " " + problem.description + "; nothing was written")
            }
            try session.write(.brief(appointment, letterDate: letterDate), to: output)
        }
    }

    private func singleAppointment() throws -> Appointment {
        let meeting = try OptionValue.choice("--gespreksvorm", gespreksvorm, Appointment.Meeting.init(parsing:))
        let form = try OptionValue.choice("--aanspreekvorm", aanspreekvorm, Inhoud.FormOfAddress.init(parsing:))
        let letterVariant = try OptionValue.choice("--variant", variant, Appointment.LetterVariant.init(parsing:))
        let addressLines = (address ?? "").split(whereSeparator: { $0 == "," || $0 == "\n" }).map(String.init)
        let appointment = Appointment(name: client, date: try OptionValue.date(date), time: try OptionValue.time(time),
                                      location: location, expert: expert,
                                      addressLines: addressLines, phone: phone, email: email, reference: enclosure.reference,
                                      reason: reason, salutation: salutation, extra: extra,
                                      keuzehulp: enclosure.keuzehulp, soort: soort,
                                      meeting: meeting, videoLink: videolink, present: present, form: form,
                                      variant: letterVariant)
        if address != nil, !PostalAddress.isComplete(addressLines) {
            throw CLIError.invalidOption("--address " + ClientValueProblem.addressWithoutPostcode.description
                                         + ", e.g. \"Kerkstraat 12, 3511 AB Utrecht\"; nothing was written")
        }
        let missing = Material.brief.missingFields(in: appointment)
        if !missing.isEmpty {
            throw CLIError.invalidOption("a letter needs " + missing.map(Self.option).joined(separator: ", ")
                                         + "; nothing was written")
        }
        return appointment
    }

    /// The option that gives a client field.
    private static func option(_ column: ClientColumn) -> String {
        switch column {
        case .name: "--client"
        case .videoLink: "--videolink"
        case .form: "--aanspreekvorm"
        case .meeting: "--gespreksvorm"
        case .present: "--present"
        default: "--\(column.rawValue)"
        }
    }
}
