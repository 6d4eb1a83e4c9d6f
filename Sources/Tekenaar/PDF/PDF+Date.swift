extension PDF {
    /// The PDF date (§7.9.4) for an ISO 8601 date: `2026-03-15T09:30:00+01:00` becomes
    /// `D:20260315093000+01'00'`, `2026-01-01T00:00:00Z` becomes `D:20260101000000Z`. Accepted:
    /// `YYYY-MM-DD`, optionally followed by `THH:MM` or `THH:MM:SS`, then optionally `Z` or `±HH:MM`.
    ///
    /// Written by the post-processor rather than by cairo: cairo 1.16 leaves out the `D:` prefix
    /// and the closing `'` of the time zone (cairo-pango-notes.md §4).
    static func date(iso8601 text: String) throws(PDFError) -> String {
        let pattern = /([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?(Z|([+-])([0-9]{2}):([0-9]{2}))?)?/
        guard let match = text.wholeMatch(of: pattern) else { throw .invalidDate(text) }
        let (_, year, month, day, hour, minute, second, zone, sign, zoneHour, zoneMinute) = match.output
        // The pattern gives the digits; the values must also be in range.
        let ranges: [(Substring?, ClosedRange<Int>)] =
            [(month, 1...12), (day, 1...31), (hour, 0...23), (minute, 0...59), (second, 0...59), (zoneHour, 0...23), (zoneMinute, 0...59)]
        guard ranges.allSatisfy({ field, range in field.map { Int($0).map(range.contains) ?? false } ?? true }) else {
            throw .invalidDate(text)
        }
        let time = [hour, minute, second].compactMap { $0 }.joined()
        let offset = zone == "Z" ? "Z" : sign.map { "\($0)\(zoneHour ?? "")'\(zoneMinute ?? "")'" } ?? ""
        return "D:\(year)\(month)\(day)\(time)\(offset)"
    }
}
