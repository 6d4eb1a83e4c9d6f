import Foundation

extension ContentDecoder {
    /// `organisatie.medewerkers`: the staff list, empty when absent. Each entry is read whole, so one
    /// run reports every mistake in it; nil when any entry is wrong.
    func staff(in reader: MappingReader) -> [Inhoud.StaffMember]? {
        guard let list = reader.list("medewerkers", required: false) else { return [] }
        var seen: [String: (name: String, origin: Origin)] = [:]
        var members: [Inhoud.StaffMember] = []
        var complete = true
        for (index, item) in list.items.enumerated() {
            let path = reader.path.key("medewerkers").item(id: nil, index: index)
            guard let entry = MappingReader(item, path: path, context: reader.context,
                                            expecting: "a block that starts with 'naam:'") else {
                complete = false
                continue
            }
            if let member = staffMember(entry, seen: &seen) { members.append(member) } else { complete = false }
        }
        return complete ? members : nil
    }

    /// One entry of the staff list; `seen` holds the names read before it (by ``Inhoud/StaffMember/key(_:)``),
    /// so that a name given twice is reported where it comes the second time.
    private func staffMember(_ reader: MappingReader,
                             seen: inout [String: (name: String, origin: Origin)]) -> Inhoud.StaffMember? {
        let name = reader.locatedText("naam")
        let function = reader.optionalText("functie")
        let phone = reader.optionalText("telefoon")
        let email = reader.locatedText("email", required: false)
        let emailValid = email.map(checkEmail) ?? true
        let reachable = reader.optionalText("bereikbaar")
        let signature = reader.locatedText("handtekening", required: false)
        let signatureURL = signature.flatMap { pngFile($0, what: "signature") }
        reader.finish()
        guard let name else { return nil }
        let key = Inhoud.StaffMember.key(name.text)
        if let first = seen[key] {
            log.report(.duplicateId, at: name.origin, name.path,
                       "'\(name.text)' is in the staff list twice (first as '\(first.name)' at "
                           + "\(first.origin.file.name):\(first.origin.line)); names are compared without case and "
                           + "spaces. Keep one entry per arbeidsdeskundige.")
            return nil
        }
        seen[key] = (name.text, name.origin)
        guard emailValid, (signature == nil) == (signatureURL == nil) else { return nil }
        return Inhoud.StaffMember(name: name.text, function: function ?? Inhoud.StaffMember.defaultFunction, phone: phone,
                                  email: email?.text, reachable: reachable, signature: signatureURL)
    }
}
