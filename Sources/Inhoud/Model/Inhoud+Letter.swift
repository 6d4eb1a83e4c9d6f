extension Inhoud {
    /// Why the content cannot make one client's letter as the client's row asks.
    public enum LetterChoiceError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The row's soort is not one of the content's presets.
        case unknownSoort(String, known: [String])
        /// The row asks for a form of address the content's texts are not all written in.
        case formNotInContent(FormOfAddress, problems: [InhoudProblem])

        public var description: String {
            switch self {
            case let .unknownSoort(soort, known):
                "soort \"\(soort)\" is not known; use one of: \(known.joined(separator: ", ")) "
                    + "(or add it under brief.soorten in the content file)"
            case let .formNotInContent(form, problems):
                "the content has no texts in the \(form.rawValue)-form (\(problems.first.map(\.description) ?? "")); "
                    + "write them under '\(form.rawValue):' in the content file, or leave the aanspreekvorm empty"
            }
        }
    }

    /// The content in `form`: itself in its own form, else the content read again in the other.
    public func inForm(_ form: FormOfAddress) throws(LetterChoiceError) -> Inhoud {
        guard form != formOfAddress else { return self }
        switch otherForm?.result {
        case .success(let inhoud): return inhoud
        case .failure(let error): throw .formNotInContent(form, problems: error.problems)
        case nil: throw .formNotInContent(form, problems: [])
        }
    }

    /// The content as one client's letter uses it: in the client's form of address, with the
    /// client's soort put in place of the paragraph ``Brief/soortIn``, the texts of the kind of
    /// meeting, then those of the letter variant. Without choices, the content as it is.
    public func letter(for appointment: Appointment) throws(LetterChoiceError) -> Inhoud {
        var inhoud = try inForm(appointment.form ?? formOfAddress)
        let brief = inhoud.brief
        if let id = appointment.soort {
            guard let soort = brief.soort(id) else { throw .unknownSoort(id, known: brief.soorten.map(\.id)) }
            inhoud.brief = inhoud.brief.with(soort)
            var rows = Inhoud.Brief.Change()
            rows.rows = soort.rows
            inhoud.brief = inhoud.brief.with(rows, textAfter: brief.meetingAfter)
        }
        if let texts = brief.texts(for: appointment.meeting ?? .kantoor) {
            inhoud.brief = inhoud.brief.with(texts.change, textAfter: brief.meetingAfter)
        }
        if let texts = brief.texts(for: appointment.variant ?? .uitnodiging) {
            inhoud.brief = inhoud.brief.with(texts.change, textAfter: brief.meetingAfter)
            inhoud.brief.includesStrip = texts.includesStrip
        }
        return inhoud
    }
}

extension Inhoud.Brief {
    /// The letter with `soort`'s paragraphs in place of the paragraph `soortIn`. The last of them
    /// keeps that paragraph's id, so a client's own paragraph placed after it (`extra_na`) stays after
    /// the whole soort text.
    func with(_ soort: Soort) -> Inhoud.Brief {
        var brief = self
        guard let index = paragraphs.firstIndex(where: { $0.id == soortIn }) else { return brief }
        let count = soort.paragraphs.count
        let replacements = soort.paragraphs.enumerated().map { offset, text in
            Paragraph(id: offset == count - 1 ? soortIn : "\(soortIn)-\(soort.id)-\(offset + 1)", text: text)
        }
        brief.paragraphs.replaceSubrange(index...index, with: replacements)
        return brief
    }
}
