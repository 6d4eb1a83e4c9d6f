import Foundation
import Tekenaar
import TestSupport
import Testing

/// QR codes drawn as vector squares: they must scan (decoded here with zbarimg from zbar-tools),
/// keep their quiet zone inside the box, stay vector in PDF and SVG, and fail with clear errors.
@Suite struct QRCodeTests {
    static let url = "https://www.han.nl/projecten/2023/keuzehulp-re-integratie-bij-psychische-klachten/"

    /// Renders one QR code in `box` on a small page and returns the PNG.
    func render(_ text: String, in box: Rect = Rect(x: 10, y: 10, width: 40, height: 40), colour: Colour = .black,
                background: Colour? = .white, dpi: Double = 200, format: OutputFormat? = nil) throws -> RenderedDocument {
        let page = Page(size: PageSize(width: 60, height: 60)) { canvas in
            canvas.fill(.rect(canvas.size.bounds), Colour("#E6E9F1"))
            try canvas.qrCode(text, in: box, colour: colour, background: background)
        }
        return try Repository.renderer().render(Document(info: DocumentInfo(title: "qr"), pages: [page]),
                                                as: format ?? .png(dpi: dpi))
    }

    /// What zbarimg reads from a PNG (one line per symbol found).
    func decode(_ png: Data) throws -> String {
        let file = try Repository.temporaryDirectory("qr").appendingPathComponent("qr.png")
        try png.write(to: file)
        return try Tools.run("zbarimg", ["--raw", "-q", file.path]).trimmingCharacters(in: .newlines)
    }

    @Test func aWebAddressScansBackExactly() throws {
        #expect(try decode(render(Self.url).files[0]) == Self.url)
    }

    @Test func darkColoursAndLowResolutionsStillScan() throws {
        // The letter prints in ink on white; 150 dpi is a plain office scan of the printed page.
        let png = try render(Self.url, in: Rect(x: 14, y: 14, width: 31, height: 31), colour: Colour("#1F2430"), dpi: 150)
        #expect(try decode(png.files[0]) == Self.url)
    }

    @Test func textWithAccentsKeepsItsBytes() throws {
        let text = "Gezien & Gehoord: cliënt, één gesprek"
        let code = try QRCode(encoding: text)
        #expect(code.text == text)
        let decoded = try decode(render(text).files[0])
        #expect(decoded == text, "zbarimg read \(decoded)")
    }

    @Test func theSymbolFillsTheBoxWithAQuietZoneOfFourModules() throws {
        let code = try QRCode(encoding: Self.url)
        #expect(code.size == 17 + 4 * code.version)
        #expect(code.sizeWithQuietZone == code.size + 8)
        // Finder patterns: the top-left 7 × 7 corner is dark at its border and at its centre.
        #expect(code.isDark(column: 0, row: 0) && code.isDark(column: 6, row: 6) && code.isDark(column: 3, row: 3))
        #expect(!code.isDark(column: 1, row: 1) && !code.isDark(column: 7, row: 7))
        #expect(!code.isDark(column: -1, row: 0) && !code.isDark(column: code.size, row: 0))

        // On the page: 40 mm box at 200 dpi. The quiet zone (4 modules) is white, the first module dark.
        let image = try RasterImage(png: render(Self.url).files[0])
        let pixelsPerMM = 200 / 25.4
        let module = 40 / Double(code.sizeWithQuietZone)
        func pixel(_ x: Double, _ y: Double) -> Colour {
            image.colour(x: Int((x * pixelsPerMM).rounded()), y: Int((y * pixelsPerMM).rounded()))
        }
        for step in stride(from: 0.5, to: 3.6, by: 1) {
            let inQuietZone = 10 + step * module
            #expect(pixel(inQuietZone, 30) == .white, "quiet zone at \(step) modules")
            #expect(pixel(30, inQuietZone) == .white)
        }
        #expect(pixel(10 + 4.5 * module, 10 + 4.5 * module) == .black, "the finder pattern's corner")
        #expect(pixel(9, 30) != .white, "nothing is painted outside the box")
    }

    @Test func aRectangularBoxGetsACentredSquare() throws {
        let page = Page(size: PageSize(width: 100, height: 60)) { canvas in
            let square = try canvas.qrCode(Self.url, in: Rect(x: 10, y: 10, width: 80, height: 40))
            #expect(square == Rect(x: 30, y: 10, width: 40, height: 40))
        }
        _ = try Repository.renderer().render(Document(info: DocumentInfo(title: "qr"), pages: [page]), as: .png(dpi: 20))
    }

    @Test func vectorInPDFAndSVG() throws {
        let svg = try String(decoding: render(Self.url, format: .svg).files[0], as: UTF8.self)
        #expect(svg.contains("<path"))
        #expect(!svg.contains("<image"), "squares, not a bitmap")
        let pdf = try render(Self.url, format: .pdf).files[0]
        let directory = try Repository.temporaryDirectory("qr-pdf")
        let file = directory.appendingPathComponent("qr.pdf")
        try pdf.write(to: file)
        let images = try Tools.run("pdfimages", ["-list", file.path])
        #expect(images.split(separator: "\n").count == 2, "only the header lines, no image: \(images)")
        let png = directory.appendingPathComponent("page")
        try Tools.run("pdftoppm", ["-r", "200", "-png", "-singlefile", file.path, png.path])
        #expect(try decode(Data(contentsOf: png.appendingPathExtension("png"))) == Self.url)
    }

    @Test func clearErrors() throws {
        #expect(throws: TekenaarError.qrCode(text: "", reason: "there is no text to encode")) {
            try QRCode(encoding: "")
        }
        let tooLong = String(repeating: "ä", count: 3000)
        #expect(reason(of: { _ = try QRCode(encoding: tooLong) })?.contains("too long") == true,
                "6000 bytes cannot be one QR code")
        // Within the largest symbol's bytes, but not at the highest error correction (1,273 bytes).
        let tooLongForHigh = String(repeating: "a", count: 2000)
        #expect(reason(of: { _ = try QRCode(encoding: tooLongForHigh, errorCorrection: .high) })?.contains("too long") == true)
        #expect(try QRCode(encoding: tooLongForHigh, errorCorrection: .low).version > 30, "fits at low error correction")
        let tooSmall = reason(of: { _ = try render(Self.url, in: Rect(x: 10, y: 10, width: 12, height: 12)) })
        #expect(tooSmall?.contains("too small") == true, "a 12 mm box is too small for 45 modules")
        #expect(tooSmall?.contains("at least 14.9 mm") == true, "\(tooSmall ?? "no error")")
        let message = TekenaarError.qrCode(text: "x", reason: "the text is too long").description
        #expect(message == "cannot draw a QR code for \"x\": the text is too long")
    }

    /// The reason of the `TekenaarError.qrCode` that `body` throws; nil when it throws nothing else.
    func reason(of body: () throws -> Void) -> String? {
        do {
            try body()
        } catch let TekenaarError.qrCode(_, reason) {
            return reason
        } catch {
            Issue.record("unexpected error \(error)")
        }
        return nil
    }
}
