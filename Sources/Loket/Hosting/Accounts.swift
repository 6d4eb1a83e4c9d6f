import Dispatch
import Synchronization

/// The accounts a hosted page checks logins against: the users file, read at start and again on
/// `reload()` (SIGHUP), so adding or removing someone needs no restart.
public final class Accounts: Sendable {
    public let path: String
    private let file: Mutex<UserFile>

    /// Reads the users file; a missing, unreadable or malformed file stops the server from starting.
    public init(path: String) throws(UserFileError) {
        self.path = path
        file = Mutex(try UserFile(path: path))
    }

    /// Reads the file again; on an error the accounts stay as they were.
    public func reload() throws(UserFileError) {
        let fresh = try UserFile(path: path)
        file.withLock { $0 = fresh }
    }

    public var names: [String] { file.withLock { $0.names } }

    func contains(_ name: String) -> Bool {
        file.withLock { $0.hash(of: name) != nil }
    }

    /// Whether `password` is `name`'s. bcrypt runs on a thread of its own (it takes a quarter of a
    /// second on purpose), and an unknown name is checked against a hash as well, so the answer
    /// takes as long either way and does not tell whether the account exists.
    func verify(_ name: String, password: String) async -> Bool {
        let known = file.withLock { $0.hash(of: name) }
        return await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                let matches = Password.matches(password, hash: known ?? Password.stranger)
                continuation.resume(returning: known != nil && matches)
            }
        }
    }
}
