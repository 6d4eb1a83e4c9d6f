import Foundation
import Tekenaar
import TestSupport

/// A page that exercises everything Tekenaar draws: the reference for its snapshot test and the
/// page to look at when Tekenaar changes.
enum Specimen {
    static let ink = Colour("#1F2430")
    static let teal = Colour("#11707A")
    static let orange = Colour("#B4531F")
    static let purple = Colour("#6A4C93")
    static let navy = Colour("#2E3A59")
    static let tint = Colour("#E6E9F1")

    static let diacritics = "Zeeën, cliënt, geïnteresseerd, café · ç ş ğ ı İ · Łódź ąęćńśźż"
    static let linkURL = "https://example.org/gezien-en-gehoord"

    static func document(imagePath: String) -> Document {
        Document(
            info: DocumentInfo(title: "Tekenaar-specimen", author: "materialen", subject: "Wat Tekenaar tekent",
                               keywords: ["specimen", "test"]),
            pages: [Page(size: .a4) { canvas in try draw(on: canvas, imagePath: imagePath) }])
    }

    /// A small PNG (a coloured disc on a tinted square, 3:2) written to `path`.
    static func writeImage(to path: String) throws {
        let width = 240, height = 160
        var rgba = [UInt8](repeating: 0, count: width * height * 4)
        for y in 0..<height {
            for x in 0..<width {
                let offset = (y * width + x) * 4
                let dx = Double(x - 120), dy = Double(y - 80)
                let inside = dx * dx + dy * dy < 3600
                rgba[offset] = inside ? 0x11 : 0xDD
                rgba[offset + 1] = inside ? 0x70 : UInt8(0xD0 + y / 8)
                rgba[offset + 2] = inside ? 0x7A : 0xF1
                rgba[offset + 3] = 255
            }
        }
        try RasterImage(width: width, height: height, rgba: rgba).png().write(to: URL(fileURLWithPath: path))
    }

