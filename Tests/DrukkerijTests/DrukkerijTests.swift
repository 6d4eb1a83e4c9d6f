import Drukkerij
import Foundation
import Inhoud
import TestSupport
import Testing

/// The materials as data, and one document per request in every format.
@Suite struct DrukkerijTests {
    @Test func theMaterialsSayWhatTheyNeed() {
        #expect(Material.allCases.map(\.rawValue) == ["kompas", "werkblad", "strip", "brief", "bijlage", "terugkoppeling"])
        #expect(Material.allCases.filter(\.isPersonal) == [.werkblad, .brief, .bijlage, .terugkoppeling])
        #expect(Material.bijlage.requiredFields.isEmpty, "blank is a bijlage too")
        #expect(Material.allCases.filter(\.isMadeFromNotes) == [.terugkoppeling])
        #expect(Material.werkblad.requiredFields == [.name, .date])
        #expect(Material.brief.requiredFields == [.name, .date, .time, .location, .expert])
        #expect(Material.kompas.requiredFields.isEmpty && Material.strip.requiredFields.isEmpty)
        for material in Material.allCases {
            #expect(Set(material.requiredFields).isSubset(of: material.printedFields), "\(material)")
        }
        #expect(Material.strip.defaultDPI == 300 && Material.werkblad.defaultDPI == 150)
        let appointment = Appointment(name: "Anna", date: CalendarDate(year: 2026, month: 12, day: 3), location: "Utrecht")
        #expect(Material.brief.missingFields(in: appointment) == [.time, .expert])
        #expect(Material.werkblad.missingFields(in: appointment).isEmpty)
    }

    /// "Today" for a letter and a terugkoppeling is the Dutch day, whatever the machine's time zone:
    /// the CLI and the web page both ask `Drukkerij.today()`.
    @Test func todayIsTheDayInTheNetherlands() throws {
        #expect(Drukkerij.timeZone.identifier == "Europe/Amsterdam")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "Europe/Amsterdam"))
        func dutchDay() -> CalendarDate? {
            let parts = calendar.dateComponents([.year, .month, .day], from: Date())
            return CalendarDate(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0)
        }
        let before = dutchDay()
        let today = Drukkerij.today()
        #expect(today == before || today == dutchDay(), "a midnight may pass in between")
        // 23:30 UTC on 2 December is 00:30 on 3 December in Amsterdam.
        let lateEvening = try #require(ISO8601DateFormatter().date(from: "2026-12-02T23:30:00Z"))
        #expect(CalendarDate(lateEvening, in: Drukkerij.timeZone) == CalendarDate(year: 2026, month: 12, day: 3))
    }

    /// Every material's showcase (what `alles` writes) renders in every format, the same bytes
    /// each time, without warnings for the default content.
    @Test(arguments: Material.allCases)
    func everyShowcaseRendersInEveryFormat(_ material: Material) throws {
        let drukkerij = try Fixtures.drukkerij()
        let showcase = material.showcase(letterDate: Fixtures.letterDate)
        #expect(!showcase.isEmpty)
        for (name, request) in showcase {
            #expect(request.material == material)
            let pdf = try drukkerij.render(request, as: .pdf)
            #expect(pdf.files.count == 1 && pdf.files[0].starts(with: Data("%PDF-".utf8)), "\(name)")
            #expect(pdf.warnings.isEmpty, "\(name): \(pdf.warnings)")
            #expect(try drukkerij.render(request, as: .pdf).files == pdf.files, "\(name) is deterministic")
            let svg = try drukkerij.render(request, as: .svg)
            #expect(svg.files.allSatisfy { String(decoding: $0.prefix(200), as: UTF8.self).contains("<svg") }, "\(name)")
            let png = try drukkerij.render(request, as: .png(dpi: 20))
            #expect(png.files.count == svg.files.count)
            #expect(png.files.allSatisfy { $0.starts(with: [0x89, 0x50, 0x4E, 0x47]) }, "\(name)")
        }
    }

    @Test func aDocumentOfSeveralPagesNeedsAPageNumberInItsName() throws {
        let request = DocumentRequest.brief(Material.sampleAppointment, letterDate: Fixtures.letterDate)
        let svg = try Fixtures.drukkerij().render(request, as: .svg)
        #expect(svg.files.count == 3)
        #expect(throws: (any Error).self) { try svg.paths(at: "/tmp/brief.svg") }
        #expect(try svg.paths(at: "/tmp/brief-{p}.svg") == ["/tmp/brief-1.svg", "/tmp/brief-2.svg", "/tmp/brief-3.svg"])
    }

