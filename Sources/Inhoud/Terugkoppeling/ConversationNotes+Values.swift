extension ConversationNotes {
    /// What the terugkoppeling's and the bouwstenen's templates are filled with. Dates are plain
    /// (*17 december 2026*); the sheet writes the reply date with its weekday itself.
    public func templateValues(_ inhoud: Inhoud) -> [Inhoud.Placeholder: String] {
        let content = inhoud.terugkoppeling
        return [.naam: name, .datum: date.dutch, .arbeidsdeskundige: expert,
                .telefoon: inhoud.organisation.phone.map(PhoneNumber.grouped) ?? "", .email: inhoud.organisation.email ?? "",
                .organisatie: inhoud.organisation.name, .kenmerk: kenmerk ?? "", .aanwezig: present ?? "",
                .verzonden: sent?.dutch ?? "", .reagerenVoor: effectiveReplyBy.dutch, .arts: content.doctor,
                .opdrachtgever: content.commissioner, .werknemer: content.report.employee]
    }
}
