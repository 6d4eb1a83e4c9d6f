extension Inhoud {
    /// Why the content cannot make one client's letter as the client's row asks.
    public enum LetterChoiceError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The row's soort is not one of the content's presets.
        case unknownSoort(String, known: [String])

        public var description: String {
            switch self {
            case let .unknownSoort(soort, known):
                "soort \"\(soort)\" is not known; use one of: \(known.joined(separator: ", ")) "
                    + "(or add it under brief.soorten in the content file)"
            }
        }
    }

    /// The content as one client's letter uses it: the letter's paragraphs with the client's soort
    /// put in place of the paragraph ``Brief/soortIn``. Without a soort, the content as it is.
    public func letter(for appointment: Appointment) throws(LetterChoiceError) -> Inhoud {
        var inhoud = self
        if let id = appointment.soort {
            guard let soort = brief.soort(id) else { throw .unknownSoort(id, known: brief.soorten.map(\.id)) }
            inhoud.brief = brief.with(soort)
        }
        if let texts = brief.texts(for: appointment.meeting ?? .kantoor) {
            inhoud.brief = inhoud.brief.with(texts.change, textAfter: brief.meetingAfter)
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
