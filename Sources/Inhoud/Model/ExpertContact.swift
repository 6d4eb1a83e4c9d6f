import Foundation

/// How a client reaches the arbeidsdeskundige, as the letter and the terugkoppeling print it: the
/// one rule both follow, so the two never disagree about a number.
///
/// Each of phone and e-mail comes from the first that has it: the appointment's own (the command
/// line's `--phone`/`--email`, the columns `telefoon_arbeidsdeskundige`/`email_arbeidsdeskundige`,
/// the web form's fields of those names), then the arbeidsdeskundige's entry in the staff list
/// (`organisatie.medewerkers`, found by name), then the organisation's. The job title, when the
/// arbeidsdeskundige can be reached and the signature come from the staff list alone.
public struct ExpertContact: Sendable, Equatable {
    /// The arbeidsdeskundige's name as the appointment gives it (the werkblad and the notes' header
    /// print it so too, so it is not respelled as the staff list writes it).
    public var name: String
    /// The phone number as it was given (not yet grouped for print), or nil when nobody has one.
    public var phone: String?
    public var email: String?
    /// The job title under the name: the staff list's, else ``Inhoud/StaffMember/defaultFunction``.
    public var function: String
    /// When the arbeidsdeskundige can be reached; nil without a staff entry that says so.
    public var reachable: String?
    /// The staff member the name was found as, nil when there is no staff list or no match.
    public var staffMember: Inhoud.StaffMember?
    /// Set when the organisation keeps a staff list and `name` is not on it: then the organisation's
    /// contact details stand in for the arbeidsdeskundige's, which a front-end should say.
    public var isMissingFromStaff: Bool
    /// Whether the appointment gave its own phone and e-mail (they win over the staff list's).
    private let ownPhone: Bool, ownEmail: Bool

    /// The contact for the arbeidsdeskundige called `expert`, with the appointment's own `phone`
    /// and `email` (nil when it has none) first.
    public init(_ organisation: Inhoud.Organisation, expert: String?, phone: String? = nil, email: String? = nil) {
        let member = organisation.staffMember(named: expert)
        ownPhone = phone != nil
        ownEmail = email != nil
        staffMember = member
        name = expert ?? ""
        self.phone = phone ?? member?.phone ?? organisation.phone
        self.email = email ?? member?.email ?? organisation.email
        function = member?.function ?? Inhoud.StaffMember.defaultFunction
        reachable = member?.reachable
        isMissingFromStaff = member == nil && !organisation.staff.isEmpty
            && !(expert ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    /// The contact for `appointment`'s arbeidsdeskundige, the appointment's phone and e-mail first.
    public init(_ organisation: Inhoud.Organisation, _ appointment: Appointment) {
        self.init(organisation, expert: appointment.expert, phone: appointment.phone, email: appointment.email)
    }

    /// The signature image to print above the name, when the staff list has one.
    public var signature: URL? { staffMember?.signature }

    /// The placeholders this contact fills: `arbeidsdeskundige`, `telefoon` (grouped the Dutch way),
    /// `email`, `functie` and `bereikbaar`; an unknown one is empty, so its sections drop out.
    public var templateValues: [Inhoud.Placeholder: String] {
        [.arbeidsdeskundige: name, .telefoon: phone.map(PhoneNumber.grouped) ?? "", .email: email ?? "",
         .functie: function, .bereikbaar: reachable ?? ""]
    }

    /// What a front-end tells the office when ``isMissingFromStaff`` (nil otherwise): which details
    /// stand in for the arbeidsdeskundige's and how to add them, in English like the other layout
    /// warnings. `organisation` is the one the contact was made from (for a "did you mean").
    public func missingFromStaffMessage(_ organisation: Inhoud.Organisation) -> String? {
        guard isMissingFromStaff else { return nil }
        let standIns = [ownPhone ? nil : "phone number", ownEmail ? nil : "e-mail address"].compactMap { $0 }
        let printed = standIns.isEmpty
            ? "so no functie, bereikbaar or handtekening of theirs is printed"
            : "so the organisation's \(standIns.joined(separator: " and ")) \(standIns.count == 1 ? "is" : "are") printed"
        let suggestion = Suggestion.closest(to: name, in: organisation.staff.map(\.name)).map { " (did you mean '\($0)'?)" } ?? ""
        return "the arbeidsdeskundige '\(name)' is not in the staff list (organisatie.medewerkers)\(suggestion), \(printed); "
            + "add them to organisatie.medewerkers in the content file (naam: \(name), with telefoon, email and bereikbaar), "
            + "or check how the name is spelled"
    }
}
