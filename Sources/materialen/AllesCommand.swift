import ArgumentParser
import Foundation
import Inhoud
import Tekenaar
import Vormgeving

struct AllesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alles",
        abstract: "Every material, blank, in every format, plus a sample letter, into one folder.")

    @Option(name: [.short, .long], help: ArgumentHelp("The folder to write into (created if missing).", valueName: "folder"))
    var output: String

    @OptionGroup var common: CommonOptions

    /// A made-up client for the sample letter.
    static let sample = Appointment(
        name: "Sam de Vries", date: CalendarDate(year: 2026, month: 12, day: 3), time: "10:30",
        location: "Stationsplein 12, Utrecht", expert: "Noor Jansen",
        addressLines: ["Lindelaan 4", "3521 AB Utrecht"])

    func run() throws {
        try Console.run {
            let session = try Session(options: common)
            let folder = try OutputFolder.prepare(output)
            let inhoud = session.inhoud
            var jobs: [(name: String, make: (LayoutWarnings) throws -> Document, formats: [String])] = [
                ("kompas-a3", { KompasLayout.document(inhoud, options: .init(paper: .a3), warnings: $0) }, ["pdf", "svg", "png"]),
                ("kompas-a4", { KompasLayout.document(inhoud, options: .init(paper: .a4), warnings: $0) }, ["pdf", "svg", "png"]),
                ("werkblad", { WerkbladLayout.document(inhoud, appointments: [Appointment()], warnings: $0) }, ["pdf", "svg", "png"]),
                ("strip-rij", { try StripLayout.document(inhoud, options: .init(arrangement: .row), warnings: $0) }, ["pdf", "svg", "png"]),
                ("strip-raster", { try StripLayout.document(inhoud, options: .init(arrangement: .grid), warnings: $0) }, ["pdf", "svg", "png"]),
            ]
            jobs.append(("brief-voorbeeld", { BriefLayout.document(inhoud, appointments: [Self.sample], letterDate: CalendarDate.today(), warnings: $0) }, ["pdf", "svg", "png"]))
            for job in jobs {
                let warnings = LayoutWarnings()
                let document = try job.make(warnings)
                for format in job.formats {
                    let multiPage = document.pages.count > 1 && format != "pdf"
                    let name = multiPage ? "\(job.name)-{p}.\(format)" : "\(job.name).\(format)"
                    try session.write(document, to: folder.appendingPathComponent(name).path, warnings: warnings)
                }
            }
        }
    }
}

/// Output folders for commands that write many files.
enum OutputFolder {
    /// Creates the folder if needed and checks it is one.
    static func prepare(_ path: String) throws(CLIError) -> URL {
        let url = URL(fileURLWithPath: path, isDirectory: true)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .outputFolder(path: path, reason: "it is a file, not a folder") }
            return url
        }
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw .outputFolder(path: path, reason: error.localizedDescription)
        }
        return url
    }
}
