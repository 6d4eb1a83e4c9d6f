/// Where the web page listens and what it accepts. Until the page has accounts (see the design's
/// Hosting), it listens on the loopback interface only: anyone who can reach it could make
/// documents with client data, so only this computer may.
public struct LoketSettings: Sendable, Hashable {
    public let host: String
    /// The port to listen on; 0 lets the system choose one (tests).
    public let port: Int
    /// The largest form body accepted, in bytes: a form holds a few short fields, so anything
    /// near this is a mistake or an attack, and gets a 413 before it is read further.
    public let maximumFormBytes: Int
    /// How many documents may wait for a free renderer before the page answers 503.
    public let renderQueueLength: Int

    public static let defaultHost = "127.0.0.1"
    public static let defaultPort = 8080
    public static let defaultMaximumFormBytes = 64 * 1024
    public static let defaultRenderQueueLength = 16

    /// Checked settings; a host other than loopback and a port outside 0…65535 are refused.
    public init(host: String = defaultHost, port: Int = defaultPort,
                maximumFormBytes: Int = defaultMaximumFormBytes,
                renderQueueLength: Int = defaultRenderQueueLength) throws(LoketError) {
        guard Self.isLoopback(host) else { throw .hostNotLoopback(host) }
        guard (0...65535).contains(port) else { throw .invalidPort(port) }
        self.host = host
        self.port = port
        self.maximumFormBytes = maximumFormBytes
        self.renderQueueLength = max(0, renderQueueLength)
    }

    /// `localhost`, `::1` and the addresses 127.0.0.0/8.
    static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host == "::1" || host == "[::1]" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "127" else { return false }
        return parts.allSatisfy { part in part.count <= 3 && UInt8(part) != nil }
    }
}
