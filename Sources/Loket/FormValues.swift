import Foundation

/// The fields of an `application/x-www-form-urlencoded` body or a query string, by name. A name
/// given twice keeps its first value (no field of these forms repeats).
struct FormValues: Sendable, Equatable {
    private(set) var values: [String: String] = [:]

    init(_ values: [String: String] = [:]) {
        self.values = values
    }

    /// Parses `name=value&…`; `+` is a space and `%XX` a byte of UTF-8. Malformed escapes are
    /// an error (the page answers 400), never guessed at.
    init(encoded text: String) throws(FormValuesError) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), let value = Self.decode(parts.count > 1 ? parts[1] : "") else {
                throw FormValuesError()
            }
            if values[name] == nil { values[name] = value }
        }
    }

    subscript(name: String) -> String? { values[name] }

    mutating func remove(_ name: String) {
        values[name] = nil
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}

/// A form body that is not URL-encoded text.
struct FormValuesError: Error {}
