import Hummingbird

/// Who may use the web page. Without accounts the page listens on this computer only; with them
/// (or behind an organisation's sign-on proxy) it may listen on the network.
public enum Access: Sendable {
    /// No login: only for the loopback interface, the single-user default.
    case open
    /// A login with a user name and password from the users file (`--users FILE`).
    case accounts(Accounts)
    /// The user name from `header`, set by a reverse proxy that has logged the user in; believed
    /// only from `trustedAddress`, the proxy's own address.
    case proxy(trustedAddress: String, header: String)

    public static let defaultProxyHeader = "X-Remote-User"

    /// Whether someone must be known before a page is shown.
    var requiresLogin: Bool {
        if case .open = self { return false }
        return true
    }
}

extension Access {
    /// The sign-on proxy's access, checked: `address` must be an IP address (written as the page
    /// will see it) and `header` a valid header name.
    public static func signOnProxy(address: String, header: String = defaultProxyHeader) throws(LoketError) -> Access {
        guard let canonical = LoketContext.canonicalAddress(address) else { throw .invalidProxyAddress(address) }
        guard HTTPFieldName(header) != nil else { throw .invalidProxyHeader(header) }
        return .proxy(trustedAddress: canonical, header: header)
    }
}
