import ArgumentParser
import Inhoud
import Vormgeving

struct WerkbladCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "werkblad",
        abstract: "The A4 Werkblad, blank or personalised; or one per client from a spreadsheet.",
        discussion: "For a batch, --clients reads a CSV file and --output names a folder.")

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

    @Option(help: ArgumentHelp("A CSV file with one client per row (see README).", valueName: "file.csv"))
    var clients: String?

    @Flag(help: "With --clients: write one multi-page PDF instead of a file per client.")
    var merge = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        try Console.run {
            if clients != nil {
                throw CLIError.notImplemented("batches from --clients arrive with the Werkblad issue; use --client, --date, --expert and --topics for now")
            }
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
