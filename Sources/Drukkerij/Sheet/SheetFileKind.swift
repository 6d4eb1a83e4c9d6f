import Foundation

/// What an uploaded or named sheet file is, told by its first bytes rather than its name: a web
/// upload says ".csv" or ".xlsx" whatever it holds, and people rename files.
enum SheetFileKind: Equatable {
    /// A ZIP archive: an .xlsx (or an .ods, a .docx, …).
    case zip
    /// An OLE2 compound file (D0 CF 11 E0): an old .xls, an .xlsx encrypted with a password, or
    /// another old Office file.
    case ole2(ClientSheetError.UnsupportedFile)
    case pdf
    /// Anything else: read as CSV text.
    case text

    init(_ data: Data) {
        let head = [UInt8](data.prefix(8))
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            self = .zip
        } else if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            self = .ole2(Self.oleContent(data))
        } else if head.starts(with: Array("%PDF".utf8)) {
            self = .pdf
        } else {
            self = .text
        }
    }

    /// Which OLE2 file it is, by the names of its streams (stored as UTF-16LE in its directory):
    /// Office puts an encrypted .xlsx in a stream `EncryptedPackage`, and an .xls's sheets in
    /// `Workbook` (Excel 97 and later) or `Book` (Excel 5).
    private static func oleContent(_ data: Data) -> ClientSheetError.UnsupportedFile {
        func holds(_ name: String) -> Bool {
            data.range(of: Data(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })) != nil
        }
        if holds("EncryptedPackage") || holds("EncryptionInfo") { return .passwordProtected }
        if holds("Workbook") || holds("Book") { return .oldExcel }
        return .oldOffice
    }
}
