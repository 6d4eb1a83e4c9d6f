import Foundation
import TestSupport
import Testing

/// `materialen --version` prints the version written in Version.swift, and nothing else.
@Suite struct VersionTests {
    @Test func itPrintsTheVersionOfVersionSwift() throws {
        let source = try String(contentsOf: Repository.root.appendingPathComponent("Sources/materialen/Version.swift"), encoding: .utf8)
        let written = try #require(source.firstMatch(of: /current = "([0-9]+\.[0-9]+\.[0-9]+)"/)?.1)
        let result = try Repository.materialen(["--version"])
        #expect(result.status == 0)
        #expect(result.output == "\(written)\n")
    }
}
