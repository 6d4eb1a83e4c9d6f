/// What can stop the web page from starting, each with a message the user can act on.
public enum LoketError: Error, Equatable, CustomStringConvertible {
    /// A host other than this computer's loopback interface, before accounts exist.
    case hostNotLoopback(String)
    case invalidPort(Int)

    public var description: String {
        switch self {
        case let .hostNotLoopback(host):
            "--host \(host) would open the web page to other computers, and the page has no login yet: anyone who can "
                + "reach it could make documents with client data. Use 127.0.0.1 (the default) or localhost; to reach it "
                + "from elsewhere, wait for accounts (--users) or put it behind a proxy that logs people in"
        case let .invalidPort(port):
            "--port \(port) is not a port; use a number from 1 to 65535"
        }
    }
}
