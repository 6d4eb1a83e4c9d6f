import Inhoud

extension LayoutWarnings {
    /// Warns when the organisation keeps a staff list and `contact`'s arbeidsdeskundige is not on it:
    /// then the organisation's number stands in for theirs, which the office may not notice on paper.
    func addUnlisted(_ contact: ExpertContact, in organisation: Inhoud.Organisation, material: LayoutWarning.Material,
                     client: String?) {
        guard let message = contact.missingFromStaffMessage(organisation) else { return }
        add(material, .client(.expert), client: client, message)
    }
}
