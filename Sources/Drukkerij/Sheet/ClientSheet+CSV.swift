import CSV
import Foundation

extension ClientSheet {
    /// Reads CSV text: its encoding, an Excel `sep=` line or the delimiter the header uses, and its
    /// records, numbered by the line they start on (as an editor counts: a quoted value may hold
    /// line breaks).
    static func csv(_ data: Data, path: String) throws(ClientSheetError) -> ClientSheet {
        let (text, encoding) = try decode(data, path: path)
        guard !text.allSatisfy(\.isWhitespace) else { throw .empty(path: path) }
        if isMarkup(text) { throw .unsupportedFile(path: path, kind: .markup) }
        var body = text
        var line = 1
        let delimiter: Character
        if let (named, rest) = separatorLine(text) {
            delimiter = named
            body = rest
            line = 2
        } else {
            delimiter = detectDelimiter(in: text)
        }
        guard let scalar = delimiter.unicodeScalars.first,
              let reader = try? CSVReader(string: body, hasHeaderRow: false, trimFields: false, delimiter: scalar) else {
            throw .unreadable(path: path, reason: "the CSV reader could not start")
        }
        var rows: [SheetTable.Row] = []
        while let cells = reader.next() {
            let start = line
            line += 1 + lineBreaks(in: cells)
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { continue }
            let indexed = Dictionary(uniqueKeysWithValues: cells.enumerated().map { ($0.offset, SheetCell.text($0.element)) })
            rows.append(SheetTable.Row(number: start, cells: indexed, width: cells.count))
        }
        if let error = reader.error { throw .unreadable(path: path, reason: String(describing: error)) }
        return try ClientSheet(table: SheetTable(rows: rows), source: SheetSource(path: path),
                               format: .csv(encoding: encoding, delimiter: delimiter))
    }

    private static func lineBreaks(in cells: [String]) -> Int {
        cells.reduce(0) { count, cell in count + cell.reduce(0) { $0 + ($1.isNewline ? 1 : 0) } }
    }

    /// The text of the file, and how it was encoded. Invalid UTF-8 is read as Windows-1252 (what
    /// Excel writes for "CSV" on a Dutch Windows); bytes that are not Windows-1252 either are refused.
    static func decode(_ data: Data, path: String) throws(ClientSheetError) -> (String, TextEncoding) {
        let bytes = [UInt8](data.prefix(4))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(data: data.dropFirst(3), encoding: .utf8) else {
                throw .notText(path: path, detail: "it starts like UTF-8 but is not valid UTF-8")
            }
            return (text, .utf8WithBOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else {
                throw .notText(path: path, detail: "it starts like UTF-16 but is not valid UTF-16")
            }
            return (text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, .utf16)
        }
        if data.contains(0) { throw .notText(path: path, detail: "it contains binary data") }
        if let text = String(data: data, encoding: .utf8) { return (text, .utf8) }
        if let text = String(data: data, encoding: .windowsCP1252) { return (text, .windows1252) }
        throw .notText(path: path, detail: "it is neither UTF-8 nor Windows-1252 text")
    }

    /// Excel's hint on the first line, `sep=;` (also quoted, or followed by more separators as a
    /// spreadsheet that saved it again writes it): the delimiter it names and the text after that line.
    static func separatorLine(_ text: String) -> (Character, String)? {
        let end = text.firstIndex(where: \.isNewline) ?? text.endIndex
        var first = Substring(text[..<end])
        if first.hasPrefix("\"") { first = first.dropFirst() }
        guard first.lowercased().hasPrefix("sep="), let delimiter = first.dropFirst(4).first else { return nil }
        let rest = first.dropFirst(5).filter { $0 != "\"" && $0 != delimiter && !$0.isWhitespace }
        guard rest.isEmpty else { return nil }
        // "\r\n" is one Character in Swift, so one step passes the whole line end.
        let body = end < text.endIndex ? String(text[text.index(after: end)...]) : ""
        return (delimiter, body)
    }

    /// The delimiter is the one of `;`, tab and `,` that occurs most often (outside quotes) in the
    /// first line that has any of them (the header, or a title row that a spreadsheet filled out
    /// with separators); a sheet with none of them has one column.
    static func detectDelimiter(in text: String) -> Character {
        let candidates: [Character] = [";", "\t", ","]
        var counts: [Character: Int] = [:]
        var quoted = false
        var linesRead = 0
        for character in text {
            if character == "\"" { quoted.toggle(); continue }
            if quoted { continue }
            if character.isNewline {
                linesRead += 1
                if !counts.isEmpty || linesRead >= ClientSheet.headerSearchDepth { break }
                continue
            }
            if candidates.contains(character) { counts[character, default: 0] += 1 }
        }
        // `max(by:)` keeps the first of equals: ties go to `;` (a Dutch export), then tab, then `,`.
        guard let best = candidates.max(by: { counts[$0, default: 0] < counts[$1, default: 0] }),
              counts[best, default: 0] > 0 else { return "," }
        return best
    }

    /// A web page or an XML file (Excel's "XML-spreadsheet 2003") saved with a .csv name.
    private static func isMarkup(_ text: String) -> Bool {
        let start = text.drop(while: \.isWhitespace).prefix(14).lowercased()
        return ["<?xml", "<html", "<!doctype html", "<table"].contains { start.hasPrefix($0) }
    }
}
