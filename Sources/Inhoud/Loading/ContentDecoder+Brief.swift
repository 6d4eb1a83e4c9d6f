import Foundation

extension ContentDecoder {
    func brief(_ reader: MappingReader?) -> Inhoud.Brief? {
        guard let reader else { return nil }
        let title = reader.text("titel")
        let subject = reader.template("onderwerp")
        let salutation = reader.template("aanhef")
        let appointment = appointmentFacts(reader.mapping("afspraak"))
        let paragraphs = paragraphs(in: reader)
        let extraAfter = paragraphID("extra_na", in: reader, paragraphIDs: paragraphs?.map(\.id),
                                     purpose: "a client's own paragraph (the extra column) follows")
        let soortIn = paragraphID("soort_in", in: reader, paragraphIDs: paragraphs?.map(\.id),
                                  purpose: "a soort's paragraphs replace")
        let soorten = soorten(in: reader)
        let secondPageFrom = paragraphID("tweede_bladzijde_vanaf", in: reader, paragraphIDs: paragraphs?.map(\.id),
                                         purpose: "starts the second page of a letter that does not fit on one",
                                         required: false)
        let meetingAfter = paragraphID("gespreksvorm_na", in: reader, paragraphIDs: paragraphs?.map(\.id),
                                       purpose: "a kind of meeting's own paragraph follows")
        let meetings = meetings(in: reader, paragraphIDs: paragraphs?.map(\.id))
        let variants = variants(in: reader, paragraphIDs: paragraphs?.map(\.id))
        let duration = reader.text("duur")
        let referenceLine = referenceLine(reader.mapping("referentie"))
        let pageNumber = reader.template("paginanummer")
        let closing = reader.template("afsluiting")
        let signature = reader.textList("ondertekening", rule: .atLeast(0), singular: "line", plural: "lines",
                                        required: false)?
            .map { MappingReader.template(from: $0, context: context) }
        reader.finish()
        guard let title, let subject, let salutation, let appointment, let paragraphs, let extraAfter, let duration,
              let referenceLine, let pageNumber, let closing, let soortIn, let soorten, let meetingAfter, let meetings, let variants,
              let signature, !signature.contains(where: { $0 == nil }) else { return nil }
        return Inhoud.Brief(title: title, subject: subject, salutation: salutation, appointment: appointment,
                            paragraphs: paragraphs, extraAfter: extraAfter, duration: duration,
                            referenceLine: referenceLine, pageNumber: pageNumber, closing: closing,
                            signature: signature.compactMap { $0 }, soorten: soorten, soortIn: soortIn,
                            meetings: meetings, meetingAfter: meetingAfter, variants: variants,
                            secondPageFrom: secondPageFrom)
    }

    private func referenceLine(_ reader: MappingReader?) -> Inhoud.Brief.ReferenceLine? {
        guard let reader else { return nil }
        let date = reader.text("datum")
        let reference = reader.text("kenmerk")
        let subject = reader.text("onderwerp")
        let enclosure = reader.text("bijlage")
        let enclosures = reader.text("bijlagen")
        let withKeuzehulp = reader.text("met_keuzehulp")
        reader.finish()
        guard let date, let reference, let subject, let enclosure, let enclosures, let withKeuzehulp else { return nil }
        return Inhoud.Brief.ReferenceLine(date: date, reference: reference, subject: subject, enclosure: enclosure,
                                          enclosures: enclosures, withKeuzehulp: withKeuzehulp)
    }

    private func appointmentFacts(_ reader: MappingReader?) -> Inhoud.Brief.AppointmentFacts? {
        guard let reader else { return nil }
        let title = reader.text("titel")
        let rows = factRows("regels", in: reader, rule: .atLeast(1), required: true)
        reader.finish()
        guard let title, let rows else { return nil }
        return Inhoud.Brief.AppointmentFacts(title: title, rows: rows)
    }

    /// Rows of the facts block: each an id, a label and the template of its value.
    func factRows(_ key: String, in reader: MappingReader, rule: CountRule, required: Bool)
        -> [Inhoud.Brief.AppointmentFacts.Row]? {
        guard let items = reader.identifiedItems(key, rule: rule, singular: "row", plural: "rows", required: required) else {
            return required ? nil : []
        }
        let rows = items.compactMap { id, item -> Inhoud.Brief.AppointmentFacts.Row? in
            let label = item.text("label")
            let value = item.template("tekst")
            item.finish()
            guard let label, let value else { return nil }
            return Inhoud.Brief.AppointmentFacts.Row(id: id, label: label, value: value)
        }
        return rows.count == items.count ? rows : nil
    }

