import Foundation
import Inhoud

/// File names for batch output: `{date}_{name-slug}_{material}.pdf`, sorting by date in a folder
/// listing, or `{date}_{kenmerk-slug}_{material}.pdf` when the row has a kenmerk: then no client's
/// name is in a file name, where folder listings, mail attachments and backups would show it. Names are built only from the ISO date, a slug of lowercase ASCII letters, digits and
/// `-`, and the material's name, so no client's name can lead outside the output folder (`/`, `..`)
/// or make a name the file system refuses.
public enum BatchFileName {
    /// The longest slug kept, well inside the file systems' 255-byte limit for a name.
    public static let maximumSlugLength = 60

    /// `"Anna Ëlsa de Vries-Çelik"` → `"anna-elsa-de-vries-celik"`: transliterated to Latin, diacritics
    /// folded, lowercased; every run of anything else becomes one `-`. Empty when nothing is left.
    public static func slug(_ text: String) -> String {
        let latin = foldedLatin(text)
            ?? text.applyingTransform(StringTransform("Any-Latin; Latin-ASCII; Lower"), reverse: false)
            ?? text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = ""
        var pendingDash = false
        for scalar in latin.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        guard slug.count > maximumSlugLength else { return slug }
        // Cut at a word boundary when there is one in the second half.
        let cut = String(slug.prefix(maximumSlugLength))
        if let dash = cut.lastIndex(of: "-"), cut.distance(from: cut.startIndex, to: dash) > maximumSlugLength / 2 {
            return String(cut[..<dash])
        }
        return cut
    }

    /// The common case without ICU (whose transliterator is slow, and a
    /// batch names every row): ASCII, and Latin letters that decompose into an ASCII letter and
    /// combining accents (ë, Ç, ğ, Š, ć …), lowercased. Nil for anything else (ß, ı, Ø, other
    /// scripts), which the full transform then handles; for the letters it does handle, it gives what
    /// "Any-Latin; Latin-ASCII; Lower" gives (a test checks every such letter).
    static func foldedLatin(_ text: String) -> String? {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                result.append(scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar)
                continue
            }
            guard (0x00C0...0x024F).contains(scalar.value) else { return nil }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            guard let base = decomposed.first, base.isASCII, base.properties.isAlphabetic,
                  decomposed.dropFirst().allSatisfy({ (0x0300...0x036F).contains($0.value) }), decomposed.count > 1
            else { return nil }
            result.append(base.properties.lowercaseMapping.unicodeScalars.first ?? base)
        }
        return String(result)
    }

    /// The name of one client's file, before duplicates are told apart: the kenmerk's slug when
    /// there is one, else the name's.
    static func base(_ appointment: Appointment, material: String) -> String {
        let identifier = [appointment.reference, appointment.name].compactMap { $0.map(slug) }.first { !$0.isEmpty }
        return [appointment.date?.iso, identifier ?? "client", material].compactMap { $0 }.joined(separator: "_")
    }

    /// The name of one client's document made on its own (a web page's download):
    /// `2026-12-03_anna-de-vries_werkblad.pdf`, as the same client's file in a batch is named.
    public static func name(for appointment: Appointment, material: Material, extension fileExtension: String = "pdf") -> String {
        "\(base(appointment, material: material.fileStem)).\(fileExtension)"
    }

    /// One file name per row, in row order; the second and later rows with the same name get
    /// `-2`, `-3`, … so no row overwrites another.
    public static func names(for rows: [ClientRow], material: String, extension fileExtension: String = "pdf") -> [String] {
        var used: Set<String> = []
        return rows.map { row in
            let base = base(row.appointment, material: material)
            var name = "\(base).\(fileExtension)"
            var counter = 2
            while used.contains(name) {
                name = "\(base)-\(counter).\(fileExtension)"
                counter += 1
            }
            used.insert(name)
            return name
        }
    }
}
