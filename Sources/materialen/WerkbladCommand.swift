import ArgumentParser
import Inhoud
import Vormgeving

struct WerkbladCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "werkblad",
        abstract: "The A4 Werkblad, blank or personalised; or one per client from a spreadsheet.",
        discussion: """
            For a batch, --clients reads a CSV file (one client per row; fields separated by , ; or tab; \
            UTF-8) and --output names a folder that gets one PDF per client, named \
            {date}_{name}_werkblad.pdf; with --merge, one PDF with a page per client. Header names may be \
            Dutch or English: naam|name and datum|date are required; arbeidsdeskundige|expert and \
            onderwerpen|topics are printed when there. Dates: \(CalendarDate.acceptedForms). Every row is \
            checked before anything is written.
            """)

    @Option(name: [.short, .long], help: ArgumentHelp("Output file (.pdf, .svg, .png), or a folder with --clients.", valueName: "path"))
    var output: String

    @Option(help: ArgumentHelp("The client's name.", valueName: "name"))
    var client: String?

    @Option(help: ArgumentHelp("Date of the conversation: \(CalendarDate.acceptedForms).", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("The arbeidsdeskundige's name.", valueName: "name"))
    var expert: String?

    @Option(help: ArgumentHelp("What the client wants to discuss, as they said it beforehand.", valueName: "text"))
    var topics: String?

    @OptionGroup var batch: BatchOptions

    @OptionGroup var common: CommonOptions

    /// A werkblad batch needs each client's name and the date of the conversation (both are in the
    /// file name); it prints the arbeidsdeskundige and the topics when they are there.
    static let batchRequirements = BatchRequirements(
        material: "werkblad", required: [.name, .date], used: [.name, .date, .expert, .topics])

    func run() throws {
        try Console.run {
            let single = [("--client", client), ("--date", date), ("--expert", expert), ("--topics", topics)]
            let ranBatch = try batch.runIfBatch(output: output, singleDocumentOptions: single, common: common,
                                                pagesPerClient: "a page") { session in
                let inhoud = session.inhoud
                return Batch(session: session, requirements: Self.batchRequirements,
                             document: { row, warnings in
                                 WerkbladLayout.document(inhoud, appointments: [row.appointment], warnings: warnings)
                             },
                             mergedInfo: { rows in WerkbladLayout.info(inhoud, appointments: rows.map(\.appointment)) })
            }
            if ranBatch { return }
            let appointment = Appointment(name: client, date: try OptionValue.date(date), expert: expert, topics: topics)
            let session = try Session(options: common)
            let warnings = LayoutWarnings()
            let document = WerkbladLayout.document(session.inhoud, appointments: [appointment], warnings: warnings)
            try session.write(document, to: output, warnings: warnings)
        }
    }
}
