/// Reads one worksheet part's events into rows of cells: shared and inline strings, numbers
/// (dates and times by their cell's number format), booleans, errors, and formulas by the result
/// the file saved with them. Rows without a value are left out; hidden rows are noted.
struct XLSXWorksheetReader {
    let sharedStrings: [String]
    let styles: [XLSXNumberFormat]
    let dates: XLSXDateSystem

    private(set) var rows: [SheetTable.Row] = []
    private(set) var hiddenRows: Set<Int> = []
    /// What makes the sheet unreadable, for the message ("refers to a text that is not in the file").
    private(set) var problem: String?

    // The row and cell being read.
    private var rowNumber = 0
    private var rowIsHidden = false
    private var cells: [Int: SheetCell] = [:]
    private var nextColumn = 0
    private var cell: (column: Int, type: String, style: Int, hasFormula: Bool)?
    private var value: String?
    private var inlineText: String?
    private var capture: Capture = .none
    private var inPhonetic = false

    private enum Capture { case none, value, inlineText }

    /// Columns beyond Excel's last (XFD) do not exist; a reference past it is ignored.
    private static let columnLimit = 16384

    init(sharedStrings: [String], styles: [XLSXNumberFormat], dates: XLSXDateSystem) {
        self.sharedStrings = sharedStrings; self.styles = styles; self.dates = dates
    }

    mutating func handle(_ event: XMLEvents.Event) {
        switch event {
        case let .start("row", attributes):
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            rowIsHidden = attributes["hidden"] == "1" || attributes["hidden"] == "true"
            cells = [:]
            nextColumn = 0
        case .end("row"):
            if cells.values.contains(where: { !$0.isEmpty }) {
                rows.append(SheetTable.Row(number: rowNumber, cells: cells, width: (cells.keys.max() ?? -1) + 1))
                if rowIsHidden { hiddenRows.insert(rowNumber) }
            }
        case let .start("c", attributes):
            let column = attributes["r"].flatMap(Self.columnIndex) ?? nextColumn
            nextColumn = column + 1
            cell = (column, attributes["t"] ?? "n", attributes["s"].flatMap(Int.init) ?? 0, false)
            value = nil
            inlineText = nil
        case .start("f", _):
            cell?.hasFormula = true
        case .start("v", _):
            capture = .value
            value = ""
        case .start("is", _):
            inlineText = ""
        case .start("rPh", _):
            inPhonetic = true
        case .end("rPh"):
            inPhonetic = false
        case .start("t", _) where inlineText != nil && !inPhonetic:
            capture = .inlineText
        case .end("v"), .end("t"):
            capture = .none
        case let .text(text):
            switch capture {
            case .value: value? += text
            case .inlineText: inlineText? += text
            case .none: break
            }
        case .end("c"):
            if let cell, cell.column < Self.columnLimit, let read = read(cell) { cells[cell.column] = read }
            cell = nil
        default:
            break
        }
    }

    /// The cell as read, nil when it holds nothing (a cell with only a format).
    private mutating func read(_ cell: (column: Int, type: String, style: Int, hasFormula: Bool)) -> SheetCell? {
        let value = self.value.flatMap { $0.isEmpty ? nil : $0 }
        switch cell.type {
        case "s":
            guard let value else { return nil }
            guard let index = Int(value), sharedStrings.indices.contains(index) else {
                problem = "refers to a text that is not in the file"
                return nil
            }
            return .text(sharedStrings[index])
        case "inlineStr":
            return inlineText.map { .text(XLSXText.unescaped($0)) }
        case "str":
            guard let value else { return cell.hasFormula ? .formulaWithoutResult : nil }
            return .text(XLSXText.unescaped(value))
        case "b":
            return value.map { .text($0 == "1" ? "WAAR" : "ONWAAR") }
        case "e":
            return value.map(SheetCell.text)
        case "d":
            return value.map(dates.cell(iso:))
        default:
            guard let value else { return cell.hasFormula ? .formulaWithoutResult : nil }
            let format = styles.indices.contains(cell.style) ? styles[cell.style] : .number
            return dates.cell(number: value, format: format)
        }
    }

    /// `AB12` → 27 (column A is 0); nil when the reference has no column letters.
    static func columnIndex(_ reference: String) -> Int? {
        var index = 0
        var letters = 0
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): index = index * 26 + Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"): index = index * 26 + Int(byte - UInt8(ascii: "a")) + 1
            case UInt8(ascii: "$"): continue
            default: return letters == 0 ? nil : index - 1
            }
            letters += 1
            if index > columnLimit { return columnLimit }
        }
        return letters == 0 ? nil : index - 1
    }
}
