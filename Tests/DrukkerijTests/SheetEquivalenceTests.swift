import Drukkerij
import Foundation
import TestSupport
import Testing

/// The office's .xlsx and the CSV variants as Excel and people write them give the files of the
/// equivalent clean CSV, byte for byte: the same letters and werkbladen, under the same names.
@Suite struct SheetEquivalenceTests {
    static func files(_ name: String, _ material: Material, drukkerij: Drukkerij) throws -> [(name: String, data: Data)] {
        let rows = try ClientSheet.parse(try Repository.sheet(name), path: name).validated(for: material)
        let sink = MemoryFileSink()
        try Batch(material: material, rows: rows, letterDate: Fixtures.letterDate).writeEach(with: drukkerij, to: sink)
        return sink.files
    }

    @Test(arguments: [Material.brief, .werkblad])
    func everyVariantGivesTheCleanCSVsFiles(_ material: Material) throws {
        let drukkerij = try Fixtures.drukkerij()
        let expected = try Self.files("schoon.csv", material, drukkerij: drukkerij)
        #expect(expected.count == 6)
        for name in ["afspraken.xlsx", "afspraken-libreoffice.xlsx", "1904.xlsx", "excel-sep.csv", "geschreven.csv", "datums.csv"] {
            let files = try Self.files(name, material, drukkerij: drukkerij)
            #expect(files.map(\.name) == expected.map(\.name), "\(name)")
            for (file, reference) in zip(files, expected) {
                #expect(file.data == reference.data, "\(name): \(file.name) differs from the clean CSV's")
            }
        }
    }
}
