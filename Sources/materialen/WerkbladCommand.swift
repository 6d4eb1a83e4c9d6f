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

    @Option(help: ArgumentHelp("A CSV file with one client per row (columns: see above).", valueName: "file.csv"))
    var clients: String?

    @Flag(help: "With --clients: write one multi-page PDF instead of a file per client.")
    var merge = false

    @Option(help: ArgumentHelp("With --clients: how many documents are rendered at once (default: one per core).",
                               valueName: "n"))
    var jobs: Int?

    @OptionGroup var common: CommonOptions

    /// A werkblad batch needs each client's name and the date of the conversation (both are in the
    /// file name); it prints the arbeidsdeskundige and the topics when they are there.
    static let batchRequirements = BatchRequirements(
        material: "werkblad", required: [.name, .date], used: [.name, .date, .expert, .topics])

    func run() throws {
        try Console.run {
            if let clients {
                let single = [("--client", client), ("--date", date), ("--expert", expert), ("--topics", topics)]
                    .filter { $0.1 != nil }.map(\.0)
                guard single.isEmpty else {
                    throw CLIError.invalidOption("--clients reads every client from the file; leave out " + single.joined(separator: ", "))
                }
                let session = try Session(options: common)
                let inhoud = session.inhoud
                var batch = Batch(session: session, requirements: Self.batchRequirements,
                                  document: { row, warnings in
                                      WerkbladLayout.document(inhoud, appointments: [row.appointment], warnings: warnings)
                                  },
                                  mergedInfo: { rows in WerkbladLayout.info(inhoud, appointments: rows.map(\.appointment)) })
                batch.jobs = jobs
                try batch.run(clientsPath: clients, output: output, merge: merge)
                return
            }
            if jobs != nil { throw CLIError.invalidOption("--jobs works with --clients: the number of documents rendered at once") }
            if merge { throw CLIError.invalidOption("--merge works with --clients: one PDF with a page per client") }
            let session = try Session(options: common)
            var appointment = Appointment(name: client, expert: expert, topics: topics)
            if let date {
                guard let parsed = CalendarDate(parsing: date) else {
                    throw CLIError.invalidOption("--date \"\(date)\" is not a date; write it as \(CalendarDate.acceptedForms)")
                }
                appointment.date = parsed
            }
            let warnings = LayoutWarnings()
            let document = WerkbladLayout.document(session.inhoud, appointments: [appointment], warnings: warnings)
            try session.write(document, to: output, warnings: warnings)
        }
    }
}
