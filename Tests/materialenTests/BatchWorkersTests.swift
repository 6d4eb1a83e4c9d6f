import Foundation
import TestSupport
import Testing

/// `--jobs`: a batch rendered on several workers writes exactly the bytes of a one-worker run, and
/// reports its warnings in row order; `--merge` streams its PDF into the file and stays valid.
@Suite struct BatchWorkersTests {
    /// Rows whose names differ in length and script, so workers finish them out of order.
    static let csv = "naam,datum,arbeidsdeskundige,onderwerpen\n"
        + "Anouk van der Meulen-Çelik,2026-12-01,mr. drs. J. de Wit,Wat ik nog kan in mijn werk\n"
        + "Eefje Boerë,2026-12-02,R. Oğuz,\n"
        + "Daniël de Vries,2026-12-03,drs. M. Hoekstra,\"Mijn rug, en het reizen\"\n"
        + "Zoë Bakker-Öztürk,2026-12-04,E. Ruïz-Verbeek,\n"
        + "Ömer Šimić,2026-12-05,A. Peeters,Hoe ik weer aan het werk kom\n"
        + "Inês Smits-Gonçalves,2026-12-06,mr. drs. J. de Wit,\n"
        + "\(String(repeating: "Heel Lange Achternaam ", count: 6)),2026-12-07,R. Oğuz,\n"
        + "Ruben IJzerman,2026-12-08,drs. M. Hoekstra,\(String(repeating: "Heel veel te bespreken. ", count: 40))\n"

    @Test func manyWorkersWriteTheBytesOfOne() throws {
        let directory = try Repository.temporaryDirectory("jobs")
        try Self.csv.write(to: directory.appendingPathComponent("clients.csv"), atomically: true, encoding: .utf8)
        let one = try Repository.materialen(["werkblad", "--clients", "clients.csv", "-o", "een", "--jobs", "1"], in: directory)
        #expect(one.status == 0, "\(one.error)")
        let three = try Repository.materialen(["werkblad", "--clients", "clients.csv", "-o", "drie", "--jobs", "3"], in: directory)
        #expect(three.status == 0, "\(three.error)")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("een").path).sorted()
        #expect(names.count == 8)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("drie").path).sorted() == names)
        for name in names {
            let a = try Data(contentsOf: directory.appendingPathComponent("een/\(name)"))
            let b = try Data(contentsOf: directory.appendingPathComponent("drie/\(name)"))
            #expect(a == b, "\(name) differs between --jobs 1 and --jobs 3")
        }
        // Warnings (the long topics, the long name) and "wrote" lines come in row order either way.
        #expect(one.error == three.error)
        #expect(one.error.contains("clients.csv:9"), "\(one.error)")
        #expect(one.output.replacingOccurrences(of: "/een/", with: "/drie/") == three.output)
    }

