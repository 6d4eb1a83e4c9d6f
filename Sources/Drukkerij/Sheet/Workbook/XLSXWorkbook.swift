import Foundation
import ZIPFoundation

/// An Excel workbook (.xlsx, Office Open XML) as a client sheet needs it: its worksheets in tab
/// order with their names and whether they are hidden, and each one's rows as cells. The ZIP
/// archive is read by ZIPFoundation and every XML part by Foundation's `XMLParser`; the parts are
/// found through the package's relationships, as Excel, LibreOffice and other writers name them
/// differently.
struct XLSXWorkbook {
    /// A worksheet, as the workbook lists it.
    struct Sheet {
        let name: String
        /// Hidden or "very hidden" (only visible to macros): skipped when looking for the clients.
        let isHidden: Bool
        /// The part holding its cells, e.g. `xl/worksheets/sheet1.xml`.
        let part: String
    }

    /// No part may unpack to more than this: a small upload that inflates to gigabytes (a "ZIP
    /// bomb") is refused instead of filling the memory. A sheet of 5,000 clients is a few MB.
    static let partSizeLimit: UInt64 = 64 << 20

    let path: String
    let sheets: [Sheet]
    private let archive: Archive
    private let sharedStrings: [String]
    private let styles: [XLSXNumberFormat]
    private let dates: XLSXDateSystem

    /// Opens the workbook in `data`; `path` is used in messages. A ZIP archive that is an
    /// OpenDocument spreadsheet or no workbook at all is refused with what it is.
    init(data: Data, path: String) throws(ClientSheetError) {
        self.path = path
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .damagedWorkbook(path: path, reason: "it is not a complete ZIP archive")
        }
        let root = try Self.relationships(of: "", in: archive, path: path)
        guard let workbookPart = root.first(where: { $0.type.hasSuffix("/officeDocument") })?.target
                ?? (archive["xl/workbook.xml"] != nil ? "xl/workbook.xml" : nil),
              let workbookXML = try Self.part(workbookPart, in: archive, path: path) else {
            if let mimetype = try? Self.part("mimetype", in: archive, path: path),
               String(decoding: mimetype, as: UTF8.self).contains("opendocument") {
                throw .unsupportedFile(path: path, kind: .openDocument)
            }
            throw .unsupportedFile(path: path, kind: .otherArchive)
        }
        let relationships = try Self.relationships(of: workbookPart, in: archive, path: path)
        let targets = Dictionary(relationships.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        var sheets: [Sheet] = []
        var uses1904 = false
        try Self.parse(workbookXML, workbookPart, path: path) { event in
            guard case let .start(name, attributes) = event else { return }
            if name == "workbookPr", let value = attributes["date1904"] {
                uses1904 = value == "1" || value.lowercased() == "true"
            }
            // Chart sheets and macro sheets hold no rows: only worksheets count.
            if name == "sheet", let id = attributes["id"], let target = targets[id], target.type.hasSuffix("/worksheet") {
                let state = attributes["state"] ?? "visible"
                sheets.append(Sheet(name: attributes["name"] ?? "", isHidden: state != "visible", part: target.target))
            }
        }
        self.sheets = sheets
        dates = XLSXDateSystem(uses1904: uses1904)

        var sharedStrings: [String] = []
        if let part = relationships.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target,
           let data = try Self.part(part, in: archive, path: path) {
            sharedStrings = try Self.sharedStrings(data, part, path: path)
        }
        self.sharedStrings = sharedStrings
        var styles: [XLSXNumberFormat] = []
        if let part = relationships.first(where: { $0.type.hasSuffix("/styles") })?.target,
           let data = try Self.part(part, in: archive, path: path) {
            styles = try Self.cellFormats(data, part, path: path)
        }
        self.styles = styles
    }

    /// The rows of `sheet` that hold a value, and the numbers of the rows hidden in the sheet.
    func table(of sheet: Sheet) throws(ClientSheetError) -> (table: SheetTable, hiddenRows: Set<Int>) {
        guard let data = try Self.part(sheet.part, in: archive, path: path) else {
            throw .damagedWorkbook(path: path, reason: "the sheet '\(sheet.name)' is missing from the file")
        }
        var reader = XLSXWorksheetReader(sharedStrings: sharedStrings, styles: styles, dates: dates)
        try Self.parse(data, sheet.part, path: path) { reader.handle($0) }
        if let problem = reader.problem {
            throw .damagedWorkbook(path: path, reason: "the sheet '\(sheet.name)' \(problem)")
        }
        return (SheetTable(rows: reader.rows), reader.hiddenRows)
    }