    static func draw(on canvas: Canvas, imagePath: String) throws {
        let margin = 18.0
        let title = TextStyle(family: "Lato", weight: .black, size: 24, colour: navy)
        let heading = TextStyle(family: "Lato", weight: .bold, size: 13, colour: navy)
        let body = TextStyle(family: "Andika", size: 11, colour: ink, lineHeight: 1.35)
        let small = TextStyle(family: "Andika", size: 8.5, colour: ink)

        try canvas.tagged(.heading1) {
            canvas.outline("Specimen", at: Point(margin, margin))
            try canvas.text("Tekenaar-specimen", style: title, at: Point(margin, margin))
        }
        try canvas.tagged(.paragraph) {
            try canvas.text("Alles wat de tekenlaag kan, op één pagina.", style: body.coloured(ink), at: Point(margin, 30))
        }

        // Text styles
        var y = 42.0
        try canvas.tagged(.heading2) { try canvas.text("Letters", style: heading, at: Point(margin, y)) }
        y += 8
        let styles: [(String, TextStyle)] = [
            ("Andika regular: \(diacritics)", body),
            ("Andika cursief: het gesprek begint waar jij wilt.", TextStyle(family: "Andika", italic: true, size: 11, colour: ink)),
            ("Andika vet: Jouw ervaringen, Jouw behoeften, Jouw toekomst", body.weighted(.bold)),
            ("Andika vet cursief: Gezien en gehoord", TextStyle(family: "Andika", weight: .bold, italic: true, size: 11, colour: ink)),
            ("Lato: Il1 — 0O — ‘aanhalingstekens’ en “citaten”", TextStyle(family: "Lato", size: 11, colour: ink)),
            ("Lato vet: Zo gaat ons gesprek", TextStyle(family: "Lato", weight: .bold, size: 12, colour: ink)),
        ]
        for (text, style) in styles {
            try canvas.tagged(.paragraph) { try canvas.text(text, style: style, at: Point(margin, y)) }
            y += 6.5
        }

        // Wrapping, alignment and fit-to-box
        y += 3
        try canvas.tagged(.heading2) { try canvas.text("Afbreken en passend maken", style: heading, at: Point(margin, y)) }
        y += 8
        let paragraph = "Een alinea loopt binnen zijn breedte door naar de volgende regel, zonder woorden af te breken. "
            + "Zo blijft de tekst rustig en goed te lezen."
        let columnWidth = 54.0
        for (index, alignment) in [TextStyle.Alignment.left, .centre, .right].enumerated() {
            let box = Rect(x: margin + Double(index) * (columnWidth + 6), y: y, width: columnWidth, height: 30)
            canvas.stroke(.roundedRect(box.inset(by: -1.5), radius: 3), Stroke(tint, width: 0.35))
            try canvas.tagged(.paragraph) { try canvas.text(paragraph, style: body.aligned(alignment), in: box) }
        }
        y += 36
        let longText = String(repeating: "Deze tekst is te lang voor het vak en wordt kleiner gezet. ", count: 3)
        let fitBox = Rect(x: margin, y: y, width: 84, height: 18)
        let fit = try canvas.fit(longText, style: body, in: fitBox, minimumSize: 8)
        canvas.stroke(.rect(fitBox), Stroke(teal, width: 0.35, dash: [1, 1]))
        try canvas.tagged(.paragraph) { try canvas.text(longText, style: fit.style, in: fitBox) }
        try canvas.text("past op \(String(format: "%.1f", fit.style.size)) pt", style: small, at: Point(margin, fitBox.maxY + 1.5))

        let tooLong = String(repeating: "Zelfs op de kleinste maat past dit niet, dus wordt het afgekapt met een beletselteken. ", count: 4)
        let cutBox = Rect(x: margin + 92, y: y, width: 82, height: 18)
        let cut = try canvas.fit(tooLong, style: body, in: cutBox, minimumSize: 9)
        let lineHeightMM = cut.style.size * 1.35 * 25.4 / 72
        let lines = max(1, Int(cutBox.height / lineHeightMM))
        canvas.stroke(.rect(cutBox), Stroke(orange, width: 0.35, dash: [1, 1]))
        try canvas.tagged(.paragraph) { try canvas.text(tooLong, style: cut.style, in: cutBox, maxLines: lines) }
        try canvas.text(cut.fits ? "past" : "past niet: afgekapt na \(lines) regels", style: small, at: Point(cutBox.minX, cutBox.maxY + 1.5))

        // Text on an arc, upright on both halves
        y += 30
        try canvas.tagged(.heading2) { try canvas.text("Tekst langs een cirkel en vormen", style: heading, at: Point(margin, y)) }
        let centre = Point(52, y + 38)
        canvas.fill(.circle(centre: centre, radius: 29), tint)
        canvas.stroke(.circle(centre: centre, radius: 22), Stroke(navy.opacity(0.4), width: 0.35, dash: [0.8, 1.2]))
        let arcStyle = TextStyle(family: "Lato", weight: .bold, size: 11, colour: navy, letterSpacing: 0.6)
        try canvas.textAlongArc("JOUW ERVARINGEN", style: arcStyle, centre: centre, radius: 22, angle: -.pi / 2)
        try canvas.textAlongArc("Jouw toekomst · ë", style: arcStyle.coloured(purple), centre: centre, radius: 22, angle: .pi / 2)
        try canvas.textAlongArc("AVATAR", style: arcStyle.coloured(orange), centre: centre, radius: 22, angle: 0)
        canvas.fill(.circle(centre: centre, radius: 3), navy)

        // Shapes
        let shapesX = 96.0, shapesY = y + 10
        canvas.figure(alternativeText: "Vormen: een afgeronde rechthoek, een veelhoek, een kromme en een gestippelde lijn.") {
            canvas.fill(.roundedRect(Rect(x: shapesX, y: shapesY, width: 28, height: 20), radius: 3), teal,
                        stroke: Stroke(navy, width: 0.7))
            canvas.fill(.polygon([Point(shapesX + 44, shapesY), Point(shapesX + 56, shapesY + 8), Point(shapesX + 51, shapesY + 20),
                                  Point(shapesX + 37, shapesY + 20), Point(shapesX + 32, shapesY + 8)]), orange)
            canvas.fill(.annularSector(centre: Point(shapesX + 62, shapesY + 10), innerRadius: 5, outerRadius: 10,
                                       from: -.pi / 2, to: .pi / 3), purple)
            canvas.scoped {
                canvas.clip(to: .circle(centre: Point(shapesX + 86, shapesY + 10), radius: 10))
                for stripe in 0..<6 {
                    canvas.fill(.rect(Rect(x: shapesX + 75 + Double(stripe) * 4, y: shapesY, width: 2, height: 20)), navy)
                }
            }
            canvas.stroke(.circle(centre: Point(shapesX + 86, shapesY + 10), radius: 10), Stroke(navy, width: 0.35))
            var curve = Path()
            curve.move(to: Point(shapesX, shapesY + 34))
            curve.curve(to: Point(shapesX + 96, shapesY + 34), control1: Point(shapesX + 25, shapesY + 18),
                        control2: Point(shapesX + 70, shapesY + 50))
            canvas.stroke(curve, Stroke(purple, width: 0.7))
            canvas.stroke(.line(from: Point(shapesX, shapesY + 50), to: Point(shapesX + 96, shapesY + 50)),
                          Stroke(ink, width: 0.35, dash: [2, 1.5]))
        }

        // Image and link
        y += 74
        try canvas.tagged(.heading2) { try canvas.text("Afbeelding en link", style: heading, at: Point(margin, y)) }
        y += 8
        let imageBox = Rect(x: margin, y: y, width: 48, height: 32)
        canvas.stroke(.rect(imageBox.inset(by: -1)), Stroke(tint, width: 0.35))
        try canvas.figure(alternativeText: "Een groene stip op een lichtblauw vlak.") {
            try canvas.image(pngAt: imagePath, in: imageBox)
        }
        try canvas.tagged(.paragraph) {
            try canvas.link(to: linkURL) {
                try canvas.text(linkURL, style: body.coloured(teal), at: Point(margin + 56, y + 2))
            }
        }
        canvas.scoped {
            canvas.rotate(by: -.pi / 12, around: Point(margin + 130, y + 20))
            canvas.fill(.roundedRect(Rect(x: margin + 110, y: y + 14, width: 40, height: 12), radius: 3), orange)
        }
        try canvas.scoped {
            canvas.rotate(by: -.pi / 12, around: Point(margin + 130, y + 20))
            try canvas.text("gedraaid", style: body.weighted(.bold).coloured(.white).aligned(.centre),
                            in: Rect(x: margin + 110, y: y + 14, width: 40, height: 12), vertical: .middle)
        }
    }
}
