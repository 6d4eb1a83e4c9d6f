import ArgumentParser
import Drukkerij
import Vormgeving

extension KompasLayout.Paper: ExpressibleByArgument {}

struct KompasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kompas",
        abstract: "The round Gesprekskompas to lay on the table (A3 landscape by default).")

    @Option(name: [.short, .long], help: ArgumentHelp("Output file: .pdf, .svg or .png.", valueName: "file"))
    var output: String

    @Option(help: "Paper size: a3 or a4 (landscape).")
    var paper: KompasLayout.Paper = .a3

    @Flag(help: "Add a thin circular cut mark for a round laminated version.")
    var cutLine = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        try Console.run {
            try Session(options: common).write(.kompas(.init(paper: paper, cutLine: cutLine)), to: output)
        }
    }
}
