import Foundation
import Inhoud
import TestSupport
import Testing

/// `materialen terugkoppeling`: the sheet or the bouwstenen from a notes file or stdin; errors that
/// name file, line and field, and nothing written then.
@Suite struct TerugkoppelingCommandTests {
    static let example = Repository.root.appendingPathComponent("Examples/gesprek.yaml").path

    @Test func writesTheSheetAndTheBouwstenen() throws {
        let directory = try Repository.temporaryDirectory("terugkoppeling")
        let pdf = try Repository.materialen(["terugkoppeling", "--notes", Self.example, "-o", "t.pdf"], in: directory)
        #expect(pdf.status == 0, "\(pdf.error)")
        let text = try Tools.pdfText(directory.appendingPathComponent("t.pdf").path)
        #expect(text.contains("Wat we besproken hebben") && !text.contains("omstandigheden"))
        // Without verzonden in the notes the sheet is sent today.
        #expect(text.contains("Verzonden op \(CalendarDate.today().dutch)"))
        for (file, heading) in [("b.txt", "\nWensen voor de toekomst\n\n“Ik"), ("b.md", "### Wensen voor de toekomst")] {
            let result = try Repository.materialen(["terugkoppeling", "--notes", Self.example, "-o", file], in: directory)
            #expect(result.status == 0, "\(result.error)")
            let written = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            #expect(written.contains(heading) && written.contains("Ik wil in de zorg blijven werken."))
            #expect(!written.contains("omstandigheden") && !written.contains("privé"))
        }
    }

    /// Without `verzonden` the sheet is sent today but the bouwstenen do not say when the client got
    /// it; with it, both use it.
    @Test func theBouwstenenTakeTheDaySentOnlyFromTheNotes() throws {
        let directory = try Repository.temporaryDirectory("terugkoppeling-verzonden")
        let without = try Repository.materialen(["terugkoppeling", "--notes", Self.example, "-o", "b.txt"], in: directory)
        #expect(without.status == 0 && without.error.isEmpty, "\(without.error)")
        let plain = try String(contentsOf: directory.appendingPathComponent("b.txt"), encoding: .utf8)
        #expect(plain.contains("de eigen woorden van werknemer weer.\n") && !plain.contains("teruggekoppeld"))
        #expect(plain.contains("\nReactie werknemer\n\n(nog) geen\n"))
        let notes = directory.appendingPathComponent("gesprek.yaml")
        let example = try String(contentsOfFile: Self.example, encoding: .utf8)
        try Data(example.replacingOccurrences(of: "# verzonden: 2026-12-04", with: "verzonden: 2026-12-04").utf8).write(to: notes)
        let with = try Repository.materialen(["terugkoppeling", "--notes", "gesprek.yaml", "-o", "c.txt"], in: directory)
        #expect(with.status == 0, "\(with.error)")
        let sent = try String(contentsOf: directory.appendingPathComponent("c.txt"), encoding: .utf8)
        #expect(sent.contains("Op 4 december 2026 is deze tekst aan werknemer teruggekoppeld, met de gelegenheid om tot en "
                              + "met 18 december 2026 te reageren."))
    }

    /// A health word in what goes to the report is a warning naming the part and the sentence; the
    /// file is written all the same.
    @Test func aHealthWordIsAWarningThatStopsNothing() throws {
        let directory = try Repository.temporaryDirectory("terugkoppeling-gezondheid")
        let notes = directory.appendingPathComponent("gesprek.yaml")
        try Data("""
            naam: Anna
            datum: 3-12-2026
            arbeidsdeskundige: Noor
            behoeften: |
              Minder uren. Sinds maart heb ik last van mijn onderrug.
            """.utf8).write(to: notes)
        for file in ["t.pdf", "b.txt"] {
            let result = try Repository.materialen(["terugkoppeling", "--notes", "gesprek.yaml", "-o", file], in: directory)
            #expect(result.status == 0, "\(result.error)")
            #expect(result.error.contains("materialen: warning: gesprek.yaml: behoeften: 'onderrug' in \"Sinds maart heb ik "
                                          + "last van mijn onderrug.\": health details"), "\(result.error)")
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent(file).path))
        }
    }

    @Test func readsTheNotesFromStandardInput() throws {
        let directory = try Repository.temporaryDirectory("terugkoppeling-stdin")
        let command = "'\(Repository.executable)' terugkoppeling --notes - -o b.txt < '\(Self.example)'"
        let result = try Tools.execute("/bin/sh", ["-c", command], currentDirectory: directory)
        #expect(result.status == 0, "\(result.error)")
        let written = try String(contentsOf: directory.appendingPathComponent("b.txt"), encoding: .utf8)
        #expect(written.hasPrefix("Controleer vóór plakken") && written.contains("\nNaam: Anna de Vries\n"))
    }

    @Test func invalidNotesNameFileLineAndFieldAndWriteNothing() throws {
        let directory = try Repository.temporaryDirectory("terugkoppeling-bad")
        let notes = directory.appendingPathComponent("gesprek.yaml")
        try Data("naam: Anna\ndatum: 3-12-2026\narbeidsdeskundige: Noor\nbehoefte: rust\n".utf8).write(to: notes)
        let result = try Repository.materialen(["terugkoppeling", "--notes", "gesprek.yaml", "-o", "t.pdf"], in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains("gesprek.yaml:4: behoefte: unknown field 'behoefte'. Did you mean 'behoeften'?"),
                "\(result.error)")
        #expect(result.error.contains("gesprek.yaml:1: (top level): none of ervaringen, behoeften and toekomst"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["gesprek.yaml"])
        let missing = try Repository.materialen(["terugkoppeling", "--notes", "nope.yaml", "-o", "t.pdf"], in: directory)
        #expect(missing.status != 0 && missing.error.contains("nope.yaml: file not found. Check the path given to --notes."))
        let docx = try Repository.materialen(["terugkoppeling", "--notes", "gesprek.yaml", "-o", "t.docx"], in: directory)
        #expect(docx.status != 0 && docx.error.contains(".txt or .md for the bouwstenen"))
    }
}
