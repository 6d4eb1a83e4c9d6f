import Inhoud
import Tekenaar
import TestSupport
import Testing
@testable import Vormgeving

/// The shared style's promises, checked on the values every material takes from it.
@Suite struct StijlTests {
    @Test(arguments: Stijl.Part.allCases)
    func textColoursReadOnTheirBackgrounds(part: Stijl.Part) {
        let colours = Stijl.colours(part)
        #expect(Colour.white.contrastRatio(with: colours.strong) >= 4.5, "white on the strong \(part) colour")
        #expect(colours.text.contrastRatio(with: colours.tint) >= 4.5, "\(part) text shade on its tint")
        #expect(colours.text.contrastRatio(with: .white) >= 4.5, "\(part) text shade on white")
        #expect(Stijl.ink.contrastRatio(with: colours.tint) >= 4.5, "ink on the \(part) tint")
        #expect(Stijl.inkSoft.contrastRatio(with: colours.tint) >= 4.5, "soft ink on the \(part) tint")
    }

    @Test func writingLinesAndInkOnPaper() {
        #expect(Stijl.ink.contrastRatio(with: Stijl.paper) >= 12)
        #expect(Stijl.inkSoft.contrastRatio(with: Stijl.paper) >= 4.5)
        // Lines are graphics: WCAG asks 3:1.
        #expect(Stijl.rule.contrastRatio(with: Stijl.paper) >= 3)
    }

    @Test func typeScaleMeetsTheMinimums() {
        let scale = Stijl.a4
        #expect(scale.body.size >= 11 && scale.bodyBold.size >= 11)
        #expect(scale.small.size >= 8.5 && scale.label.size >= 8.5)
        #expect(scale.title.size >= 22 && scale.title.size <= 26)
        #expect(Stijl.writingLinePitch >= 8)
        let a3 = scale.scaled(2.0.squareRoot())
        #expect(abs(a3.body.size - scale.body.size * 2.0.squareRoot()) < 0.001)
    }

    // MARK: One colour per onderwerp

    /// An organisation that renames two onderwerpen (new ids, so they move to the end of the list)
    /// and points the Strip's panels at the new ids: `behoeften` keeps its colour, the two new ids
    /// take the two free ones in the content's order.
    static let renamedAndReordered = """
        onderwerpen:
          - id: ervaringen
            verwijder: ja
          - id: toekomst
            verwijder: ja
          - id: vooruitkijken
            titel: Jouw toekomst
            kort: Wat is er mogelijk?
            vragen:
              - Wat wil je graag bereiken?
          - id: mijn-verhaal
            titel: Jouw ervaringen
            kort: Wat heb je meegemaakt met werk?
            vragen:
              - Hoe gaat het nu met je?
        strip:
          panelen:
            - id: ervaringen
              hoort_bij: mijn-verhaal
            - id: toekomst
              hoort_bij: vooruitkijken
        """

    @Test func everyMaterialGivesAnOnderwerpTheSameColourAndNoTwoShareOne() throws {
        let inhoud = try Inhoud.load(overrideYAML: Self.renamedAndReordered, named: "hernoemd.yaml")
        #expect(inhoud.onderwerpen.map(\.id) == ["behoeften", "vooruitkijken", "mijn-verhaal"])
        let expected: [String: Stijl.Part] = ["behoeften": .behoeften, "vooruitkijken": .ervaringen, "mijn-verhaal": .toekomst]

        final class Box: @unchecked Sendable {
            var kompas: KompasLayout.Plan?
            var werkblad: WerkbladLayout.Plan?
            var strip: [StripPanelReport] = []
        }
        let box = Box()
        let warnings = LayoutWarnings()
        let pages = [
            Page(size: KompasLayout.Paper.a3.pageSize) { canvas in
                box.kompas = try KompasLayout.draw(inhoud, options: .init(), on: canvas, warnings: warnings)
            },
            WerkbladLayout.page(inhoud, appointment: Appointment(), warnings: warnings),
            Page(size: .a4) { canvas in
                box.werkblad = try WerkbladLayout.plan(inhoud, measuringOn: canvas, warnings: warnings)
                box.strip = try StripLayout.drawReporting(inhoud, options: .init(), on: canvas, at: Point(20, 20),
                                                          warnings: warnings)
            },
        ]
        _ = try Repository.renderer().render(Document(info: DocumentInfo(title: "kleuren"), pages: pages), as: .pdf)

        let kompas = try #require(box.kompas).dial.sectors.map { ($0.onderwerpID, $0.part) }
        let werkblad = Array(zip(inhoud.onderwerpen.map(\.id), try #require(box.werkblad).onderwerpParts))
        // The letter draws this same Strip (StripLayout.draw), so it follows the same rule.
        let strip = zip(inhoud.strip.panels, box.strip).compactMap { panel, report -> (String, Stijl.Part)? in
            guard case let .onderwerp(id) = panel.belongsTo else { return nil }
            return (id, report.part)
        }
        for (material, parts) in [("kompas", kompas), ("werkblad", werkblad), ("strip", strip)] {
            #expect(Dictionary(parts, uniquingKeysWith: { first, _ in first }) == expected, "\(material): \(parts)")
            #expect(Set(parts.map(\.1)).count == parts.count, "\(material) paints two onderwerpen alike: \(parts)")
        }
        #expect(OnderwerpColours(inhoud).parts == [.behoeften, .ervaringen, .toekomst])
    }

    @Test func theDefaultOnderwerpenKeepTheirOwnColours() throws {
        let colours = OnderwerpColours(try Inhoud.loadDefault())
        #expect(colours.parts == [.ervaringen, .behoeften, .toekomst])
        #expect(colours.part(of: .centre) == .centre)
        #expect(colours.part(of: .onderwerp("toekomst")) == .toekomst)
    }
}
