import Foundation
import Tekenaar
import TestSupport
import Testing

/// What happens when something is asked of Tekenaar that it cannot do: each case must give a
/// clear error and leave no file behind.
@Suite struct ErrorPathTests {
    func onePage(_ draw: @escaping (Canvas) throws -> Void) -> Document {
        Document(info: DocumentInfo(title: "test"), pages: [Page(size: .a5, draw: draw)])
    }

    @Test(arguments: [
        ("Comic Sans MS", FontWeight.regular, false),  // a family that is not bundled
        ("Andika", .black, false),                     // a weight that is not bundled
        ("Lato", .regular, true),                      // a style that is not bundled
        ("Comic Neue", .regular, false),               // no longer bundled: two typefaces only
    ])
    func fontThatIsNotBundledIsAnError(family: String, weight: FontWeight, italic: Bool) throws {
        let style = TextStyle(family: family, weight: weight, italic: italic, size: 12)
        let directory = try Repository.temporaryDirectory("font")
        let path = directory.appendingPathComponent("out.pdf").path
        do {
            let rendered = try Repository.renderer().render(onePage { try $0.text("Hallo", style: style, at: Point(10, 10)) }, as: .pdf)
            try FileOutput.write(rendered, to: path)
            Issue.record("rendering with \(family) should have failed")
        } catch let error as TekenaarError {
            guard case let .fontNotBundled(requested, available) = error else {
                Issue.record("wrong error: \(error)"); return
            }
            #expect(requested.contains(family))
            #expect(available.contains("Andika Regular"))
            #expect(error.description.contains("is not bundled"))
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func bundledFacesAreTheOnlyOnes() throws {
        let fonts = try FontLibrary(directory: Repository.fonts)
        #expect(fonts.families == ["Andika", "Lato"])
        #expect(fonts.faces.count == 7)
        #expect(throws: TekenaarError.self) { try fonts.face(family: "DejaVu Sans", weight: .regular, italic: false) }
        #expect(try fonts.face(family: "lato", weight: .black, italic: false).file.hasSuffix("Lato-Black.ttf"))
    }

    @Test func charactersNoBundledFontHasAreAnError() throws {
        let style = TextStyle(family: "Andika", size: 12)
        #expect {
            _ = try Repository.renderer().render(onePage { try $0.text("Gezien 漢字", style: style, at: Point(10, 10)) }, as: .pdf)
        } throws: { error in
            guard case let .missingGlyphs(_, count)? = error as? TekenaarError else { return false }
            return count == 2
        }
    }

    @Test func emptyOrMissingFontFolderIsAnError() throws {
        let empty = try Repository.temporaryDirectory("nofonts")
        #expect(throws: TekenaarError.noFonts(directory: empty.path)) { try FontLibrary(directory: empty.path) }
        #expect {
            try FontLibrary(directory: empty.appendingPathComponent("absent").path)
        } throws: { error in
            (error as? TekenaarError)?.description.contains("cannot read the fonts folder") == true
        }
    }

    @Test func unwritablePathFailsAndLeavesNothing() throws {
        let rendered = try Repository.renderer().render(onePage { _ in }, as: .pdf)
        let missingFolder = try Repository.temporaryDirectory("write").appendingPathComponent("nope/out.pdf").path
        #expect {
            try FileOutput.write(rendered, to: missingFolder)
        } throws: { error in
            (error as? TekenaarError)?.description.contains("does not exist") == true
        }
        // A folder without write permission (root may write anywhere, so use a path under a file).
        let directory = try Repository.temporaryDirectory("write")
        let file = directory.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        #expect(throws: TekenaarError.self) { try FileOutput.write(rendered, to: file.appendingPathComponent("out.pdf").path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["a-file"])
    }

    @Test func badDrawingSurfacesAsCairoError() throws {
        #expect {
            _ = try Repository.renderer().render(onePage { canvas in
                canvas.scale(by: 0)
                canvas.fill(.circle(centre: Point(10, 10), radius: 5), .black)
            }, as: .pdf)
        } throws: { error in
            guard case let .cairo(status, _)? = error as? TekenaarError else { return false }
            return status.contains("invalid matrix")
        }
    }

    @Test func badImageIsAnError() throws {
        let directory = try Repository.temporaryDirectory("image")
        let notPNG = directory.appendingPathComponent("logo.png")
        try Data("not a png".utf8).write(to: notPNG)
        for path in [notPNG.path, directory.appendingPathComponent("missing.png").path] {
            #expect {
                _ = try Repository.renderer().render(onePage { try $0.image(pngAt: path, in: Rect(x: 0, y: 0, width: 10, height: 10)) }, as: .pdf)
            } throws: { error in
                guard case let .image(failedPath, _)? = error as? TekenaarError else { return false }
                return failedPath == path
            }
        }
    }

    @Test func badMarkupIsAnError() throws {
        #expect {
            _ = try Repository.renderer().render(onePage {
                try $0.text("<b>open", style: TextStyle(family: "Andika", size: 12), at: Point(0, 0), markup: true)
            }, as: .pdf)
        } throws: { error in
            if case .invalidMarkup? = error as? TekenaarError { return true }
            return false
        }
    }

    @Test func invalidColoursAreRejected() {
        for value in ["", "#12", "#GGGGGG", "123456789", "#1234567"] {
            #expect(throws: TekenaarError.invalidColour(value)) { try Colour(hex: value) }
        }
    }

    @Test func multiPageSVGNeedsPagePlaceholder() throws {
        let document = Document(info: DocumentInfo(title: "twee"), pages: [Page(size: .a5) { _ in }, Page(size: .a5) { _ in }])
        let rendered = try Repository.renderer().render(document, as: .svg)
        let directory = try Repository.temporaryDirectory("pages")
        #expect {
            try FileOutput.write(rendered, to: directory.appendingPathComponent("brief.svg").path)
        } throws: { error in
            (error as? TekenaarError)?.description.contains("brief-{p}.svg") == true
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        let written = try FileOutput.write(rendered, to: directory.appendingPathComponent("brief-{p}.svg").path)
        #expect(written.map { URL(fileURLWithPath: $0).lastPathComponent } == ["brief-1.svg", "brief-2.svg"])
    }

    @Test func unknownExtensionIsAnError() {
        #expect(throws: TekenaarError.unsupportedFormat(path: "kompas.jpg")) { try OutputFormat(path: "kompas.jpg") }
        #expect(throws: TekenaarError.self) { try OutputFormat(path: "kompas") }
    }

    @Test func emptyDocumentIsAnError() {
        #expect(throws: TekenaarError.self) {
            _ = try Repository.renderer().render(Document(info: DocumentInfo(title: "leeg"), pages: []), as: .pdf)
        }
    }
}
