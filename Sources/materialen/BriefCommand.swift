import ArgumentParser
import Inhoud
import Vormgeving

struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "The personalised invitation letter with the Strip and the preparatory questions.",
        discussion: """
            For a batch, --clients reads a CSV file (one client per row; fields separated by , ; or tab; \
            UTF-8) and --output names a folder that gets one PDF per client, named \
            {date}_{name}_brief.pdf; with --merge, one PDF with the letters one after the other. Header names \
            may be Dutch or English: naam|name, datum|date, tijd|time, locatie|location and \
            arbeidsdeskundige|expert are required; adres|address, postcode, plaats|city, telefoon|phone and \
            email are printed when there. Dates: \(CalendarDate.acceptedForms). Every row is checked before \
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

    @OptionGroup var batch: BatchOptions

    @OptionGroup var common: CommonOptions

    /// A letter batch needs, for every client, what the letter cannot do without (see
    /// `BriefLayout.missingFields`); it prints the address and contact details when they are there.
    static let batchRequirements = BatchRequirements(
        material: "brief", required: [.name, .date, .time, .location, .expert],
        used: [.name, .date, .time, .location, .expert, .address, .postcode, .city, .phone, .email])

    func run() throws {
        try Console.run {
            // The letter is dated today, in local time: the day it is printed and sent.
            let letterDate = CalendarDate.today()
            let single = [("--client", client), ("--date", date), ("--time", time), ("--location", location),
                          ("--expert", expert), ("--address", address), ("--phone", phone), ("--email", email)]
            let ranBatch = try batch.runIfBatch(output: output, singleDocumentOptions: single, common: common,
                                                pagesPerClient: "two pages") { session in
                let inhoud = session.inhoud
                return Batch(session: session, requirements: Self.batchRequirements,
                             document: { row, warnings in
                                 BriefLayout.document(inhoud, appointments: [row.appointment], letterDate: letterDate,
                                                      warnings: warnings)
                             },
                             mergedInfo: { rows in BriefLayout.info(inhoud, appointments: rows.map(\.appointment)) })
            }
            if ranBatch { return }
            let appointment = try singleAppointment()
            let session = try Session(options: common)
            let warnings = LayoutWarnings()
            let document = BriefLayout.document(session.inhoud, appointments: [appointment],
                                                letterDate: letterDate, warnings: warnings)
            try session.write(document, to: output, warnings: warnings)
        }
    }

    private func singleAppointment() throws -> Appointment {
        let addressLines = (address ?? "").split(whereSeparator: { $0 == "," || $0 == "\n" }).map(String.init)
        let appointment = Appointment(name: client, date: try OptionValue.date(date), time: try OptionValue.time(time),
                                      location: location, expert: expert,
                                      addressLines: addressLines, phone: phone, email: email)
        let missing = BriefLayout.missingFields(in: appointment)
        if !missing.isEmpty {
            throw CLIError.invalidOption("a letter needs " + missing.map { "--\($0.rawValue)" }.joined(separator: ", ")
                                         + "; nothing was written")
        }
        return appointment
    }
}
