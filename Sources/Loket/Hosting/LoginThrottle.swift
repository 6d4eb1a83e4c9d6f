import Foundation
import Synchronization

/// Slows down guessing: after a few failed logins for an account, or from an address, every
/// further attempt (right or wrong) is answered only after a delay that doubles with each failure,
/// up to a cap. Nobody is ever locked out: a failure is forgotten after `forgetAfter`, and the
/// delay never exceeds `maximumDelay`, so someone who keeps guessing at another's account makes
/// that person wait at most that long, never shuts them out.
final class LoginThrottle: Sendable {
    /// Failures that cost nothing: a mistyped password or two.
    static let freeFailures = 2
    /// The most names and addresses remembered; beyond it the oldest are forgotten first.
    static let capacity = 10_000

    let firstDelay: Duration
    let maximumDelay: Duration
    let forgetAfter: TimeInterval
    private let now: @Sendable () -> Date

    private struct Record {
        var failures: Int
        var last: Date
    }
    private let records = Mutex<[String: Record]>([:])

    init(firstDelay: Duration, maximumDelay: Duration, forgetAfter: TimeInterval = 15 * 60, now: @escaping @Sendable () -> Date) {
        self.firstDelay = firstDelay
        self.maximumDelay = maximumDelay
        self.forgetAfter = forgetAfter
        self.now = now
    }

    private static func keys(account: String, address: String?) -> [String] {
        ["gebruiker:" + account.lowercased(), "adres:" + (address ?? "onbekend")]
    }

    /// How long to wait before checking an attempt for `account` from `address`.
    func delay(account: String, address: String?) -> Duration {
        let moment = now()
        let failures = records.withLock { records in
            Self.keys(account: account, address: address).map { key in
                guard let record = records[key], moment.timeIntervalSince(record.last) < forgetAfter else { return 0 }
                return record.failures
            }.max() ?? 0
        }
        guard failures > Self.freeFailures else { return .zero }
        let doublings = min(failures - Self.freeFailures - 1, 30)
        return min(firstDelay * (1 << doublings), maximumDelay)
    }

    func failed(account: String, address: String?) {
        let moment = now()
        records.withLock { records in
            for key in Self.keys(account: account, address: address) {
                var record = records[key].flatMap { moment.timeIntervalSince($0.last) < forgetAfter ? $0 : nil }
                    ?? Record(failures: 0, last: moment)
                record.failures += 1
                record.last = moment
                records[key] = record
            }
            if records.count > Self.capacity {
                let oldestFirst = records.sorted { $0.value.last < $1.value.last }
                for (key, _) in oldestFirst.prefix(records.count - Self.capacity / 2) { records[key] = nil }
            }
        }
    }

    /// A right password clears the account's failures (not the address's: one known password must
    /// not make guessing at other accounts from there fast again).
    func succeeded(account: String) {
        _ = records.withLock { $0.removeValue(forKey: Self.keys(account: account, address: nil)[0]) }
    }
}
