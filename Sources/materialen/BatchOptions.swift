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
                    common: CommonOptions, letterDate: CalendarDate) throws -> Bool {
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
                     common: common, letterDate: letterDate).run()
        return true
    }
}

/// Reading the values of single-document options, with messages that say what to type instead.
enum OptionValue {
    /// Refuses the first option whose value holds what looks like a BSN (phone and e-mail are not
    /// checked: a mobile number can lose its 0 and look like nine digits); as a sheet's row is.
    static func refusingBSN(_ options: [(String, String?)]) throws {
        for (flag, value) in options where !["--phone", "--email", "--date", "--time"].contains(flag) {
            if let value, BSN.find(in: value) != nil {
                throw CLIError.invalidOption("\(flag) " + ClientValueProblem.looksLikeBSN.description + "; nothing was written")
            }
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
