import Testing

@testable import Tekenaar

@Suite struct LibraryVersionsTests {
    typealias Version = LibraryVersions.Version

    @Test func decodesTheLibrariesEncoding() {
        #expect(Version(encoded: 11_600) == Version(major: 1, minor: 16, micro: 0))
        #expect(Version(encoded: 15_012).description == "1.50.12")
        #expect(Version(encoded: 11_802) > Version(encoded: 11_699))
    }

    /// The machine the tests run on has the tested versions (the CI image pins them).
    @Test func theInstalledLibrariesAreTheTestedOnes() {
        #expect(LibraryVersions.cairo.description.hasPrefix("1.16."))
        #expect(LibraryVersions.pango.description.hasPrefix("1.50."))
        #expect(LibraryVersions.warning() == nil)
    }

    @Test func anyMicroVersionOfTheTestedSeriesIsFine() {
        #expect(LibraryVersions.warning(cairo: Version(encoded: 11_608), pango: Version(encoded: 15_000)) == nil)
    }

    @Test func anotherSeriesGivesOneLineNamingIt() throws {
        let newCairo = try #require(LibraryVersions.warning(cairo: Version(encoded: 11_802), pango: Version(encoded: 15_012)))
        #expect(newCairo.contains("cairo 1.18.2") && !newCairo.contains("Pango"))
        #expect(!newCairo.contains("\n"))
        let both = try #require(LibraryVersions.warning(cairo: Version(encoded: 11_410), pango: Version(encoded: 15_204)))
        #expect(both.contains("cairo 1.14.10") && both.contains("Pango 1.52.4"))
        #expect(!both.contains("\n"))
    }
}
