import Hummingbird
import NIOCore

/// The request context of the web page: Hummingbird's basics plus the peer's address (the
/// sign-on proxy is believed only from its own address; failed logins are counted per address).
public struct LoketContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The IP address of the connection's other end; nil when there is none (in-process tests).
    public let peerAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress.map(Self.plainAddress)
    }

    /// `address` as the page sees a peer's address (an IP address written the standard way), or
    /// nil when it is not an IP address.
    static func canonicalAddress(_ address: String) -> String? {
        guard let socketAddress = try? SocketAddress(ipAddress: address, port: 0), let canonical = socketAddress.ipAddress else {
            return nil
        }
        return plainAddress(canonical)
    }

    /// An IPv4 address reached over IPv6 (`::ffff:10.0.0.5`) as plain IPv4, so it compares equal
    /// to the `--trusted-proxy` an administrator writes.
    static func plainAddress(_ address: String) -> String {
        let mapped = "::ffff:"
        if address.lowercased().hasPrefix(mapped), address.contains(".") { return String(address.dropFirst(mapped.count)) }
        return address
    }
}
