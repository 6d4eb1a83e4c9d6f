import ArgumentParser
import Drukkerij
import Foundation
import Inhoud

/// The options of the commands that can also render one document per row of a client
/// spreadsheet (`werkblad`, `brief`), and the one decision they share: batch or single document.
struct BatchOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A spreadsheet (.xlsx or CSV) with one client per row (columns: see above).",
                               valueName: "afspraken.xlsx"))
    var clients: String?

    @Flag(help: "With --clients: write one multi-page PDF instead of a file per client.")
    var merge = false

    @Option(help: ArgumentHelp("With --clients: how many documents are rendered at once (default: one per core).",
                               valueName: "n"))
    var jobs: Int?

    /// With `--clients`: checks that none of the single-document options was given, runs the batch
    /// and returns true. Without: checks that no batch-only option was given and returns false, so
    /// the caller renders one document.
    func runIfBatch(_ material: Material, output: String, singleDocumentOptions: [(name: String, value: String?)],
                    common: CommonOptions, letterDate: CalendarDate, singleSided: Bool = false) throws -> Bool {
        guard let clients else {
            if jobs != nil { throw CLIError.invalidOption("--jobs works with --clients: the number of documents rendered at once") }
            if merge { throw CLIError.invalidOption("--merge works with --clients: one PDF with \(material.pagesPerClient) per client") }
            return false
        }
        let given = singleDocumentOptions.filter { $0.value != nil }.map(\.name)
        guard given.isEmpty else {
            throw CLIError.invalidOption("--clients reads every client from the file; leave out " + given.joined(separator: ", "))
        }
        try BatchRun(material: material, clients: clients, output: output, merge: merge, jobs: jobs,
                     common: common, letterDate: letterDate, singleSided: singleSided).run()
        return true
    }
}

/// Reading the values of single-document options, with messages that say what to type instead.
enum OptionValue {
    /// The client column each option of a personal material fills.
    static let columns: [String: ClientColumn] = [
        "--client": .name, "--date": .date, "--time": .time, "--location": .location, "--expert": .expert,
        "--address": .address, "--phone": .phone, "--email": .email, "--topics": .topics, "--kenmerk": .reference,
        "--reason": .reason, "--salutation": .salutation, "--extra": .extra, "--keuzehulp": .keuzehulp,
        "--soort": .soort, "--gespreksvorm": .meeting, "--videolink": .videoLink, "--present": .present, "--aanspreekvorm": .form, "--variant": .variant,
    ]

    /// Refuses the first option whose value its column does not take as text (a BSN), by the same
    /// rule a sheet's row and a web form are checked with.
    static func refusingBSN(_ options: [(String, String?)]) throws {
        for (flag, value) in options {
            if let value, let problem = columns[flag]?.freeTextProblem(value) {
                throw CLIError.invalidOption("\(flag) " + problem.description + "; nothing was written")
            }
        }
    }

    /// The choice `text` names, read as a sheet's cell is; nil when the option was not given.
    static func choice<Choice>(_ flag: String, _ text: String?, _ read: (String) -> Choice?) throws -> Choice?
        where Choice: RawRepresentable & CaseIterable, Choice.RawValue == String {
        guard let text else { return nil }
        switch ClientValueProblem.choice(text, read) {
        case let .success(value): return value
        case let .failure(problem): throw CLIError.invalidOption("\(flag) \(problem.description); nothing was written")
        }
    }

    static func date(_ text: String?) throws -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(parsing: text) else {
            throw CLIError.invalidOption("--date \"\(text)\" is not a date; write it as \(CalendarDate.acceptedForms)")
        }
        return date
    }

    static func time(_ text: String?) throws -> String? {
        guard let text else { return nil }
        guard let time = Appointment.normalisedTime(text) else {
            throw CLIError.invalidOption("--time \"\(text)\" is not a time; write it as HH:MM, e.g. 14:30 (or 9.30 uur)")
        }
        return time
    }
}
