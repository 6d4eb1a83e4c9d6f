/// What can go wrong with the users file of the hosted page, each naming the file (and the line or
/// user) so the administrator knows what to fix.
public enum UserFileError: Error, Equatable, CustomStringConvertible {
    case missing(path: String)
    case unreadable(path: String, reason: String)
    case malformedLine(path: String, line: Int)
    case notWritable(path: String, reason: String)
    case userExists(name: String, path: String)
    case unknownUser(name: String, path: String)
    case invalidName(String)
    case passwordTooShort(minimum: Int)
    case passwordTooLong(maximumBytes: Int)
    case passwordsDiffer
    case noPassword

    public var description: String {
        switch self {
        case let .missing(path):
            "the users file \(path) does not exist; create it with `materialen user add NAME --users \(path)`"
        case let .unreadable(path, reason):
            "cannot read the users file \(path): \(reason)"
        case let .malformedLine(path, line):
            "\(path), line \(line): not a user line; each line is NAME:BCRYPT-HASH as `materialen user add` writes it"
        case let .notWritable(path, reason):
            "cannot write the users file \(path): \(reason); nothing was changed"
        case let .userExists(name, path):
            "the user \(name) already exists in \(path); use `materialen user passwd \(name)` to give a new password"
        case let .unknownUser(name, path):
            "there is no user \(name) in \(path); `materialen user list --users \(path)` shows who there is"
        case let .invalidName(name):
            "'\(name)' is not a user name: use 1 to \(UserName.maximumLength) letters (a–z, A–Z), digits and . _ @ -, "
                + "starting with a letter or digit"
        case let .passwordTooShort(minimum):
            "the password is too short: use at least \(minimum) characters"
        case let .passwordTooLong(maximumBytes):
            "the password is too long: bcrypt reads at most \(maximumBytes) bytes of it"
        case .passwordsDiffer:
            "the two passwords differ; nothing was changed"
        case .noPassword:
            "no password: give it on standard input (one line) or type it at the prompt"
        }
    }
}
