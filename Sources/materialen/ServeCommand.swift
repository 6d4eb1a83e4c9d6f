import ArgumentParser
import Drukkerij
import Foundation
import Loket

/// `materialen serve`: the web page. Thin: parses, builds the print shop and the server, runs.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "The kit's web page: Dutch forms for every material, with downloads.",
        discussion: """
            Listens on 127.0.0.1:8080 unless told otherwise, and prints "Listening on http://HOST:PORT" on \
            stderr once it accepts connections. Only this computer's loopback interface is allowed until the \
            page has accounts. Ctrl-C finishes what is in flight and stops.
            """)

    @Option(help: ArgumentHelp("The address to listen on: 127.0.0.1, localhost or ::1.", valueName: "address"))
    var host = LoketSettings.defaultHost

    @Option(help: ArgumentHelp("The port to listen on (0: any free port).", valueName: "N"))
    var port = LoketSettings.defaultPort

    @Option(help: ArgumentHelp("How many documents are drawn at once (default: one per core).", valueName: "N"))
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp("A YAML file with the organisation's own content; it overrides any part of the default.",
                                            valueName: "inhoud.yaml"))
    var content: String?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
    }

    func run() async throws {
        let server: LoketServer
        do {
            let settings = try LoketSettings(host: host, port: port)
            let drukkerij = try Drukkerij(contentFile: content.map { URL(fileURLWithPath: $0) }, workers: jobs)
            if let warning = Drukkerij.untestedLibraries { Console.warn(warning) }
            server = LoketServer(drukkerij: drukkerij, settings: settings)
        } catch {
            Console.error(String(describing: error))
            throw ExitCode.failure
        }
        try await server.run { host, port in
            let shown = host.contains(":") ? "[\(host)]" : host
            FileHandle.standardError.write(Data("Listening on http://\(shown):\(port)\n".utf8))
        }
    }
}
