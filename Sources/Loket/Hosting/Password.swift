import HummingbirdBcrypt

/// Passwords of the hosted page: checked for length, stored only as bcrypt hashes.
public enum Password {
    /// bcrypt's work factor: 2^12 rounds, about a quarter of a second per check on a server, which
    /// makes guessing from a stolen users file slow. Never below 10.
    public static let cost: UInt8 = 12
    public static let minimumLength = 8
    /// bcrypt ignores what comes after 72 bytes; a longer password would only seem stronger.
    public static let maximumBytes = 72

    /// Refuses a password that is too short or too long for bcrypt.
    public static func check(_ password: String) throws(UserFileError) {
        guard password.count >= minimumLength else { throw .passwordTooShort(minimum: minimumLength) }
        guard password.utf8.count <= maximumBytes else { throw .passwordTooLong(maximumBytes: maximumBytes) }
    }

    /// A new bcrypt hash with a fresh random salt. Slow on purpose: keep it off the event loop.
    public static func hash(_ password: String, cost: UInt8 = cost) -> String {
        Bcrypt.hash(password, cost: max(cost, 10))
    }

    public static func matches(_ password: String, hash: String) -> Bool {
        Bcrypt.verify(password, hash: hash)
    }

    /// A hash no password is known for, checked when a login names an unknown user, so that the
    /// answer takes as long as for a known one and does not tell who has an account.
    static let stranger = hash(String(UInt64.random(in: .min ... .max), radix: 36) + "-no-one")
}