    /// 40 clients: two parts of 32 and 8 pages, drawn by two workers, joined in row order.
    @Test func aMergedPDFOfSeveralPartsIsTheSameOnOneOrTwoWorkers() throws {
        let directory = try Repository.temporaryDirectory("jobs-merge-parts")
        let lines = (1...40).map { "Cliënt \($0) van Dijk,2026-12-\(String(format: "%02d", 1 + $0 % 28)),mr. drs. J. de Wit,\n" }
        try ("naam,datum,arbeidsdeskundige,onderwerpen\n" + lines.joined())
            .write(to: directory.appendingPathComponent("veel.csv"), atomically: true, encoding: .utf8)
        let one = try Repository.materialen(["werkblad", "--clients", "veel.csv", "--merge", "-o", "een.pdf", "--jobs", "1"], in: directory)
        #expect(one.status == 0, "\(one.error)")
        let two = try Repository.materialen(["werkblad", "--clients", "veel.csv", "--merge", "-o", "twee.pdf", "--jobs", "2"], in: directory)
        #expect(two.status == 0, "\(two.error)")
        let a = try Data(contentsOf: directory.appendingPathComponent("een.pdf"))
        let b = try Data(contentsOf: directory.appendingPathComponent("twee.pdf"))
        #expect(a == b, "the merged PDF differs between --jobs 1 and --jobs 2")
        let path = directory.appendingPathComponent("twee.pdf").path
        let info = try Tools.run("pdfinfo", [path])
        #expect(info.contains("Pages:           40") && info.contains("Tagged:          yes"))
        let check = try Tools.run("qpdf", ["--check", path], allowFailure: true)
        #expect(check.contains("No syntax or stream encoding errors") && !check.contains("WARNING"), "\(check)")
        for page in [1, 32, 33, 40] {
            let text = try Tools.run("pdftotext", ["-f", "\(page)", "-l", "\(page)", path, "-"])
            #expect(text.contains("Cliënt \(page) van Dijk"), "page \(page)")
        }
        // One bookmark per client, by name, in row order across the parts.
        let json = try Tools.run("qpdf", ["--json=2", "--json-key=outlines", path])
        let outlines = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["outlines"] as? [[String: Any]])
        #expect(outlines.compactMap { $0["title"] as? String } == (1...40).map { "Cliënt \($0) van Dijk · Werkblad · Gezien & Gehoord" })
    }

    @Test func anUnwritableMergedPDFNamesTheFileAndLeavesNothing() throws {
        let directory = try Repository.temporaryDirectory("jobs-merge-unwritable")
        try Self.csv.write(to: directory.appendingPathComponent("clients.csv"), atomically: true, encoding: .utf8)
        try Data().write(to: directory.appendingPathComponent("bestand"))
        let result = try Repository.materialen(["werkblad", "--clients", "clients.csv", "--merge", "-o", "bestand/alle.pdf"],
                                               in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains("cannot write") && result.error.contains("bestand/alle.pdf"), "\(result.error)")
        #expect(!result.error.contains(".partial"), "\(result.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["bestand", "clients.csv"])
    }

    @Test func mergedPDFIsStreamedAndStaysTaggedAndValid() throws {
        let directory = try Repository.temporaryDirectory("jobs-merge")
        try Self.csv.write(to: directory.appendingPathComponent("clients.csv"), atomically: true, encoding: .utf8)
        let result = try Repository.materialen(["werkblad", "--clients", "clients.csv", "--merge", "-o", "alle.pdf"], in: directory)
        #expect(result.status == 0, "\(result.error)")
        let merged = directory.appendingPathComponent("alle.pdf")
        let info = try Tools.run("pdfinfo", [merged.path])
        #expect(info.contains("Pages:           8"))
        #expect(info.contains("Tagged:          yes"))
        let check = try Tools.run("qpdf", ["--check", merged.path], allowFailure: true)
        #expect(check.contains("No syntax or stream encoding errors"), "\(check)")
        let catalog = try Tools.run("qpdf", ["--show-object=trailer", merged.path])
        #expect(catalog.contains("/Root"))
        // The catalog and the structure tree are in compressed object streams: read them through qpdf.
        let uncompressed = try Tools.run("qpdf", ["--qdf", "--object-streams=disable", merged.path, "-"])
        #expect(uncompressed.contains("/Lang (nl-NL)"))
        #expect(uncompressed.contains("/Alt"))
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }.isEmpty)
    }

    /// File names fold accented Latin letters without ICU (it is slow); every letter that path
    /// handles must give the name ICU's "Any-Latin; Latin-ASCII; Lower" gives.
    @Test func accentedLettersFoldAsICUFoldsThem() throws {
        let directory = try Repository.temporaryDirectory("jobs-slug")
        let letters = (0x00C0...0x024F).compactMap(Unicode.Scalar.init).filter { scalar in
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            guard let base = decomposed.first else { return false }
            return decomposed.count > 1 && base.isASCII && base.properties.isAlphabetic
                && decomposed.dropFirst().allSatisfy { (0x0300...0x036F).contains($0.value) }
        }
        #expect(letters.count > 150)
        var csv = "naam,datum\n"
        var expected: [String] = []
        for (index, letter) in letters.enumerated() {
            let name = "Naam \(index) X\(letter)y"
            csv += "\(name),2026-12-01\n"
            let icu = try #require(name.applyingTransform(StringTransform("Any-Latin; Latin-ASCII; Lower"), reverse: false))
            expected.append("2026-12-01_" + icu.replacingOccurrences(of: " ", with: "-") + "_werkblad.pdf")
        }
        try csv.write(to: directory.appendingPathComponent("letters.csv"), atomically: true, encoding: .utf8)
        let result = try Repository.materialen(["werkblad", "--clients", "letters.csv", "-o", "uit", "--quiet"], in: directory)
        #expect(result.status == 0, "\(result.error)")
        let written = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("uit").path)
        #expect(Set(written) == Set(expected))
    }

    @Test func jobsMustBePositiveAndNeedClients() throws {
        let directory = try Repository.temporaryDirectory("jobs-bad")
        try Self.csv.write(to: directory.appendingPathComponent("clients.csv"), atomically: true, encoding: .utf8)
        let zero = try Repository.materialen(["werkblad", "--clients", "clients.csv", "-o", "uit", "--jobs", "0"], in: directory)
        #expect(zero.status != 0)
        #expect(zero.error.contains("--jobs"))
        let single = try Repository.materialen(["werkblad", "-o", "w.pdf", "--jobs", "2"], in: directory)
        #expect(single.status != 0)
        #expect(single.error.contains("--jobs works with --clients"))
    }
}
