import ArgumentParser

/// The command-line tool: renders the printed materials of Gezien & Gehoord. Async because `serve`
/// runs a server; the other subcommands stay synchronous.
@main
struct Materialen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "materialen",
        abstract: "Render the printed materials of Gezien & Gehoord to PDF, SVG or PNG.",
        discussion: """
            The output format follows the extension of --output (.pdf, .svg, .png). A document of several \
            pages written to SVG or PNG needs {p} in the output name for the page number, e.g. brief-{p}.png.
            """,
        version: Version.current,
        subcommands: [KompasCommand.self, WerkbladCommand.self, StripCommand.self, BriefCommand.self, BijlageCommand.self,
                      TerugkoppelingCommand.self,
                      AllesCommand.self, ServeCommand.self, UserCommand.self])
}
