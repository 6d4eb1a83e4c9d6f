import ArgumentParser
import Drukkerij
import Inhoud

struct AllesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alles",
        abstract: "Every material, blank, in every format, plus a sample letter, into one folder.")

    @Option(name: [.short, .long], help: ArgumentHelp("The folder to write into (created if missing).", valueName: "folder"))
    var output: String

    @OptionGroup var common: CommonOptions

    /// PNGs of the whole set are previews, all at one resolution (`strip` alone makes print quality).
    static let previewDPI = 150

    func run() throws {
        try Console.run {
            let session = try Session(options: common)
            let folder = try OutputFolder.prepare(output).url
            let letterDate = Drukkerij.today()
            for material in Material.allCases {
                for (name, request) in material.showcase(letterDate: letterDate) {
                    // Counted once, after the text has flowed: only then is a sheet's length known.
                    let pageCount = try session.pageCount(request)
                    for format in ["pdf", "svg", "png"] {
                        let pages = format == "pdf" ? 1 : pageCount
                        let file = pages > 1 ? "\(name)-{p}.\(format)" : "\(name).\(format)"
                        try session.write(request, to: folder.appendingPathComponent(file).path, defaultDPI: Self.previewDPI)
                    }
                }
            }
        }
    }
}
