import ArgumentParser
import Drukkerij
import Vormgeving

extension StripLayout.Arrangement: ExpressibleByArgument {}

struct StripCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "strip",
        abstract: "The four-panel Strip that explains the conversation (PNG at 300 dpi by default).")

    @Option(name: [.short, .long], help: ArgumentHelp("Output file: .pdf, .svg or .png.", valueName: "file"))
    var output: String

    @Option(help: "Arrangement of the panels: row (1×4) or grid (2×2).")
    var layout: StripLayout.Arrangement = .row

    @Option(help: ArgumentHelp("Width of the whole picture in millimetres (2 mm white margin included); the drawings grow with it, the text stays at its printed size (12 pt; smaller, with a warning, when the panels are too narrow for it).", valueName: "mm"))
    var width: Double = 170

    @OptionGroup var common: CommonOptions

    func run() throws {
        try Console.run {
            try Session(options: common).write(.strip(.init(arrangement: layout, width: width)), to: output)
        }
    }
}
