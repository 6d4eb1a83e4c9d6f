import Drukkerij
import Foundation
import Inhoud
import Tekenaar
import TestSupport
import Testing

/// The command-line contract, tested by running the built executable.
@Suite struct CommandLineTests {
    @Test(arguments: ["kompas", "werkblad", "strip", "brief", "terugkoppeling", "alles", "serve"])
    func everySubcommandHasHelp(subcommand: String) throws {
        let result = try Repository.materialen([subcommand, "--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("USAGE: materialen \(subcommand)"))
        #expect(result.output.contains("--content"))
    }

    /// The command line is a front-end of Drukkerij: it writes the bytes Drukkerij renders in
    /// process (the web page gets them too).
    @Test func theCommandLineWritesTheBytesDrukkerijRenders() throws {
        let directory = try Repository.temporaryDirectory("cli")
        let drukkerij = Drukkerij(inhoud: try Inhoud.loadDefault(),
                                  renderers: try RendererPool(fontsDirectory: Repository.fonts, capacity: 1))
        let date = try #require(CalendarDate(year: 2026, month: 12, day: 3))
        let cases: [([String], String, DocumentRequest)] = [
            (["werkblad", "--client", "Anna Ëlsa", "--date", "3-12-2026", "--expert", "Noor", "--topics", "Minder uren werken"], "w.pdf",
             .werkblad(Appointment(name: "Anna Ëlsa", date: date, expert: "Noor", topics: "Minder uren werken"))),
            (["kompas", "--paper", "a4", "--cut-line"], "k.pdf", .kompas(.init(paper: .a4, cutLine: true))),
            (["strip", "--layout", "grid", "--width", "120"], "s.svg", .strip(.init(arrangement: .grid, width: 120))),
        ]
        for (arguments, file, request) in cases {
            let result = try Repository.materialen(arguments + ["-o", file], in: directory)
            #expect(result.status == 0, "\(result.error)")
            let written = try Data(contentsOf: directory.appendingPathComponent(file))
            #expect(written == (try drukkerij.render(request, as: try OutputFormat(path: file)).files.first), "\(arguments[0])")
        }
    }

    @Test func werkbladIsWrittenFromAnyWorkingDirectory() throws {
        let directory = try Repository.temporaryDirectory("cli")
        let result = try Repository.materialen(["werkblad", "-o", "w.pdf", "--client", "Anna Ëlsa"], in: directory)
        #expect(result.status == 0, "\(result.error)")
        let text = try Tools.run("pdftotext", ["-enc", "UTF-8", directory.appendingPathComponent("w.pdf").path, "-"])
        #expect(text.contains("Anna Ëlsa"))
    }

    #if os(Linux)
    /// cairo asks zlib for its default level; CZlibLevel, linked through Drukkerij, makes that level 1 (fastest).
    /// zlib writes the level into each stream's header: 0x78 0x01 for level 1, 0x78 0x9C for level 6.
    @Test func everyStreamOfAWerkbladIsCompressedAtTheFastestLevel() throws {
        let directory = try Repository.temporaryDirectory("cli")
        let result = try Repository.materialen(["werkblad", "-o", "w.pdf", "--client", "Anna Ëlsa"], in: directory)
        #expect(result.status == 0, "\(result.error)")
        let headers = PDFStreams.zlibHeaders([UInt8](try Data(contentsOf: directory.appendingPathComponent("w.pdf"))))
        // Page content, three font files and their ToUnicode maps, object stream, cross-reference stream.
        #expect(headers.count >= 8)
        #expect(headers.allSatisfy { $0 == [0x78, 0x01] }, "zlib headers: \(headers)")
    }
    #endif

    @Test func invalidContentFailsClearlyAndWritesNothing() throws {
        let directory = try Repository.temporaryDirectory("cli")
        let content = directory.appendingPathComponent("inhoud.yaml")
        try Data("onderwerpen:\n  - id: behoeften\n    vragen: []\n".utf8).write(to: content)
        let result = try Repository.materialen(["werkblad", "-o", "w.pdf", "--content", content.path], in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains("inhoud.yaml:3"), "\(result.error)")
        #expect(result.error.contains("behoeften"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["inhoud.yaml"])
    }

    @Test func missingContentFileIsAClearError() throws {
        let result = try Repository.materialen(["werkblad", "-o", "w.pdf", "--content", "/nonexistent/inhoud.yaml"])
        #expect(result.status != 0)
        #expect(result.error.contains("/nonexistent/inhoud.yaml"))
    }

    @Test func unwritablePathFailsAndLeavesNothing() throws {
        let directory = try Repository.temporaryDirectory("cli")
        let blocker = directory.appendingPathComponent("file")
        try Data().write(to: blocker)
        let result = try Repository.materialen(["werkblad", "-o", blocker.appendingPathComponent("w.pdf").path])
        #expect(result.status != 0)
        #expect(result.error.contains("cannot write"), "\(result.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["file"])
    }

    @Test func unknownExtensionIsRefused() throws {
        let directory = try Repository.temporaryDirectory("cli")
        let result = try Repository.materialen(["werkblad", "-o", "w.docx"], in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains(".pdf, .svg or .png"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func missingAssetsNameWhereItLooked() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["MATERIALEN_ASSETS"] = "/nonexistent/Assets"
        let result = try Repository.materialen(["werkblad", "-o", "w.pdf"], environment: environment)
        #expect(result.status != 0)
        #expect(result.error.contains("cannot find the Assets folder"))
        #expect(result.error.contains("/nonexistent/Assets"))
    }

    @Test func badDateIsAClearError() throws {
        let result = try Repository.materialen(["werkblad", "-o", "w.pdf", "--date", "31-02-2026"])
        #expect(result.status != 0)
        #expect(result.error.contains("--date \"31-02-2026\" is not a date"))
    }

    @Test func letterWithoutRequiredFieldsWritesNothing() throws {
        let directory = try Repository.temporaryDirectory("cli")
        let result = try Repository.materialen(["brief", "-o", "b.pdf", "--client", "Sam"], in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains("--date, --time, --location, --expert"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func multiPageSVGWithoutPagePlaceholderIsRefused() throws {
        let directory = try Repository.temporaryDirectory("cli")
        let letter = ["brief", "--client", "Sam", "--date", "3-12-2026", "--time", "10:30", "--location", "Utrecht", "--expert", "Noor"]
        let refused = try Repository.materialen(letter + ["-o", "brief.svg"], in: directory)
        #expect(refused.status != 0)
        #expect(refused.error.contains("{p}"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        let written = try Repository.materialen(letter + ["-o", "brief-{p}.png", "--dpi", "40"], in: directory)
        #expect(written.status == 0, "\(written.error)")
    }

    /// The werkblad has a back side: as one PNG or SVG without {p} the front alone, with a note that
    /// says how to get both; with {p} both pages; --single-sided leaves the back out.
    @Test func aWerkbladImageWithoutPageNumberIsItsFront() throws {
        let directory = try Repository.temporaryDirectory("werkblad-png")
        let front = try Repository.materialen(["werkblad", "-o", "w.png", "--dpi", "20"], in: directory)
        #expect(front.status == 0, "\(front.error)")
        #expect(front.error.contains("note: w.png: the front page only") && front.error.contains("w-{p}.png"), "\(front.error)")
        let both = try Repository.materialen(["werkblad", "-o", "w-{p}.svg"], in: directory)
        #expect(both.status == 0 && both.error.isEmpty, "\(both.error)")
        let single = try Repository.materialen(["werkblad", "--single-sided", "-o", "s.pdf", "--client", "Sam", "--date", "3-12-2026"],
                                               in: directory)
        #expect(single.status == 0, "\(single.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["s.pdf", "w-1.svg", "w-2.svg", "w.png"])
        let info = try Tools.run("pdfinfo", [directory.appendingPathComponent("s.pdf").path])
        #expect(info.contains(#/Pages:\s+1\n/#))
        let quiet = try Repository.materialen(["werkblad", "-o", "q.png", "--dpi", "20", "--quiet"], in: directory)
        #expect(quiet.status == 0 && quiet.error.isEmpty, "--quiet leaves the note out: \(quiet.error)")
    }

    @Test func allesWritesEveryMaterialInEveryFormat() throws {
        let directory = try Repository.temporaryDirectory("alles")
        let result = try Repository.materialen(["alles", "-o", directory.appendingPathComponent("uitvoer").path, "--dpi", "40", "--quiet"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.isEmpty, "--quiet prints nothing")
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("uitvoer").path))
        for name in ["kompas-a3", "kompas-a4", "strip-rij", "strip-raster"] {
            for ext in ["pdf", "svg", "png"] { #expect(files.contains("\(name).\(ext)"), "missing \(name).\(ext)") }
        }
        // The werkblad's front and back side, a file per page as SVG and PNG.
        #expect(files.isSuperset(of: ["werkblad.pdf", "werkblad-1.svg", "werkblad-2.svg", "werkblad-1.png", "werkblad-2.png"]))
        #expect(files.contains("brief-voorbeeld.pdf"))
        #expect(files.contains { $0.hasPrefix("brief-voorbeeld-") && $0.hasSuffix(".png") } || files.contains("brief-voorbeeld.png"))
        #expect(!files.contains { $0.hasPrefix(".") }, "no temporary files left behind")
    }
}

/// A BSN given on the command line is refused like one in a sheet, and nothing is written.
@Suite struct CommandLineBSNTests {
    @Test(arguments: [["brief", "--kenmerk", "1234.56.782"], ["brief", "--extra", "BSN 123456782"],
                      ["werkblad", "--topics", "111 222 333"]])
    func aBSNInAnOptionIsRefused(_ arguments: [String]) throws {
        let directory = try Repository.temporaryDirectory("bsn-cli")
        let letter = ["--client", "Sanne de Boer", "--date", "3-12-2027", "--time", "10:30", "--location", "Kantoor",
                      "--expert", "Anna de Vries"]
        let result = try Repository.materialen(arguments + ["-o", "uit.pdf"] + (arguments[0] == "brief" ? letter : ["--client", "Sanne"]),
                                               in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains("holds what looks like a BSN") && result.error.contains("nothing was written"), "\(result.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func aPhoneNumberOrANumberFailingTheElfproefIsFine() throws {
        let directory = try Repository.temporaryDirectory("bsn-cli")
        let result = try Repository.materialen(["brief", "-o", "uit.pdf", "--client", "Sanne de Boer", "--date", "3-12-2027",
                                                "--time", "10:30", "--location", "Kantoor", "--expert", "Anna de Vries",
                                                "--phone", "612345678", "--kenmerk", "123456789"], in: directory)
        #expect(result.status == 0, "\(result.error)")
    }
}

/// `materialen bijlage`: the enclosure on its own, blank or for one client, and per row of a sheet.
@Suite struct CommandLineBijlageTests {
    @Test func blankAndPersonalAndPerRow() throws {
        let directory = try Repository.temporaryDirectory("bijlage-cli")
        let blank = try Repository.materialen(["bijlage", "-o", "leeg.pdf"], in: directory)
        #expect(blank.status == 0, "\(blank.error)")
        #expect(try Tools.run("pdfinfo", [directory.appendingPathComponent("leeg.pdf").path]).contains("Pages:           2"))
        let personal = try Repository.materialen(["bijlage", "-o", "sanne.pdf", "--client", "Sanne de Boer", "--date", "17-12-2027",
                                                  "--kenmerk", "Z-88", "--keuzehulp"], in: directory)
        #expect(personal.status == 0, "\(personal.error)")
        let text = try Tools.pdfText(directory.appendingPathComponent("sanne.pdf").path)
        #expect(text.contains("Sanne de Boer") && text.contains("Z-88") && text.contains("Keuzehulp"))
        try Data("naam;datum;kenmerk\nAnna de Vries;6-12-2027;A-1\nSam Bakker;7-12-2027;\n".utf8)
            .write(to: directory.appendingPathComponent("lijst.csv"))
        let batch = try Repository.materialen(["bijlage", "--clients", "lijst.csv", "-o", "uit", "--quiet"], in: directory)
        #expect(batch.status == 0, "\(batch.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("uit").path).sorted()
            == ["2027-12-06_a-1_bijlage.pdf", "2027-12-07_sam-bakker_bijlage.pdf"])
    }
}

/// `--address` without postcode and place is refused before anything is written.
@Suite struct CommandLineAddressTests {
    @Test func anAddressWithoutPostcodeIsRefused() throws {
        let directory = try Repository.temporaryDirectory("adres-cli")
        let result = try Repository.materialen(["brief", "-o", "brief.pdf", "--client", "Sanne de Boer", "--date", "3-12-2027",
                                                "--time", "10:30", "--location", "Kantoor", "--expert", "Anna de Vries",
                                                "--address", "Kerkstraat 12, Utrecht"], in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains("--address has no postcode and place") && result.error.contains("nothing was written"),
                "\(result.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
}

/// `--soort`: a preset of the content, checked before anything is written; the same letter as a
/// sheet's row with that soort.
@Suite struct CommandLineSoortTests {
    static let letter = ["--client", "Sanne de Boer", "--date", "3-12-2027", "--time", "10:30", "--location", "Kantoor",
                         "--expert", "Anna de Vries"]

    @Test func anUnknownSoortIsRefusedWithTheKnownOnes() throws {
        let directory = try Repository.temporaryDirectory("soort-cli")
        let result = try Repository.materialen(["brief", "-o", "brief.pdf", "--soort", "wao"] + Self.letter, in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains("--soort \"wao\" is not known; use one of: wia, herbeoordeling")
                && result.error.contains("nothing was written"), "\(result.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func theOptionAndTheColumnGiveTheSameLetter() throws {
        let directory = try Repository.temporaryDirectory("soort-cli-batch")
        let single = try Repository.materialen(["brief", "-o", "een.pdf", "--soort", "spoor2"] + Self.letter, in: directory)
        #expect(single.status == 0, "\(single.error)")
        try Data("naam;datum;tijd;locatie;arbeidsdeskundige;soort\nSanne de Boer;3-12-2027;10:30;Kantoor;Anna de Vries;spoor2\n".utf8)
            .write(to: directory.appendingPathComponent("lijst.csv"))
        let batch = try Repository.materialen(["brief", "--clients", "lijst.csv", "-o", "uit", "--quiet"], in: directory)
        #expect(batch.status == 0, "\(batch.error)")
        let one = try Data(contentsOf: directory.appendingPathComponent("een.pdf"))
        let row = try Data(contentsOf: directory.appendingPathComponent("uit/2027-12-03_sanne-de-boer_brief.pdf"))
        #expect(one == row)
        #expect(try Tools.pdfText(directory.appendingPathComponent("een.pdf").path).contains("tweede spoor"))
    }
}

/// `--gespreksvorm` and `--videolink`: checked before anything is written.
@Suite struct CommandLineMeetingTests {
    static let letter = ["--client", "Sanne de Boer", "--date", "3-12-2027", "--time", "10:30", "--expert", "Anna de Vries"]

    @Test func anUnknownKindAndAVideoCallWithoutItsLinkAreRefused() throws {
        let directory = try Repository.temporaryDirectory("gespreksvorm-cli")
        let unknown = try Repository.materialen(["brief", "-o", "brief.pdf", "--gespreksvorm", "wandeling"] + Self.letter,
                                                in: directory)
        #expect(unknown.status != 0)
        #expect(unknown.error.contains("--gespreksvorm \"wandeling\" is not known; use one of: kantoor, huisbezoek"), "\(unknown.error)")
        let noLink = try Repository.materialen(["brief", "-o", "brief.pdf", "--gespreksvorm", "video"] + Self.letter, in: directory)
        #expect(noLink.status != 0)
        #expect(noLink.error.contains("a letter needs --videolink"), "\(noLink.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        let call = try Repository.materialen(["brief", "-o", "brief.pdf", "--gespreksvorm", "telefoon"] + Self.letter, in: directory)
        #expect(call.status == 0, "a call needs no --location: \(call.error)")
    }
}

/// `--aanspreekvorm`: je or u for this client, checked before anything is written.
@Suite struct CommandLineFormTests {
    @Test func anUnknownFormIsRefusedAndUWritesTheUForm() throws {
        let directory = try Repository.temporaryDirectory("aanspreekvorm-cli")
        let unknown = try Repository.materialen(["brief", "-o", "brief.pdf", "--aanspreekvorm", "jij"] + CommandLineMeetingTests.letter
                                                + ["--location", "Kantoor"], in: directory)
        #expect(unknown.status != 0)
        #expect(unknown.error.contains("--aanspreekvorm \"jij\" is not known; use one of: je, u"), "\(unknown.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        let formal = try Repository.materialen(["brief", "-o", "brief.pdf", "--aanspreekvorm", "u"] + CommandLineMeetingTests.letter
                                               + ["--location", "Kantoor"], in: directory)
        #expect(formal.status == 0, "\(formal.error)")
        #expect(try Tools.pdfText(directory.appendingPathComponent("brief.pdf").path).contains("Ik nodig u uit"))
    }
}

/// `--variant`: checked before anything is written.
@Suite struct CommandLineVariantTests {
    @Test func anUnknownVariantIsRefusedAndAFollowUpHasNoStripPage() throws {
        let directory = try Repository.temporaryDirectory("variant-cli")
        let letter = CommandLineMeetingTests.letter + ["--location", "Kantoor"]
        let unknown = try Repository.materialen(["brief", "-o", "brief.pdf", "--variant", "herinnering"] + letter, in: directory)
        #expect(unknown.status != 0)
        #expect(unknown.error.contains("--variant \"herinnering\" is not known; use one of: uitnodiging"), "\(unknown.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        let followUp = try Repository.materialen(["brief", "-o", "brief.pdf", "--variant", "vervolggesprek"] + letter, in: directory)
        #expect(followUp.status == 0, "\(followUp.error)")
        #expect(try Tools.run("pdfinfo", [directory.appendingPathComponent("brief.pdf").path]).contains("Pages:           2"))
    }
}
