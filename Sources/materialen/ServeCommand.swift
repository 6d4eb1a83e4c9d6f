import ArgumentParser
import Dispatch
import Drukkerij
import Foundation
import Loket
#if canImport(Glibc)
import Glibc
#endif

/// `materialen serve`: the web page. Thin: parses, builds the print shop and the server, runs.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "The kit's web page: Dutch forms for every material, with downloads.",
        discussion: """
            Listens on 127.0.0.1:8080 unless told otherwise, and prints "Listening on http://HOST:PORT" on \
            stderr once it accepts connections. Without a login only this computer's loopback interface is \
            allowed; with accounts (--users FILE, see `materialen user`) or behind the organisation's sign-on \
            proxy (--auth proxy) it may listen on any address. Every request is logged on stderr as one JSON \
            line (method, path, status, duration, size, user; never what was typed in a form). Ctrl-C \
            finishes what is in flight and stops.
            """)

    @Option(help: ArgumentHelp("The address to listen on; one beyond loopback (e.g. 0.0.0.0) needs --users or --auth proxy.", valueName: "address"))
    var host = LoketSettings.defaultHost

    @Option(help: ArgumentHelp("The port to listen on (0: any free port).", valueName: "N"))
    var port = LoketSettings.defaultPort

    @Option(help: ArgumentHelp("How many documents are drawn at once (default: one per core).", valueName: "N"))
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp("A YAML file with the organisation's own content; it overrides any part of the default.",
                                            valueName: "inhoud.yaml"))
    var content: String?

    @Option(help: ArgumentHelp("Require a login with the accounts of this file (made with `materialen user add`).",
                               valueName: "file"))
    var users: String?

    @Option(help: ArgumentHelp("'proxy': take the user from a header set by the organisation's sign-on proxy.",
                               valueName: "proxy"))
    var auth: String?

    @Option(help: ArgumentHelp("With --auth proxy: the proxy's IP address; the header is believed from there only.",
                               valueName: "address"))
    var trustedProxy: String?

    @Option(help: ArgumentHelp("With --auth proxy: the header with the user's name.", valueName: "name"))
    var proxyHeader = Access.defaultProxyHeader

    @Option(help: ArgumentHelp("Minutes without a request after which a login session ends.", valueName: "minutes"))
    var idleTimeout = Int(LoketSettings.defaultSessionIdleTimeout.components.seconds / 60)

    @Option(help: ArgumentHelp("An address besides this computer that may read /metrics without a login (repeatable).",
                               valueName: "address"))
    var metricsAllow: [String] = []

    @Flag(help: "Mark cookies Secure without --tls-cert: for a proxy in front that serves HTTPS.")
    var secureCookies = false

    @Option(help: ArgumentHelp("Serve HTTPS with this certificate (chain), a PEM file; needs --tls-key.", valueName: "file"))
    var tlsCert: String?

    @Option(help: ArgumentHelp("The private key of --tls-cert, a PEM file without a passphrase.", valueName: "file"))
    var tlsKey: String?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
        if let auth, auth != "proxy" { throw ValidationError("--auth \(auth) is not known; the one choice is --auth proxy") }
        if auth != nil, users != nil { throw ValidationError("give either --users or --auth proxy, not both") }
        if auth != nil, trustedProxy == nil {
            throw ValidationError("--auth proxy needs --trusted-proxy ADDRESS: the proxy's address, the only one the header is believed from")
        }
        if auth == nil, trustedProxy != nil { throw ValidationError("--trusted-proxy goes with --auth proxy") }
        if idleTimeout < 1 { throw ValidationError("--idle-timeout must be at least 1 minute, not \(idleTimeout)") }
        if (tlsCert == nil) != (tlsKey == nil) { throw ValidationError("--tls-cert and --tls-key go together") }
    }

    /// Who may use the page, from the options.
    func access() throws -> Access {
        if let users { return .accounts(try Accounts(path: users)) }
        if auth != nil, let trustedProxy { return try Access.signOnProxy(address: trustedProxy, header: proxyHeader) }
        return .open
    }

    func run() async throws {
        let server: LoketServer
        do {
            let settings = try LoketSettings(host: host, port: port, access: try access(),
                                             sessionIdleTimeout: .seconds(idleTimeout * 60),
                                             tls: tlsCert.flatMap { cert in tlsKey.map { TLSFiles(certificate: cert, key: $0) } },
                                             metricsAllowed: metricsAllow, secureCookies: secureCookies)
            let drukkerij = try Drukkerij(contentFile: content.map { URL(fileURLWithPath: $0) }, workers: jobs)
            if let warning = Drukkerij.untestedLibraries { Console.warn(warning) }
            server = LoketServer(drukkerij: drukkerij, settings: settings)
        } catch {
            Console.error(String(describing: error))
            throw ExitCode.failure
        }
        let scheme = tlsCert == nil ? "http" : "https"
        let reloads = Self.reloadOnHangUp(server, contentFile: content.map { URL(fileURLWithPath: $0) })
        defer { reloads?.cancel() }
        try await server.run { host, port in
            let shown = host.contains(":") ? "[\(host)]" : host
            FileHandle.standardError.write(Data("Listening on \(scheme)://\(shown):\(port)\n".utf8))
        }
    }

    /// SIGHUP reads the users file and the content file again: accounts added or removed with
    /// `materialen user` and changed content count without a restart (a removed user's sessions end
    /// at their next request). A file that does not read keeps what was there, and says why.
    static func reloadOnHangUp(_ server: LoketServer, contentFile: URL?) -> (any DispatchSourceSignal)? {
        let accounts: Accounts? = if case let .accounts(accounts) = server.settings.access { accounts } else { nil }
        guard accounts != nil || contentFile != nil else { return nil }
        signal(SIGHUP, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGHUP, queue: .global())
        source.setEventHandler {
            if let accounts {
                do {
                    try accounts.reload()
                    let count = accounts.names.count
                    Self.say("reloaded \(count) user\(count == 1 ? "" : "s") from \(accounts.path)")
                } catch {
                    Console.error("\(error); the users stay as they were")
                }
            }
            if let contentFile {
                do {
                    try server.reloadContent(from: contentFile)
                    Self.say("reloaded the content from \(contentFile.path)")
                } catch {
                    Console.error("\(error); the content stays as it was")
                }
            }
        }
        source.resume()
        return source
    }

    private static func say(_ message: String) {
        FileHandle.standardError.write(Data("materialen: \(message)\n".utf8))
    }
}
