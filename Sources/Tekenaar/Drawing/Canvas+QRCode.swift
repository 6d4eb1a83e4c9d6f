import CQRencode
import Foundation

/// A QR code symbol: a square of dark and light modules, encoded by libqrencode. Made once from a
/// text, then drawn at any size (``Canvas/qrCode(_:in:colour:background:errorCorrection:)``).
public struct QRCode: Sendable, Hashable {
    /// How much of the symbol may be damaged or dirty and still scan. Higher levels make a larger
    /// symbol for the same text.
    public enum ErrorCorrection: Sendable, Hashable, CaseIterable {
        /// About 7 % of the symbol may be lost.
        case low
        /// About 15 %: the usual choice for print.
        case medium
        /// About 25 %.
        case quartile
        /// About 30 %.
        case high

        var level: QRecLevel {
            switch self {
            case .low: QR_ECLEVEL_L
            case .medium: QR_ECLEVEL_M
            case .quartile: QR_ECLEVEL_Q
            case .high: QR_ECLEVEL_H
            }
        }
    }

    /// What the largest symbol (version 40) holds in 8-bit mode at the lowest error correction.
    public static let maximumBytes = 2953

    /// The light border a scanner needs around the symbol, in modules (the QR specification's minimum).
    public static let quietZone = 4

    /// The text the symbol holds.
    public let text: String
    /// The symbol's version (1…40), which sets its size.
    public let version: Int
    /// Modules along one side, without the quiet zone.
    public let size: Int
    /// Row-major, `size × size`; `true` is a dark module.
    private let modules: [Bool]

    /// Encodes `text` (as UTF-8 bytes, case kept) in the smallest symbol that holds it.
    public init(encoding text: String, errorCorrection: ErrorCorrection = .medium) throws(TekenaarError) {
        guard !text.isEmpty else { throw .qrCode(text: text, reason: "there is no text to encode") }
        guard !text.utf8.contains(0) else { throw .qrCode(text: text, reason: "the text contains a NUL character") }
        guard text.utf8.count <= Self.maximumBytes else {
            throw .qrCode(text: text, reason: "the text is too long for a QR code (\(text.utf8.count) bytes; at most "
                                               + "\(Self.maximumBytes) fit the largest symbol)")
        }
        let encoded: (version: Int, size: Int, modules: [Bool])?
        var failure: Int32 = 0
        (encoded, failure) = Self.encoderLock.withLock {
            guard let input = QRinput_new2(0, errorCorrection.level) else { return (nil, errno) }
            defer { QRinput_free(input) }
            // 8-bit mode keeps every byte as it is: URLs keep their lower case, UTF-8 text its accents.
            // Text beyond ASCII is announced as UTF-8 (ECI 26), or readers guess another character set.
            let bytes = Array(text.utf8)
            if !text.allSatisfy(\.isASCII), QRinput_appendECIheader(input, 26) != 0 { return (nil, errno) }
            guard QRinput_append(input, QR_MODE_8, Int32(bytes.count), bytes) == 0 else { return (nil, errno) }
            guard let code = QRcode_encodeInput(input) else { return (nil, errno) }
            defer { QRcode_free(code) }
            let size = Int(code.pointee.width)
            // Bit 0 of each byte is the module's colour; the other bits describe its role.
            let modules = (0..<(size * size)).map { code.pointee.data[$0] & 1 == 1 }
            return ((Int(code.pointee.version), size, modules), 0)
        }
        guard let encoded else {
            let reason = failure == ERANGE
                ? "the text is too long for a QR code (\(text.utf8.count) bytes)"
                : "libqrencode could not encode it (\(String(cString: strerror(failure))))"
            throw .qrCode(text: text, reason: reason)
        }
        self.text = text
        self.version = encoded.version
        self.size = encoded.size
        self.modules = encoded.modules
    }

    /// Whether the module in `column`, `row` (from the top-left, without quiet zone) is dark.
    public func isDark(column: Int, row: Int) -> Bool {
        guard (0..<size).contains(column), (0..<size).contains(row) else { return false }
        return modules[row * size + column]
    }

    /// Modules along one side including the quiet zone on both sides.
    public var sizeWithQuietZone: Int { size + 2 * Self.quietZone }

    /// The dark modules as one path of squares of `module` mm, with the symbol's top-left corner
    /// (inside the quiet zone) at `origin`. Horizontal runs of dark modules become one rectangle,
    /// so the path stays small and has no seams between neighbours.
    public func path(origin: Point, module: Double) -> Path {
        var path = Path()
        for row in 0..<size {
            var column = 0
            while column < size {
                guard isDark(column: column, row: row) else { column += 1; continue }
                let start = column
                while column < size && isDark(column: column, row: row) { column += 1 }
                path.append(.rect(Rect(x: origin.x + Double(start) * module, y: origin.y + Double(row) * module,
                                       width: Double(column - start) * module, height: module)))
            }
        }
        return path
    }

    /// libqrencode keeps state that is only thread-safe when built with pthreads; a lock makes no
    /// assumption about the build.
    private static let encoderLock = NSLock()
}

extension Canvas {
    /// Draws a QR code for `text` as vector squares, as large as fits the square centred in `box`,
    /// quiet zone (4 modules) included: `box` is the whole area a scanner needs. The quiet zone is
    /// painted `background` (nil leaves it transparent; it must still be light for scanners).
    /// Returns the square the symbol occupies with its quiet zone (mm).
    @discardableResult
    public func qrCode(_ text: String, in box: Rect, colour: Colour = .black, background: Colour? = .white,
                       errorCorrection: QRCode.ErrorCorrection = .medium) throws(TekenaarError) -> Rect {
        let code = try QRCode(encoding: text, errorCorrection: errorCorrection)
        let side = min(box.width, box.height)
        let module = side / Double(code.sizeWithQuietZone)
        // Below about a third of a millimetre per module, phone cameras and office printers fail.
        guard module >= 0.33 else {
            let needed = (Double(code.sizeWithQuietZone) * 0.33 * 10).rounded(.up) / 10
            throw .qrCode(text: text, reason: String(format: "a box of %.1f mm is too small for its %d × %d modules; "
                                                     + "give it at least %.1f mm", side, code.size, code.size, needed))
        }
        let square = Rect(x: box.midX - side / 2, y: box.midY - side / 2, width: side, height: side)
        if let background { fill(.rect(square), background) }
        let quiet = Double(QRCode.quietZone) * module
        fill(code.path(origin: Point(square.minX + quiet, square.minY + quiet), module: module), colour)
        try checkStatus("drawing the QR code for \"\(text.prefix(40))\"")
        return square
    }
}
