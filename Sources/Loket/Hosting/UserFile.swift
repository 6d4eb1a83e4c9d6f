import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The users file of the hosted page (`--users FILE`): one `NAME:BCRYPT-HASH` line per account,
/// `#` comment lines and blank lines allowed. Only hashes are stored, never a password. Written
/// atomically and made readable by its owner only (0600); a file that exists keeps its owner and
/// group, and its group's read bit (the Debian package makes it `root:materialen 0640`, so the
/// service's user reads what root writes).
public struct UserFile: Sendable, Equatable {
    /// One account: its name and the bcrypt hash of its password.
    public struct Account: Sendable, Equatable {
        public let name: String
        public let hash: String
    }

    public let path: String
    public private(set) var accounts: [Account]

    /// The file at `path`; a missing file is an error unless `mayBeMissing` (then it is empty and
    /// made by the first `write`).
    public init(path: String, mayBeMissing: Bool = false) throws(UserFileError) {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else {
            guard mayBeMissing else { throw .missing(path: path) }
            accounts = []
            return
        }
        let text: String
        do {
            text = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
        } catch {
            throw .unreadable(path: path, reason: Self.reason(of: error))
        }
        accounts = try Self.parse(text, path: path)
    }

    static func parse(_ text: String, path: String) throws(UserFileError) -> [Account] {
        var accounts: [Account] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let parts = trimmed.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, UserName.isValid(parts[0]), parts[1].hasPrefix("$2"),
                  !accounts.contains(where: { $0.name == parts[0] }) else {
                throw .malformedLine(path: path, line: index + 1)
            }
            accounts.append(Account(name: parts[0], hash: parts[1]))
        }
        return accounts
    }

    public var names: [String] { accounts.map(\.name) }

    /// The stored hash of `name`, if there is such a user.
    public func hash(of name: String) -> String? {
        accounts.first { $0.name == name }?.hash
    }

    public mutating func add(_ name: String, password: String, cost: UInt8 = Password.cost) throws(UserFileError) {
        guard UserName.isValid(name) else { throw .invalidName(name) }
        guard hash(of: name) == nil else { throw .userExists(name: name, path: path) }
        try Password.check(password)
        accounts.append(Account(name: name, hash: Password.hash(password, cost: cost)))
    }

    public mutating func remove(_ name: String) throws(UserFileError) {
        guard let index = accounts.firstIndex(where: { $0.name == name }) else { throw .unknownUser(name: name, path: path) }
        accounts.remove(at: index)
    }

    public mutating func setPassword(of name: String, to password: String, cost: UInt8 = Password.cost) throws(UserFileError) {
        guard let index = accounts.firstIndex(where: { $0.name == name }) else { throw .unknownUser(name: name, path: path) }
        try Password.check(password)
        accounts[index] = Account(name: name, hash: Password.hash(password, cost: cost))
    }

    /// The file's text: a comment saying what it is, then one line per account.
    var text: String {
        "# Accounts of the materialen web page (materialen user add/remove/passwd). bcrypt hashes, no passwords.\n"
            + accounts.map { "\($0.name):\($0.hash)\n" }.joined()
    }

    /// Writes the file through a temporary file beside it (made 0600 by `mkstemp`), synced, then
    /// renamed over the old one: a reader sees the old file or the new one, never half of one,
    /// and no other user can read the hashes at any moment. The old file's owner, group and group
    /// read bit carry over, never a write bit or a bit for others.
    public func write() throws(UserFileError) {
        var old = stat()
        let keeps = stat(path, &old) == 0
        let directory = (path as NSString).deletingLastPathComponent
        var template = Array(((directory.isEmpty ? "." : directory) + "/.materialen-users-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw .notWritable(path: path, reason: Self.systemReason()) }
        let temporary = String(cString: template)
        var written = false
        defer { if !written { unlink(temporary) } }
        let bytes = Array(text.utf8)
        let ok = bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let result = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if result < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += result
            }
            let mode: mode_t = keeps ? 0o600 | (old.st_mode & 0o040) : 0o600
            if keeps, old.st_uid != geteuid() || old.st_gid != getegid(), fchown(descriptor, old.st_uid, old.st_gid) != 0 {
                return false
            }
            return fchmod(descriptor, mode) == 0 && fsync(descriptor) == 0
        }
        let reason = ok ? "" : Self.systemReason()
        close(descriptor)
        guard ok else { throw .notWritable(path: path, reason: reason) }
        guard rename(temporary, path) == 0 else { throw .notWritable(path: path, reason: Self.systemReason()) }
        written = true
    }

    private static func systemReason() -> String {
        String(cString: strerror(errno))
    }

    private static func reason(of error: any Error) -> String {
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        return (error as NSError).localizedDescription
    }
}
