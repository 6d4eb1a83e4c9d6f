import Foundation
import TestSupport
import Testing

/// `--clients afspraken.xlsx` through the built executable: the files of the equivalent clean CSV,
/// refusals that name file, sheet, row and column, and nothing written when a file cannot be read.
@Suite struct CommandLineWorkbookTests {
    static func copy(_ names: [String], to directory: URL) throws {
        for name in names {
            try Repository.sheet(name).write(to: directory.appendingPathComponent(name))
        }
    }

    @Test func anXLSXGivesTheLettersOfTheCleanCSVByteForByte() throws {
        let directory = try Repository.temporaryDirectory("workbook")
        try Self.copy(["afspraken.xlsx", "schoon.csv"], to: directory)
        let workbook = try Repository.materialen(["brief", "--clients", "afspraken.xlsx", "-o", "uit-xlsx", "--quiet"], in: directory)
        #expect(workbook.status == 0, "\(workbook.error)")
        let csv = try Repository.materialen(["brief", "--clients", "schoon.csv", "-o", "uit-csv", "--quiet"], in: directory)
        #expect(csv.status == 0, "\(csv.error)")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("uit-csv").path).sorted()
        #expect(names.count == 6)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("uit-xlsx").path).sorted() == names)
        for name in names {
            let fromWorkbook = try Data(contentsOf: directory.appendingPathComponent("uit-xlsx/\(name)"))
            #expect(fromWorkbook == (try Data(contentsOf: directory.appendingPathComponent("uit-csv/\(name)"))), "\(name)")
        }
    }

    @Test func badRowsAreNamedBySheetRowAndColumnAndNothingIsWritten() throws {
        let directory = try Repository.temporaryDirectory("workbook")
        try Self.copy(["fouten.xlsx"], to: directory)
        let result = try Repository.materialen(["brief", "--clients", "fouten.xlsx", "-o", "uit"], in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains("fouten.xlsx, sheet 'Week 49', row 4, column Datum: \"31-02-2027\" is not a date"),
                "\(result.error)")
        #expect(result.error.contains("fouten.xlsx, sheet 'Week 49', row 8, column Naam: empty"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["fouten.xlsx"])
    }

    @Test(arguments: [("oud.xls", "is an old Excel workbook (.xls, Excel 97–2003)"),
                      ("wachtwoord.xlsx", "is protected with a password"),
                      ("kapot.xlsx", "looks like an Excel workbook (.xlsx) but cannot be read")])
    func aFileThatCannotBeReadSaysWhatToDoAndWritesNothing(_ name: String, _ message: String) throws {
        let directory = try Repository.temporaryDirectory("workbook")
        try Self.copy([name], to: directory)
        let result = try Repository.materialen(["werkblad", "--clients", name, "-o", "uit", "--merge"], in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains("\(name) \(message)"), "\(result.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [name])
    }
}
