import Foundation
import HummingbirdCore
import HummingbirdTLS

/// Where the web page listens and what it accepts. Without a login (`access` `.open`) it listens
/// on the loopback interface only: anyone who can reach it could make documents with client data,
/// so only this computer may.
public struct LoketSettings: Sendable {
    public let host: String
    /// The port to listen on; 0 lets the system choose one (tests).
    public let port: Int
    /// The largest form body accepted, in bytes: a form holds a few short fields, so anything
    /// near this is a mistake or an attack, and gets a 413 before it is read further.
    public let maximumFormBytes: Int
    /// How many documents may wait for a free renderer before the page answers 503.
    public let renderQueueLength: Int

    /// The largest upload of the batch page: a sheet of 5,000 clients is well under 1 MB.
    public let maximumUploadBytes: Int
    /// The most clients one batch takes; a larger sheet is split by the office.
    public let maximumRows: Int
    /// How many batches may wait while one is made, before the batch page answers 503.
    public let batchQueueLength: Int
    /// How long one document (a download or a preview) may take before the page gives up on it.
    public let documentTimeLimit: Duration
    /// How long one batch may take: 5,000 letters take a few minutes on two cores.
    public let batchTimeLimit: Duration
    /// Who may use the page: anyone on this computer, accounts, or users a sign-on proxy names.
    public let access: Access
    /// A session that has made no request for this long is over (the user logs in again).
    public let sessionIdleTimeout: Duration
    /// The wait before a login attempt after a few failures, doubling with each further failure
    /// up to `maximumLoginDelay` (see `LoginThrottle`).
    public let loginDelay: Duration
    public let maximumLoginDelay: Duration
    /// Cookies get `Secure`: set by `tls`, or by hand when a proxy in front serves HTTPS.
    public let secureCookies: Bool
    /// Addresses besides loopback whose monitoring may read `/metrics` without a login.
    public let metricsAllowed: Set<String>
    /// HTTPS with this certificate and key (PEM files), or plain HTTP when nil.
    public let tls: TLSFiles?
    /// The server's channel: HTTP/1.1, inside TLS when `tls` is set (loaded and checked here).
    let serverBuilder: HTTPServerBuilder

    public static let defaultHost = "127.0.0.1"
    public static let defaultPort = 8080
    public static let defaultMaximumFormBytes = 64 * 1024
    public static let defaultRenderQueueLength = 16
    public static let defaultMaximumUploadBytes = 2 * 1024 * 1024
    public static let defaultMaximumRows = 5_000
    public static let defaultBatchQueueLength = 2
    public static let defaultDocumentTimeLimit = Duration.seconds(30)
    public static let defaultBatchTimeLimit = Duration.seconds(20 * 60)
    public static let defaultSessionIdleTimeout = Duration.seconds(8 * 60 * 60)
    public static let defaultLoginDelay = Duration.seconds(1)
    public static let defaultMaximumLoginDelay = Duration.seconds(30)

    /// Checked settings: a host other than loopback without a login, a port outside 0…65535 and
    /// TLS files that do not load are refused.
    public init(host: String = defaultHost, port: Int = defaultPort,
                maximumFormBytes: Int = defaultMaximumFormBytes,
                renderQueueLength: Int = defaultRenderQueueLength,
                maximumUploadBytes: Int = defaultMaximumUploadBytes, maximumRows: Int = defaultMaximumRows,
                batchQueueLength: Int = defaultBatchQueueLength, documentTimeLimit: Duration = defaultDocumentTimeLimit,
                batchTimeLimit: Duration = defaultBatchTimeLimit, access: Access = .open,
                sessionIdleTimeout: Duration = defaultSessionIdleTimeout, loginDelay: Duration = defaultLoginDelay,
                maximumLoginDelay: Duration = defaultMaximumLoginDelay, tls: TLSFiles? = nil,
                metricsAllowed: [String] = [], secureCookies: Bool = false) throws(LoketError) {
        guard Self.isLoopback(host) || access.requiresLogin else { throw .hostNotLoopback(host) }
        guard (0...65535).contains(port) else { throw .invalidPort(port) }
        guard sessionIdleTimeout > .zero else { throw .invalidIdleTimeout }
        self.access = access
        self.sessionIdleTimeout = sessionIdleTimeout
        self.loginDelay = loginDelay
        self.maximumLoginDelay = maximumLoginDelay
        self.tls = tls
        self.secureCookies = secureCookies || tls != nil
        self.metricsAllowed = Set(try metricsAllowed.map { address throws(LoketError) in
            guard let canonical = LoketContext.canonicalAddress(address) else { throw .invalidMetricsAddress(address) }
            return canonical
        })
        serverBuilder = try tls.map { files throws(LoketError) in try files.serverBuilder() } ?? .http1()
        self.host = host
        self.port = port
        self.maximumFormBytes = maximumFormBytes
        self.renderQueueLength = max(0, renderQueueLength)
        self.maximumUploadBytes = maximumUploadBytes
        self.maximumRows = maximumRows
        self.batchQueueLength = max(0, batchQueueLength)
        self.documentTimeLimit = documentTimeLimit
        self.batchTimeLimit = batchTimeLimit
    }

    /// `localhost`, `::1` and the addresses 127.0.0.0/8.
    static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host == "::1" || host == "[::1]" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "127" else { return false }
        return parts.allSatisfy { part in part.count <= 3 && UInt8(part) != nil }
    }
}
