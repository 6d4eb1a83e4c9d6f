import ArgumentParser
import Drukkerij
import Inhoud

struct WerkbladCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "werkblad",
        abstract: "The A4 Werkblad, blank or personalised; or one per client from a spreadsheet.",
        discussion: """
            For a batch, --clients reads an Excel workbook (.xlsx: the first sheet with a header row) or a CSV \
            file (fields separated by , ; or tab; UTF-8), one client per row, and --output names a folder that gets one PDF per client, named \
            {date}_{name}_werkblad.pdf; with --merge, one PDF with two pages per client (the front and the back \
            side; one with --single-sided). Header names may be \
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

    @Option(help: ArgumentHelp("What the client wants to discuss, as they said it beforehand; no medical details.", valueName: "text"))
    var topics: String?

    @Flag(help: "Leave out the back side (more notes, the agreements, how the conversation went): one page per client.")
    var singleSided = false

    @OptionGroup var batch: BatchOptions

    @OptionGroup var common: CommonOptions

    func run() throws {
        try Console.run {
            let single = [("--client", client), ("--date", date), ("--expert", expert), ("--topics", topics)]
            let ranBatch = try batch.runIfBatch(.werkblad, output: output, singleDocumentOptions: single, common: common,
                                                letterDate: Drukkerij.today(), singleSided: singleSided)
            if ranBatch { return }
            try OptionValue.refusingBSN(single)
            let appointment = Appointment(name: client, date: try OptionValue.date(date), expert: expert, topics: topics)
            try Session(options: common).write(.werkblad(appointment, singleSided: singleSided), to: output,
                                               firstPageUnlessNumbered: true)
        }
    }
}
