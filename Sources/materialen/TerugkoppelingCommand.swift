import ArgumentParser
import Drukkerij
import Foundation
import Inhoud
import Tekenaar

struct TerugkoppelingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terugkoppeling",
        abstract: "After the conversation: the sheet for the client, or the building blocks for the report.",
        discussion: """
            --notes reads the notes of the conversation: a YAML file with the keys naam, datum and \
            arbeidsdeskundige (required), ervaringen, behoeften and toekomst (free text; at least one), \
            afspraken (a list of wat, wie, wanneer; wie may be cliënt, arbeidsdeskundige or samen), gesprek \
            (your observations: for the bouwstenen only), zo_ervaren (what the client said about the \
            conversation: on the sheet; in the bouwstenen only when the content gives it a heading), \
            reactie (the client's reaction to the sheet: bouwstenen only), aanwezig, kenmerk, verzonden \
            (the day the sheet goes out; the sheet uses today without it, the bouwstenen then say nothing \
            about it) and reageren_voor (default: ten working days after verzonden). A line that starts \
            with [privé] starts a part (up to the next blank line) that is left out of both outputs; an \
            agreement whose wat starts with it is left out. A sentence bound for the report with a word of \
            the content's health list (terugkoppeling.rapport.gezondheidswoorden) gets a warning. \
            --notes - reads the notes from standard input. An output ending in .pdf, .svg or .png gets the \
            sheet for the client (SVG and PNG need {p} when the notes fill more than one page); .txt or .md \
            gets the bouwstenen: the notes under the report's section names, as plain text or Markdown. \
            See Examples/gesprek.yaml.
            """)

    @Option(help: ArgumentHelp("The notes of the conversation (YAML), or - for standard input.", valueName: "gesprek.yaml"))
    var notes: String

    @Option(name: [.short, .long], help: ArgumentHelp("Output file: .pdf, .svg or .png for the sheet, .txt or .md for the bouwstenen.",
                                                    valueName: "path"))
    var output: String

    @OptionGroup var common: CommonOptions

    func run() throws {
        try Console.run {
            let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
            // Checked before the notes are read: this command also writes text, which the generic
            // message about output formats would not mention.
            guard Self.textFormats[ext] != nil || ["pdf", "svg", "png"].contains(ext) else {
                throw CLIError.invalidOption("cannot tell what to write to \(output): use a name ending in .pdf, .svg or "
                                             + ".png for the sheet, or .txt or .md for the bouwstenen")
            }
            var conversation = try readNotes()
            let session = try Session(options: common)
            // Never a refusal: the arbeidsdeskundige decides, the list only points.
            for mention in session.drukkerij.healthMentions(conversation) {
                Console.warn("\(notes == "-" ? "<stdin>" : notes): \(mention.description)")
            }
            if let format = Self.textFormats[ext] {
                // Without `verzonden` the report does not say when the client got the sheet.
                let text = session.drukkerij.bouwstenen(conversation, format: format)
                try FileOutput.writeAtomically([(path: output, data: Data(text.utf8))])
                session.say("wrote \(output)")
                return
            }
            // The reply period runs from the day the sheet goes out; the layouts never read the clock.
            if conversation.sent == nil { conversation.sent = Drukkerij.today() }
            try session.write(.terugkoppeling(conversation), to: output)
        }
    }

    static let textFormats: [String: Bouwstenen.Format] = ["txt": .plain, "md": .markdown, "markdown": .markdown]

    private func readNotes() throws -> ConversationNotes {
        guard notes == "-" else { return try ConversationNotes.load(file: URL(fileURLWithPath: notes)) }
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard let text = String(data: data, encoding: .utf8) else {
            throw NotesError.unreadable(path: "<stdin>", reason: "it is not UTF-8 text")
        }
        return try ConversationNotes.load(yaml: text, named: "<stdin>")
    }
}