    private func paragraphs(in reader: MappingReader) -> [Inhoud.Brief.Paragraph]? {
        guard let items = reader.identifiedItems("alineas", rule: .atLeast(1), singular: "paragraph",
                                                 plural: "paragraphs") else { return nil }
        let paragraphs = items.compactMap { id, item -> Inhoud.Brief.Paragraph? in
            let text = item.template("tekst")
            item.finish()
            return text.map { Inhoud.Brief.Paragraph(id: id, text: $0) }
        }
        return paragraphs.count == items.count ? paragraphs : nil
    }

    /// The id of one of the letter's paragraphs under `key`; `purpose` says in the message what it is for.
    private func paragraphID(_ key: String, in reader: MappingReader, paragraphIDs: [String]?, purpose: String,
                             required: Bool = true) -> String? {
        guard let located = reader.locatedText(key, required: required), let paragraphIDs else { return nil }
        guard paragraphIDs.contains(located.text) else {
            log.report(.unknownId, at: located.origin, located.path,
                       "there is no paragraph with id '\(located.text)'. Write the id of the paragraph \(purpose): "
                           + "\(paragraphIDs.joined(separator: ", ")).")
            return nil
        }
        return located.text
    }

    /// The presets per kind of assessment: each with a name for choice lists, an optional reason and at
    /// least one paragraph.
    private func soorten(in reader: MappingReader) -> [Inhoud.Brief.Soort]? {
        guard let items = reader.identifiedItems("soorten", rule: .atLeast(0), singular: "soort", plural: "soorten")
        else { return nil }
        let soorten = items.compactMap { id, item -> Inhoud.Brief.Soort? in
            let name = item.text("naam")
            let reason = item.optionalText("reden")
            let paragraphs = item.textList("alineas", rule: .atLeast(1), singular: "paragraph", plural: "paragraphs")?
                .map { MappingReader.template(from: $0, context: context) }
            let rows = factRows("afspraak", in: item, rule: .atLeast(0), required: false)
            item.finish()
            guard let name, let paragraphs, !paragraphs.contains(where: { $0 == nil }), let rows else { return nil }
            return Inhoud.Brief.Soort(id: id, name: name, reason: reason, paragraphs: paragraphs.compactMap { $0 }, rows: rows)
        }
        return soorten.count == items.count ? soorten : nil
    }

    func preparation(_ reader: MappingReader?) -> Inhoud.Preparation? {
        guard let reader else { return nil }
        let title = reader.text("titel")
        let header = reader.template("kopregel")
        let intro = reader.text("intro")
        let questions = reader.questions("vragen", rule: .atLeast(1))
        reader.finish()
        guard let title, let header, let intro, let questions else { return nil }
        return Inhoud.Preparation(title: title, header: header, intro: intro, questions: questions)
    }

    func enclosure(_ reader: MappingReader?) -> Inhoud.Enclosure? {
        guard let reader else { return nil }
        let title = reader.text("titel")
        let header = reader.template("kopregel")
        let intro = reader.template("intro")
        reader.finish()
        guard let title, let header, let intro else { return nil }
        return Inhoud.Enclosure(title: title, header: header, intro: intro)
    }

    func keuzehulp(_ reader: MappingReader?) -> Inhoud.Keuzehulp? {
        guard let reader else { return nil }
        let heading = reader.text("kop")
        let title = reader.text("titel")
        let url = reader.locatedText("url").flatMap(webURL)
        let explanation = reader.text("uitleg")
        let scanHint = reader.text("scan")
        let send = reader.flag("meesturen")
        reader.finish()
        guard let heading, let title, let url, let explanation, let scanHint, let send else { return nil }
        return Inhoud.Keuzehulp(heading: heading, title: title, url: url, explanation: explanation, scanHint: scanHint,
                                sendByDefault: send)
    }

    func usage(_ reader: MappingReader?) -> Inhoud.Usage? {
        guard let reader else { return nil }
        let title = reader.text("titel")
        let items = reader.identifiedItems("stappen", rule: .atLeast(1), singular: "step", plural: "steps")
        let steps = items?.compactMap { id, item -> Inhoud.Usage.Step? in
            let title = item.text("titel")
            let text = item.text("tekst")
            item.finish()
            guard let title, let text else { return nil }
            return Inhoud.Usage.Step(id: id, title: title, text: text)
        }
        reader.finish()
        guard let title, let items, let steps, steps.count == items.count else { return nil }
        return Inhoud.Usage(title: title, steps: steps)
    }

    /// An absolute http(s) address; anything a browser or QR scanner could not open is reported.
    func webURL(_ located: LocatedText) -> URL? {
        let text = located.text
        guard !text.contains(where: \.isWhitespace), let url = URL(string: text),
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, host.contains(".") else {
            log.report(.invalidURL, at: located.origin, located.path,
                       "'\(text)' is not a complete web address. Write it with https:// in front and "
                           + "without spaces, like https://www.han.nl/.")
            return nil
        }
        return url
    }
}
