import Foundation

extension Appointment {
    /// Reads a time as people type it and spreadsheets write it: `14:30`, `9:30`, `09.30`, `9.30 uur`,
    /// `9.30u`, `9 uur`, `09:30:00` (seconds, as a time cell exported to CSV has them, are dropped)
    /// → "14:30", "09:30", "09:00"; nil if it is not a time of day.
    public static func normalisedTime(_ text: String) -> String? {
        var rest = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased())
        var hasUur = false
        for suffix in ["uur", "u"] where rest.hasSuffix(suffix) {
            rest = rest.dropLast(suffix.count)
            hasUur = true
            break
        }
        rest = Substring(rest.trimmingCharacters(in: .whitespaces))
        let parts = rest.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        guard !parts.isEmpty, parts.count <= 3,
              parts.allSatisfy({ part in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts[0].count <= 2, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.count > 1 || hasUur else { return nil }
        let numbers = parts.compactMap { Int($0) }
        let hour = numbers[0], minute = numbers.count > 1 ? numbers[1] : 0, second = numbers.count > 2 ? numbers[2] : 0
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        return clock(hour: hour, minute: minute)
    }

    /// "09:05": how `time` holds a time of day.
    public static func clock(hour: Int, minute: Int) -> String {
        (hour < 10 ? "0\(hour)" : "\(hour)") + ":" + (minute < 10 ? "0\(minute)" : "\(minute)")
    }
}
