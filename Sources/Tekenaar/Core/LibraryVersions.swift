import CCairo

/// The cairo and Pango versions this process runs with, against the ones the materials were
/// tested with. Another version usually works, but the PDF post-processing and the exact output
/// depend on what cairo writes, so the front-ends print `warning()` once at start-up.
public enum LibraryVersions {
    /// A library version as `major.minor.micro`.
    public struct Version: Sendable, Hashable, Comparable, CustomStringConvertible {
        public let major: Int
        public let minor: Int
        public let micro: Int

        public init(major: Int, minor: Int, micro: Int) {
            self.major = major; self.minor = minor; self.micro = micro
        }

        /// Decodes cairo's and Pango's encoding, `major * 10000 + minor * 100 + micro`.
        public init(encoded: Int) {
            self.init(major: encoded / 10_000, minor: encoded / 100 % 100, micro: encoded % 100)
        }

        public var description: String { "\(major).\(minor).\(micro)" }

        public static func < (lhs: Version, rhs: Version) -> Bool {
            (lhs.major, lhs.minor, lhs.micro) < (rhs.major, rhs.minor, rhs.micro)
        }
    }

    /// The cairo the process loaded (not the headers it was built with).
    public static var cairo: Version { Version(encoded: Int(cairo_version())) }
    /// The Pango the process loaded.
    public static var pango: Version { Version(encoded: Int(pango_version())) }

    /// The series the output was tested with: any micro version of cairo 1.16 and Pango 1.50.
    public static let testedCairo = (major: 1, minor: 16)
    public static let testedPango = (major: 1, minor: 50)

    /// A one-line English warning when cairo or Pango is outside the tested series, nil when both
    /// are inside it. Not an error: the output is still produced.
    public static func warning() -> String? {
        warning(cairo: cairo, pango: pango)
    }

    /// `warning()` for given versions (so each case can be tested on one machine).
    public static func warning(cairo: Version, pango: Version) -> String? {
        var outside: [String] = []
        if (cairo.major, cairo.minor) != testedCairo {
            outside.append("cairo \(cairo) (tested: \(testedCairo.major).\(testedCairo.minor).x)")
        }
        if (pango.major, pango.minor) != testedPango {
            outside.append("Pango \(pango) (tested: \(testedPango.major).\(testedPango.minor).x)")
        }
        guard !outside.isEmpty else { return nil }
        return "warning: untested library version: " + outside.joined(separator: " and ")
            + "; the output may differ from what was checked"
    }
}