    // MARK: Parts

    /// The unpacked bytes of `part`, nil when the archive has no such part.
    static func part(_ part: String, in archive: Archive, path: String) throws(ClientSheetError) -> Data? {
        let entry = archive[part] ?? archive.first { $0.path.lowercased() == part.lowercased() }
        guard let entry else { return nil }
        guard entry.uncompressedSize <= partSizeLimit else {
            throw .damagedWorkbook(path: path, reason: "its part \(part) is larger than \(partSizeLimit >> 20) MB unpacked")
        }
        var data = Data()
        do {
            _ = try archive.extract(entry) { chunk in
                data.append(chunk)
                if data.count > partSizeLimit { throw ArchiveSizeExceeded() }
            }
        } catch is ArchiveSizeExceeded {
            throw .damagedWorkbook(path: path, reason: "its part \(part) is larger than \(partSizeLimit >> 20) MB unpacked")
        } catch {
            throw .damagedWorkbook(path: path, reason: "its part \(part) cannot be unpacked")
        }
        return data
    }

    private struct ArchiveSizeExceeded: Error {}

    private static func parse(_ data: Data, _ part: String, path: String,
                              _ handle: (XMLEvents.Event) -> Void) throws(ClientSheetError) {
        do {
            try XMLEvents.parse(data, handle)
        } catch {
            throw .damagedWorkbook(path: path, reason: "its part \(part) is not valid XML")
        }
    }

    // MARK: Relationships

    struct Relationship {
        let id: String
        let type: String
        /// The target as a path inside the archive.
        let target: String
    }

    /// The relationships of `part` (of the package itself when empty), from its `_rels` part; targets
    /// resolved against the part's folder.
    static func relationships(of part: String, in archive: Archive, path: String) throws(ClientSheetError) -> [Relationship] {
        let folder = part.split(separator: "/").dropLast().joined(separator: "/")
        let file = part.split(separator: "/").last.map(String.init) ?? ""
        let relsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
        guard let data = try Self.part(relsPart, in: archive, path: path) else { return [] }
        var result: [Relationship] = []
        try parse(data, relsPart, path: path) { event in
            guard case let .start("Relationship", attributes) = event, let id = attributes["Id"],
                  let type = attributes["Type"], let target = attributes["Target"],
                  attributes["TargetMode"] != "External" else { return }
            result.append(Relationship(id: id, type: type, target: resolve(target, from: folder)))
        }
        return result
    }

    /// `worksheets/sheet1.xml` from `xl` → `xl/worksheets/sheet1.xml`; `/xl/…` is from the root.
    private static func resolve(_ target: String, from folder: String) -> String {
        var parts = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(piece))
            }
        }
        return parts.joined(separator: "/")
    }

    // MARK: Shared strings and styles

    /// The shared strings, in order: a plain `<t>` or the runs of rich text (`<r><t>`), without the
    /// phonetic guides (`<rPh>`) some East Asian texts carry.
    private static func sharedStrings(_ data: Data, _ part: String, path: String) throws(ClientSheetError) -> [String] {
        var strings: [String] = []
        var text = "", inText = false, inPhonetic = false
        try parse(data, part, path: path) { event in
            switch event {
            case .start("si", _): text = ""
            case .start("rPh", _): inPhonetic = true
            case .end("rPh"): inPhonetic = false
            case .start("t", _): inText = !inPhonetic
            case .end("t"): inText = false
            case let .text(characters) where inText: text += characters
            case .end("si"): strings.append(XLSXText.unescaped(text))
            default: break
            }
        }
        return strings
    }

    /// The number format of each cell format (`<cellXfs>`), by index: a cell's `s` attribute.
    private static func cellFormats(_ data: Data, _ part: String, path: String) throws(ClientSheetError) -> [XLSXNumberFormat] {
        var codes: [Int: String] = [:]
        var formatIDs: [Int] = []
        var inCellFormats = false
        try parse(data, part, path: path) { event in
            switch event {
            case let .start("numFmt", attributes):
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { codes[id] = code }
            case .start("cellXfs", _): inCellFormats = true
            case .end("cellXfs"): inCellFormats = false
            case let .start("xf", attributes) where inCellFormats:
                formatIDs.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
            default: break
            }
        }
        return formatIDs.map { XLSXNumberFormat(id: $0, code: codes[$0]) }
    }
}
