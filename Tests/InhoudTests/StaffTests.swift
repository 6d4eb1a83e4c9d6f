import Foundation
import Inhoud
import Testing

/// The organisation's staff list (`organisatie.medewerkers`): reading and checking it, finding an
/// arbeidsdeskundige by name, and the one rule for the phone and e-mail a letter and a
/// terugkoppeling print (the appointment's own, else the staff list's, else the organisation's).
@Suite struct StaffTests {
    /// The staff list of the letter's snapshot, beside its signature PNG (Tests/Fixtures/staff).
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/staff/medewerkers.yaml")

    // MARK: Reading

    @Test func theDefaultContentHasNoStaff() throws {
        let organisation = try Inhoud.loadDefault().organisation
        #expect(organisation.staff.isEmpty)
        #expect(organisation.staffMember(named: "Anna de Vries") == nil)
    }

    @Test func aValidStaffListIsRead() throws {
        let staff = try Inhoud.load(contentFile: Self.fixture).organisation.staff
        #expect(staff.count == 2)
        let anna = try #require(staff.first)
        #expect(anna.name == "Anna de Vries")
        #expect(anna.function == "Senior arbeidsdeskundige")
        #expect(anna.phone == "0302345678")
        #expect(anna.email == "a.devries@example.com")
        #expect(anna.reachable == "maandag tot en met donderdag, 9.00 tot 17.00 uur")
        #expect(anna.signature?.standardizedFileURL.path
            == Self.fixture.deletingLastPathComponent().appendingPathComponent("handtekening.png").standardizedFileURL.path)
        // Only the name is required; the job title defaults to the role's name.
        #expect(staff[1] == Inhoud.StaffMember(name: "Piet Jansen", phone: "030 876 54 32"))
        #expect(staff[1].function == "Arbeidsdeskundige")
    }

    @Test func aNameTwiceIsAnErrorWhereverCaseAndSpacesDiffer() {
        let problems = problems(in: """
            organisatie:
              medewerkers:
                - naam: Anna de Vries
                - naam: "  anna  DE vries "
            """)
        expectProblem(problems, .duplicateId, line: 4, field: "organisatie.medewerkers[2].naam",
                      mentions: ["twice", "first as 'Anna de Vries' at test.yaml:3"])
    }

    @Test func badEntriesAreReportedWithFileLineAndField() {
        let problems = problems(in: """
            organisatie:
              medewerkers:
                - naam: Anna de Vries
                  email: anna-at-brug.nl
                  handtekening: bestaat-niet.png
                - functie: Arbeidsdeskundige
                - naam: Piet Jansen
                  telefon: 030 876 54 32
            """)
        expectProblem(problems, .invalidValue, line: 4, field: "organisatie.medewerkers[1].email",
                      mentions: ["not an e-mail address"])
        expectProblem(problems, .missingFile, line: 5, field: "organisatie.medewerkers[1].handtekening",
                      mentions: ["signature file 'bestaat-niet.png' does not exist"])
        expectProblem(problems, .missingField, line: 6, field: "organisatie.medewerkers[2].naam")
        expectProblem(problems, .unknownKey, line: 8, field: "organisatie.medewerkers[3].telefon",
                      mentions: ["Did you mean 'telefoon'?"])
    }

    @Test func aSignatureThatIsNotAPNGIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("inhoud-staff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("GIF89a".utf8).write(to: folder.appendingPathComponent("handtekening.gif"))
        let content = folder.appendingPathComponent("inhoud.yaml")
        try "organisatie:\n  medewerkers:\n    - naam: Anna\n      handtekening: handtekening.gif\n"
            .write(to: content, atomically: true, encoding: .utf8)
        let error = loadingError { () throws(InhoudError) in try Inhoud.load(contentFile: content) }
        expectProblem(error?.problems ?? [], .invalidValue, file: content.relativePath, line: 4,
                      field: "organisatie.medewerkers[1].handtekening", mentions: ["Save the signature as PNG"])
    }

    // MARK: Finding

    @Test func aNameIsFoundWhateverItsCaseAndSpaces() throws {
        let organisation = try Inhoud.load(contentFile: Self.fixture).organisation
        for name in ["Anna de Vries", "anna de vries", "  ANNA   de\tVries ", "Anna de Vries\n"] {
            #expect(organisation.staffMember(named: name)?.name == "Anna de Vries", "\(name)")
        }
        for name in ["Anna Vries", "Anna de Vriesje", "", "   "] {
            #expect(organisation.staffMember(named: name) == nil, "\(name)")
        }
        #expect(organisation.staffMember(named: nil) == nil)
    }

    // MARK: Which phone and e-mail

    static func organisation() throws -> Inhoud.Organisation {
        var organisation = try Inhoud.loadDefault().organisation
        organisation.phone = "030 111 22 33"
        organisation.email = "info@brug.nl"
        organisation.staff = [
            Inhoud.StaffMember(name: "Anna de Vries", function: "Senior arbeidsdeskundige", phone: "0302345678",
                               email: "anna@brug.nl", reachable: "maandag tot en met donderdag"),
            Inhoud.StaffMember(name: "Piet Jansen", phone: "030 876 54 32"),
        ]
        return organisation
    }

    @Test func theAppointmentsOwnDetailsComeFirstThenTheStaffListThenTheOrganisation() throws {
        let organisation = try Self.organisation()
        let own = ExpertContact(organisation, Appointment(expert: "anna de vries", phone: "06 12 34 56 78", email: "eigen@brug.nl"))
        #expect(own.phone == "06 12 34 56 78" && own.email == "eigen@brug.nl")
        #expect(own.function == "Senior arbeidsdeskundige" && own.reachable == "maandag tot en met donderdag")

        let staff = ExpertContact(organisation, Appointment(expert: "Anna de Vries"))
        #expect(staff.templateValues == [.arbeidsdeskundige: "Anna de Vries", .telefoon: "030 234 56 78",
                                         .email: "anna@brug.nl", .functie: "Senior arbeidsdeskundige",
                                         .bereikbaar: "maandag tot en met donderdag"])
        // Each detail falls back on its own: Piet has a phone of his own, not an e-mail address.
        let piet = ExpertContact(organisation, Appointment(expert: "Piet Jansen"))
        #expect(piet.phone == "030 876 54 32" && piet.email == "info@brug.nl")
        #expect(piet.function == "Arbeidsdeskundige" && piet.reachable == nil && !piet.isMissingFromStaff)
        let mixed = ExpertContact(organisation, Appointment(expert: "Piet Jansen", email: "p.jansen@brug.nl"))
        #expect(mixed.phone == "030 876 54 32" && mixed.email == "p.jansen@brug.nl")

        let unknown = ExpertContact(organisation, Appointment(expert: "Karin Smit"))
        #expect(unknown.phone == "030 111 22 33" && unknown.email == "info@brug.nl" && unknown.isMissingFromStaff)
        #expect(unknown.templateValues[.bereikbaar] == "" && unknown.templateValues[.functie] == "Arbeidsdeskundige")
    }

    @Test func theTerugkoppelingFollowsTheSameRule() throws {
        var inhoud = try Inhoud.loadDefault()
        inhoud.organisation = try Self.organisation()
        let date = CalendarDate(year: 2026, month: 12, day: 3)!
        let anna = ConversationNotes(name: "Sanne de Boer", date: date, expert: "ANNA DE VRIES").templateValues(inhoud)
        #expect(anna[.telefoon] == "030 234 56 78" && anna[.email] == "anna@brug.nl")
        #expect(anna[.functie] == "Senior arbeidsdeskundige" && anna[.bereikbaar] == "maandag tot en met donderdag")
        #expect(anna[.arbeidsdeskundige] == "ANNA DE VRIES", "the name stays as the notes give it")
        let other = ConversationNotes(name: "Sanne de Boer", date: date, expert: "Karin Smit").templateValues(inhoud)
        #expect(other[.telefoon] == "030 111 22 33" && other[.email] == "info@brug.nl" && other[.bereikbaar] == "")
    }

    @Test func onlyANonEmptyStaffListMissesAName() throws {
        let organisation = try Self.organisation()
        let unknown = ExpertContact(organisation, Appointment(expert: "Anna de Vrie"))
        let message = try #require(unknown.missingFromStaffMessage(organisation))
        for part in ["'Anna de Vrie' is not in the staff list (organisatie.medewerkers)", "did you mean 'Anna de Vries'?",
                     "the organisation's phone number and e-mail address are printed", "add them to organisatie.medewerkers"] {
            #expect(message.contains(part), "\(message)")
        }
        // Its own phone stays; only the e-mail address is the organisation's.
        let withPhone = ExpertContact(organisation, Appointment(expert: "Karin Smit", phone: "06 12 34 56 78"))
        #expect(withPhone.missingFromStaffMessage(organisation)?.contains("the organisation's e-mail address is printed") == true)
        #expect(ExpertContact(organisation, Appointment(expert: "anna de vries")).missingFromStaffMessage(organisation) == nil)
        let noStaff = try Inhoud.loadDefault().organisation
        #expect(ExpertContact(noStaff, Appointment(expert: "Karin Smit")).missingFromStaffMessage(noStaff) == nil)
        #expect(ExpertContact(organisation, Appointment()).isMissingFromStaff == false, "no name, nothing to look up")
    }
}
