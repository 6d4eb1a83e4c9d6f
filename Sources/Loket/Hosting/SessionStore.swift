import Foundation
import Synchronization

/// The logged-in sessions of the hosted page, in memory only (a restart logs everyone out). An id
/// is 32 bytes from the system's secure random source; a session ends after `idleTimeout` without
/// a request, or at logout.
final class SessionStore: Sendable {
    /// One session: whose it is, the CSRF token of its forms, and when it was last used.
    struct Session: Sendable {
        let user: String
        let csrfToken: String
        var lastSeen: Date
    }

    let idleTimeout: Duration
    private let now: @Sendable () -> Date
    private let sessions = Mutex<[String: Session]>([:])
    /// Behind a sign-on proxy there is no session of ours: a form token per user name instead.
    private let proxyTokens = Mutex<[String: String]>([:])

    init(idleTimeout: Duration, now: @escaping @Sendable () -> Date) {
        self.idleTimeout = idleTimeout
        self.now = now
    }

    private var idleSeconds: TimeInterval {
        let (seconds, attoseconds) = idleTimeout.components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }

    /// A new session for `user`, with a fresh id (never one the browser brought along) and token.
    /// Expired sessions are swept out at the same time, so memory holds only live ones.
    func start(for user: String) -> (id: String, session: Session) {
        let id = Self.randomToken(), session = Session(user: user, csrfToken: Self.randomToken(), lastSeen: now())
        let moment = now(), idle = idleSeconds
        sessions.withLock { sessions in
            sessions = sessions.filter { moment.timeIntervalSince($0.value.lastSeen) < idle }
            sessions[id] = session
        }
        return (id, session)
    }

    /// The live session with `id`, marked as used now; nil (and forgotten) when it has expired.
    func use(_ id: String) -> Session? {
        let moment = now(), idle = idleSeconds
        return sessions.withLock { sessions in
            guard var session = sessions[id] else { return nil }
            guard moment.timeIntervalSince(session.lastSeen) < idle else {
                sessions[id] = nil
                return nil
            }
            session.lastSeen = moment
            sessions[id] = session
            return session
        }
    }

    func end(_ id: String) {
        _ = sessions.withLock { $0.removeValue(forKey: id) }
    }

    /// Ends every session of a user who is no longer in the users file.
    func endSessions(where isGone: (String) -> Bool) {
        sessions.withLock { sessions in sessions = sessions.filter { !isGone($0.value.user) } }
    }

    func proxyToken(for user: String) -> String {
        proxyTokens.withLock { tokens in
            if let token = tokens[user] { return token }
            let token = Self.randomToken()
            tokens[user] = token
            return token
        }
    }

    /// 32 random bytes as URL-safe base64 (43 characters). `SystemRandomNumberGenerator` reads the
    /// kernel's cryptographic source (getrandom on Linux).
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