    @Test func theLetterIsDatedAsAsked() throws {
        let request = DocumentRequest.brief(Material.sampleAppointment, letterDate: CalendarDate(year: 2027, month: 2, day: 1)!)
        let text = try Fixtures.text(of: try Fixtures.drukkerij().render(request, as: .pdf).files[0])
        #expect(text.contains("1 februari 2027"), "\(text.prefix(600))")
    }

    @Test func aPoolServesEveryJobWithItsOwnRenderer() throws {
        let drukkerij = try Fixtures.drukkerij(workers: 2)
        let request = DocumentRequest.werkblad(Appointment(name: "Anna", date: CalendarDate(year: 2026, month: 12, day: 3)))
        let expected = try drukkerij.render(request, as: .pdf).files
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 6) { _ in
            results.add(Result { try drukkerij.render(request, as: .pdf).files })
        }
        #expect(results.all.count == 6)
        for result in results.all { #expect(try result.get() == expected) }
    }

    @Test func missingAssetsNameWhereTheToolLooked() {
        #expect(throws: DrukkerijError.assetsNotFound(searched: ["/nonexistent (from MATERIALEN_ASSETS)"])) {
            try Assets.locate(environment: ["MATERIALEN_ASSETS": "/nonexistent"])
        }
    }
}

private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<[Data], any Error>] = []
    var all: [Result<[Data], any Error>] { lock.lock(); defer { lock.unlock() }; return results }
    func add(_ result: Result<[Data], any Error>) { lock.lock(); results.append(result); lock.unlock() }
}

#if os(Linux)
/// CZlibLevel is linked into Drukkerij, so every front-end and test binary compresses cairo's
/// streams at zlib's fastest level and gets the bytes the command line writes.
@Suite struct CompressionLevelTests {
    @Test func everyStreamIsCompressedAtTheFastestLevelInProcessToo() throws {
        let request = DocumentRequest.werkblad(Appointment(name: "Anna Ëlsa"))
        let pdf = try Fixtures.drukkerij().render(request, as: .pdf).files[0]
        let headers = PDFStreams.zlibHeaders([UInt8](pdf))
        #expect(headers.count >= 8)
        #expect(headers.allSatisfy { $0 == [0x78, 0x01] }, "zlib headers: \(headers)")
    }
}
#endif

/// The options of the materials that are the same for every client, as a form would post them.
@Suite struct MaterialOptionTests {
    @Test func defaultsGiveTheCommandLinesDefaults() throws {
        guard case let .kompas(kompas) = try DocumentRequest(.kompas, options: [:]) else { Issue.record("not a kompas"); return }
        #expect(kompas.paper == .a3 && !kompas.cutLine)
        guard case let .strip(strip) = try DocumentRequest(.strip, options: [:]) else { Issue.record("not a strip"); return }
        #expect(strip.arrangement == .row && strip.width == 170)
    }

    @Test func givenValuesAreUsed() throws {
        guard case let .kompas(kompas) = try DocumentRequest(.kompas, options: ["paper": "a4", "cut-line": "true"]) else {
            Issue.record("not a kompas"); return
        }
        #expect(kompas.paper == .a4 && kompas.cutLine)
        guard case let .strip(strip) = try DocumentRequest(.strip, options: ["layout": "grid", "width": "120"]) else {
            Issue.record("not a strip"); return
        }
        #expect(strip.arrangement == .grid && strip.width == 120)
    }

    @Test(arguments: [
        (Material.kompas, ["paper": "a5"], "paper \"a5\" is not one of a3, a4"),
        (Material.kompas, ["cut-line": "ja"], "cut-line is true or false"),
        (Material.kompas, ["kleur": "rood"], "has no option \"kleur\""),
        (Material.strip, ["width": "breed"], "width \"breed\" is not a width"),
        (Material.strip, ["width": "10"], "is not a width in millimetres"),
        (Material.werkblad, [:], "made for a client"),
    ])
    func badValuesNameTheOption(material: Material, options: [String: String], message: String) {
        #expect { try DocumentRequest(material, options: options) } throws: { String(describing: $0).contains(message) }
    }
}
