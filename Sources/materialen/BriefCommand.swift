import ArgumentParser
import Inhoud
import Vormgeving

struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "The personalised invitation letter with the Strip and the preparatory questions.",
        discussion: "For a batch, --clients reads a CSV file and --output names a folder.")

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

    @Option(help: ArgumentHelp("A CSV file with one client per row (see README).", valueName: "file.csv"))
    var clients: String?

    @Flag(help: "With --clients: write one multi-page PDF instead of a file per client.")
    var merge = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        try Console.run {
            if clients != nil {
                throw CLIError.notImplemented("batches from --clients arrive with the letter's issue; use the single-letter options for now")
            }
            let session = try Session(options: common)
            let appointment = try singleAppointment()
            let warnings = LayoutWarnings()
            let document = BriefLayout.document(session.inhoud, appointments: [appointment], warnings: warnings)
            try session.write(document, to: output, warnings: warnings)
        }
    }

    private func singleAppointment() throws -> Appointment {
        var parsedDate: CalendarDate?
        if let date {
            guard let value = CalendarDate(parsing: date) else {
                throw CLIError.invalidOption("--date \"\(date)\" is not a date; write it as \(CalendarDate.acceptedForms)")
            }
            parsedDate = value
        }
        var normalisedTime: String?
        if let time {
            guard let value = Appointment.normalisedTime(time) else {
                throw CLIError.invalidOption("--time \"\(time)\" is not a time; write it as HH:MM, e.g. 14:30")
            }
            normalisedTime = value
        }
        let addressLines = (address ?? "").split(whereSeparator: { $0 == "," || $0 == "\n" }).map(String.init)
        let appointment = Appointment(name: client, date: parsedDate, time: normalisedTime, location: location, expert: expert,
                                      addressLines: addressLines, phone: phone, email: email)
        let missing = BriefLayout.missingFields(in: appointment)
        if !missing.isEmpty {
            throw CLIError.invalidOption("a letter needs " + missing.map { "--\($0.rawValue)" }.joined(separator: ", ")
                                         + "; nothing was written")
        }
        return appointment
    }
}
