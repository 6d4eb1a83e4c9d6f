import CCairo
import Foundation

/// The bundled fonts, registered in a private fontconfig configuration so that Pango never sees
/// the machine's own fonts. Building one costs a few milliseconds, so a renderer makes it once and
/// every document it draws reuses it. Pango font maps are not thread-safe: one library per worker.
public final class FontLibrary {
    /// The faces found in the fonts folder, in file-name order.
    public let faces: [FontFace]
    /// The folder the fonts were read from.
    public let directory: String

    let fontMap: UnsafeMutablePointer<PangoFontMap>
    /// The faces already checked by `verify`: family (lower-cased), weight and slant.
    private struct VerifiedFace: Hashable {
        var family: String
        var weight: FontWeight
        var italic: Bool
    }
    private var verifiedStyles: Set<VerifiedFace> = []

    /// Registers every `.ttf`/`.otf` file in `directory`. Files are registered in sorted order, and
    /// fontconfig falls back to the first for characters another face lacks.
    public init(directory: String) throws(TekenaarError) {
        self.directory = directory
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .fontSetup("cannot read the fonts folder \(directory): \(error.localizedDescription)")
        }
        let files = names.filter { $0.lowercased().hasSuffix(".ttf") || $0.lowercased().hasSuffix(".otf") }.sorted()
        guard !files.isEmpty else { throw .noFonts(directory: directory) }

        guard let config = FcConfigCreate() else { throw .fontSetup("fontconfig could not create a configuration") }
        defer { FcConfigDestroy(config) }  // Pango keeps its own reference.
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file)
            guard FcConfigAppFontAddFile(config, path) == FcTrue else {
                throw .fontSetup("fontconfig cannot read the font file \(path)")
            }
        }
        faces = Self.faces(in: config)
        Self.withoutSystemFonts()
        guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            throw .fontSetup("Pango could not create a font map")
        }
        pango_fc_font_map_set_config(OpaquePointer(map), config)
        // 72 dpi: one Pango point is one PDF point.
        pango_cairo_font_map_set_resolution(OpaquePointer(map), 72)
        fontMap = map
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// Makes an empty configuration fontconfig's process-wide default, once, before the first Pango
    /// font map exists. Pango's font map calls `FcInit` (on a thread of its own), which otherwise
    /// reads every configuration file and font cache of the machine, a large share of a one-page
    /// run (see BENCHMARKS.md), for fonts this program never uses (it uses `config` above).
    private static func withoutSystemFonts() { _ = emptyDefault }
    private static let emptyDefault: Bool = {
        guard let empty = FcConfigCreate() else { return false }
        defer { FcConfigDestroy(empty) }  // the default keeps its own reference
        return FcConfigSetCurrent(empty) == FcTrue
    }()

    /// The family names, without duplicates, as a user would write them in a style.
    public var families: [String] {
        var seen: [String] = []
        for face in faces where !seen.contains(face.families[0]) { seen.append(face.families[0]) }
        return seen
    }

    /// The face that serves a request, or an error listing what is bundled.
    public func face(family: String, weight: FontWeight, italic: Bool) throws(TekenaarError) -> FontFace {
        if let face = faces.first(where: { $0.matches(family: family, weight: weight, italic: italic) }) {
            return face
        }
        let requested = "\(family) \(weight)\(italic ? " Italic" : "")"
        throw .fontNotBundled(requested: requested, available: faces.map(\.description))
    }

    /// Checks once per style that the face is bundled and that Pango really resolves the request to
    /// that file: fontconfig silently substitutes the nearest face otherwise.
    func verify(_ style: TextStyle, context: OpaquePointer) throws(TekenaarError) {
        let key = VerifiedFace(family: style.family.lowercased(), weight: style.weight, italic: style.italic)
        if verifiedStyles.contains(key) { return }
        let face = try face(family: style.family, weight: style.weight, italic: style.italic)
        let description = style.fontDescription()
        defer { pango_font_description_free(description) }
        guard let font = pango_font_map_load_font(fontMap, context, description) else {
            throw .fontSetup("Pango could not load \(face)")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(font)) }
        let fcFont = UnsafeMutableRawPointer(font).assumingMemoryBound(to: PangoFcFont.self)
        guard let pattern = pango_fc_font_get_pattern(fcFont) else {
            throw .fontSetup("Pango gave no font pattern for \(face)")
        }
        var value: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(pattern, FC_FILE, 0, &value) == FcResultMatch, let value else {
            throw .fontSetup("fontconfig gave no file for \(face)")
        }
        let resolved = String(cString: UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self))
        guard resolved == face.file else {
            throw .fontSetup("\(face) resolved to \(resolved) instead of \(face.file)")
        }
        verifiedStyles.insert(key)
    }

    private static func faces(in config: OpaquePointer) -> [FontFace] {
        guard let set = FcConfigGetFonts(config, FcSetApplication) else { return [] }
        var result: [FontFace] = []
        for index in 0..<Int(set.pointee.nfont) {
            guard let pattern = set.pointee.fonts[index] else { continue }
            var families: [String] = []
            var familyIndex: Int32 = 0
            var value: UnsafeMutablePointer<FcChar8>?
            while FcPatternGetString(pattern, FC_FAMILY, familyIndex, &value) == FcResultMatch, let name = value {
                families.append(String(cString: UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self)))
                familyIndex += 1
            }
            var file = ""
            if FcPatternGetString(pattern, FC_FILE, 0, &value) == FcResultMatch, let path = value {
                file = String(cString: UnsafeRawPointer(path).assumingMemoryBound(to: CChar.self))
            }
            var weight: Int32 = Int32(FC_WEIGHT_REGULAR)
            _ = FcPatternGetInteger(pattern, FC_WEIGHT, 0, &weight)
            var slant: Int32 = Int32(FC_SLANT_ROMAN)
            _ = FcPatternGetInteger(pattern, FC_SLANT, 0, &slant)
            guard !families.isEmpty else { continue }
            result.append(FontFace(
                families: families,
                weight: Int(FcWeightToOpenType(weight)),
                italic: slant != Int32(FC_SLANT_ROMAN),
                file: file))
        }
        return result.sorted { $0.file < $1.file }
    }
}
