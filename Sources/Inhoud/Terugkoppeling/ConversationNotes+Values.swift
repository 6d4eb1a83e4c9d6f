extension ConversationNotes {
    /// What the terugkoppeling's and the bouwstenen's templates are filled with. Dates are plain
    /// (*17 december 2026*); the sheet writes the reply date with its weekday itself. The
    /// arbeidsdeskundige's name, phone, e-mail, job title and when they can be reached come from
    /// ``contact(_:)``, the letter's rule.
    public func templateValues(_ inhoud: Inhoud) -> [Inhoud.Placeholder: String] {
        let content = inhoud.terugkoppeling
        return contact(inhoud.organisation).templateValues.merging([
            .naam: name, .datum: date.dutch,
            .organisatie: inhoud.organisation.name, .kenmerk: kenmerk ?? "", .aanwezig: present ?? "",
            .verzonden: sent?.dutch ?? "", .reagerenVoor: effectiveReplyBy.dutch, .arts: content.doctor,
            .opdrachtgever: content.commissioner, .werknemer: content.report.employee,
        ]) { contact, _ in contact }
    }

    /// How the client reaches the arbeidsdeskundige of these notes: the staff list's details, else
    /// the organisation's (the notes carry no phone or e-mail of their own).
    public func contact(_ organisation: Inhoud.Organisation) -> ExpertContact {
        ExpertContact(organisation, expert: expert)
    }
}
