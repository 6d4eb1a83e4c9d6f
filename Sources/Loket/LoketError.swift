/// What can stop the web page from starting, each with a message the user can act on.
public enum LoketError: Error, Equatable, CustomStringConvertible {
    /// A host other than this computer's loopback interface, with no login (`Access.open`).
    case hostNotLoopback(String)
    case invalidPort(Int)
    case invalidIdleTimeout
    /// A TLS certificate or key file that cannot be read or used.
    case tlsFile(path: String, reason: String)
    /// `--trusted-proxy` is not an IP address.
    case invalidProxyAddress(String)
    case invalidProxyHeader(String)
    /// `--metrics-allow` is not an IP address.
    case invalidMetricsAddress(String)

    public var description: String {
        switch self {
        case let .hostNotLoopback(host):
            "--host \(host) would open the web page to other computers with no login: anyone who can "
                + "reach it could make documents with client data. Use 127.0.0.1 (the default) or localhost; to serve it "
                + "to other computers, give accounts (--users FILE, made with `materialen user add`) or put it behind "
                + "your organisation's sign-on proxy (--auth proxy --trusted-proxy ADDRESS)"
        case let .invalidPort(port):
            "--port \(port) is not a port; use a number from 1 to 65535"
        case .invalidIdleTimeout:
            "--idle-timeout must be longer than zero"
        case let .tlsFile(path, reason):
            "cannot use the TLS file \(path): \(reason)"
        case let .invalidProxyAddress(address):
            "--trusted-proxy \(address) is not an IP address; give the address the proxy connects from, e.g. 127.0.0.1"
        case let .invalidMetricsAddress(address):
            "--metrics-allow \(address) is not an IP address; give the address your monitoring connects from"
        case let .invalidProxyHeader(header):
            "--proxy-header \(header) is not a header name; use letters, digits and -, e.g. X-Remote-User"
        }
    }
}
