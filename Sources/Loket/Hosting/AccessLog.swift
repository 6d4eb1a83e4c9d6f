import Foundation

/// The access log of the web page: one JSON object per line on stderr, with the method, the route
/// (the router's pattern, `other` for an unknown path; never the query), the status, the duration, the size and the user's name.
/// Never a form's content or a header's: client data must not reach a log.
public struct AccessLog: Sendable {
    /// One request, as logged.
    struct Line: Encodable {
        let time: String
        let method: String
        let route: String
        let status: Int
        let durationMs: Double
        let bytes: Int?
        let user: String?

        enum CodingKeys: String, CodingKey {
            case time, method, route, status, durationMs = "duration_ms", bytes, user
        }
    }

    private let write: @Sendable (String) -> Void

    /// Lines go to `write` (a test collects them); the default is standard error.
    public init(write: @escaping @Sendable (String) -> Void) {
        self.write = write
    }

    public static let standardError = AccessLog { line in
        FileHandle.standardError.write(Data(line.utf8))
    }

    func record(method: String, route: String, status: Int, duration: Duration, bytes: Int?, user: String?) {
        let milliseconds = (duration / .microseconds(1)).rounded() / 1000
        let line = Line(time: Date().ISO8601Format(),
                        method: method, route: route, status: status, durationMs: milliseconds, bytes: bytes, user: user)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(line) else { return }
        write(String(decoding: data, as: UTF8.self) + "\n")
    }
}
