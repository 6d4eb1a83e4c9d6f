import Foundation
import Inhoud
import Tekenaar
import TestSupport
import Testing
@testable import Vormgeving

/// The letter variants: a follow-up conversation (the previous agreements, no Strip) and a changed
/// appointment (a short apology, the new date); the first invitation is the letter as it was.
@Suite struct BriefVariantTests {
    static func appointment(_ variant: Appointment.LetterVariant?) -> Appointment {
        var appointment = BriefTests.full
        appointment.variant = variant
        return appointment
    }

    @Test(arguments: [Appointment.LetterVariant.vervolggesprek, .gewijzigdeAfspraak])
    func firstPageMatchesSnapshot(_ variant: Appointment.LetterVariant) throws {
        let warnings = LayoutWarnings()
        let rendered = try BriefTests().render(try Inhoud.loadDefault(), [Self.appointment(variant)], as: .png(dpi: 100),
                                               warnings: warnings)
        #expect(warnings.messages.isEmpty, "\(warnings.messages)")
        #expect(rendered.files.count == (variant == .vervolggesprek ? 2 : 3), "a follow-up's enclosure has no Strip page")
        assertPageSnapshot(rendered.files[0], group: "brief", named: "variant-\(variant.rawValue)-1")
    }

    @Test func theFirstInvitationIsTheLetterAsItWas() throws {
        let inhoud = try Inhoud.loadDefault()
        #expect(try BriefTests().pdfText(inhoud, [Self.appointment(.uitnodiging)]) == (try BriefTests().pdfText(inhoud, [Self.appointment(nil)])))
    }

    @Test(arguments: Inhoud.FormOfAddress.allCases)
    func aFollowUpRefersToTheAgreementsAndLeavesTheStripOut(_ form: Inhoud.FormOfAddress) throws {
        let inhoud = try Inhoud.load(overrideYAML: "aanspreekvorm: \(form.rawValue)\n", named: "vorm.yaml")
        let text = try BriefTests().pdfText(inhoud, [Self.appointment(.vervolggesprek)])
        #expect(text.contains("2026-0417 Vervolggesprek") && text.contains("vervolggesprek over werken na de ziekmelding"))
        #expect(text.contains("afspraken gemaakt") && text.contains("afspraken van de vorige keer"))
        #expect(try BriefTests().referenceLine(inhoud, Self.appointment(.vervolggesprek))
                    == ["Datum brief": "20 november 2026", "Ons kenmerk": "2026-0417", "Onderwerp": "Vervolggesprek", "Bijlage": "1"])
        #expect(text.contains("Bijlage: Voorbereiden op ons gesprek"), "one enclosure, under the singular label")
        #expect(!text.contains("Zo gaat ons gesprek"), "neither the Strip page nor the reference line names it")
        #expect(!text.contains("vier plaatjes"))
        #expect(text.contains("Pagina 2 van 2"))
    }

    @Test(arguments: Inhoud.FormOfAddress.allCases)
    func aChangedAppointmentApologisesAndGivesTheNewDate(_ form: Inhoud.FormOfAddress) throws {
        let inhoud = try Inhoud.load(overrideYAML: "aanspreekvorm: \(form.rawValue)\n", named: "vorm.yaml")
        let text = try BriefTests().pdfText(inhoud, [Self.appointment(.gewijzigdeAfspraak)])
        #expect(try BriefTests().referenceLine(inhoud, Self.appointment(.gewijzigdeAfspraak))
                    == ["Datum brief": "20 november 2026", "Ons kenmerk": "2026-0417", "Onderwerp": "Nieuwe afspraak", "Bijlagen": "2"])
        #expect(text.contains(form == .je ? "Je nieuwe afspraak" : "Uw nieuwe afspraak"))
        #expect(text.contains("Bijlagen: Zo gaat ons gesprek, Voorbereiden op ons gesprek"))
        #expect(text.contains("helaas verzetten. Het spijt me.")
                && text.contains("Het gesprek is nu op donderdag 3 december 2026 om 10.30 uur."))
        #expect(text.contains("Zo gaat ons gesprek"), "the enclosure stays")
        let info = BriefLayout.info(inhoud, appointments: [Self.appointment(.gewijzigdeAfspraak)])
        #expect(info.subject == "Nieuwe afspraak")
    }

    @Test func everyVariantHasItsTextsAndAnUnknownOneInTheContentIsReported() throws {
        #expect(try Inhoud.loadDefault().brief.variants.map(\.id) == Appointment.LetterVariant.allCases)
        #expect(Appointment.LetterVariant(parsing: "Gewijzigde afspraak") == .gewijzigdeAfspraak)
        #expect {
            try Inhoud.load(overrideYAML: "brief:\n  varianten:\n    - id: herinnering\n      naam: Herinnering\n", named: "eigen.yaml")
        } throws: { error in
            (error as? InhoudError)?.problems.contains { $0.message.contains("uitnodiging, vervolggesprek, gewijzigde-afspraak") } == true
        }
        #expect {
            try Inhoud.load(overrideYAML: "brief:\n  varianten:\n    - id: vervolggesprek\n      tekst: Hallo.\n", named: "eigen.yaml")
        } throws: { error in
            (error as? InhoudError)?.problems.contains { $0.field == "brief.varianten[vervolggesprek].tekst" } == true
        }
    }
}
