import ArgumentParser
import Drukkerij
import Inhoud

struct BijlageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bijlage",
        abstract: "The enclosure 'Zo gaat ons gesprek' on its own (the Strip and the questions), for any letter.",
        discussion: """
            Two A4 pages to put in the envelope with a letter from your own system: the Strip with a few \
            sentences on the Gesprekskompas, then the preparatory questions with room to write. Blank, or \
            with the client's name, the date and the kenmerk on every page. For a batch, --clients reads an \
            Excel workbook (.xlsx) or a CSV file, one client per row (naam|name and datum|date required; \
            kenmerk|reference and keuzehulp printed when there), and --output names a folder that gets one \
            PDF per client; with --merge, one PDF. Every row is checked before anything is written.
            """)

    @Option(name: [.short, .long], help: ArgumentHelp("Output file (.pdf; .svg/.png need {p}), or a folder with --clients.",
                                                      valueName: "path"))
    var output: String

    @Option(help: ArgumentHelp("The client's name.", valueName: "name"))
    var client: String?

    @Option(help: ArgumentHelp("Date of the conversation: \(CalendarDate.acceptedForms).", valueName: "date"))
    var date: String?

    @OptionGroup var enclosure: EnclosureOptions

    @OptionGroup var batch: BatchOptions

    @OptionGroup var common: CommonOptions

    func run() throws {
        try Console.run {
            let single = [("--client", client), ("--date", date)] + enclosure.given
            let ranBatch = try batch.runIfBatch(.bijlage, output: output, singleDocumentOptions: single, common: common,
                                                letterDate: Drukkerij.today())
            if ranBatch { return }
            try OptionValue.refusingBSN(single)
            let appointment = Appointment(name: client, date: try OptionValue.date(date), reference: enclosure.reference,
                                          keuzehulp: enclosure.keuzehulp)
            try Session(options: common).write(.bijlage(appointment), to: output)
        }
    }
}
