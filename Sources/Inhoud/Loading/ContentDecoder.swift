/// Turns the merged tree into an ``Inhoud``, checking every field and the shapes the layouts rely on.
/// Problems go to the log; the result is `nil` whenever anything was reported.
struct ContentDecoder {
    let context: ReadContext

    var log: Diagnostics { context.log }

    /// `form`, when given, reads the texts in that form of address instead of the content's own
    /// `aanspreekvorm` (which is still checked): the other form, for clients whose row asks for it.
    static func decode(_ root: SourceNode, defaultFile: SourceFile, log: Diagnostics,
                       form forced: Inhoud.FormOfAddress? = nil) -> Inhoud? {
        // Every client-facing text depends on the form of address, so it is read before anything else.
        let own = formOfAddress(in: root, log: log)
        let form = own.flatMap { forced ?? $0 }
        let context = ReadContext(log: log, form: form ?? .je, defaultFile: defaultFile)
        guard let reader = MappingReader(root, path: .root, context: context) else { return nil }
        _ = reader.entry("aanspreekvorm")
        return ContentDecoder(context: context).inhoud(from: reader, form: form)
    }

    private static func formOfAddress(in root: SourceNode, log: Diagnostics) -> Inhoud.FormOfAddress? {
        let path = NodePath.root.key("aanspreekvorm")
        // A root that is not a mapping is reported once, by the root's reader.
        guard let entries = root.entries else { return nil }
        guard let entry = entries.first(where: { $0.key == "aanspreekvorm" }) else {
            log.report(.missingField, at: root.origin, path, "missing. Add 'aanspreekvorm: je' (or u).")
            return nil
        }
        let text = entry.value.text?.trimmingCharacters(in: .whitespaces)
        guard let form = text.flatMap({ Inhoud.FormOfAddress(rawValue: $0.lowercased()) }) else {
            log.report(.invalidValue, at: entry.keyOrigin, path,
                       "must be 'je' or 'u', found \(text.map { "'\($0)'" } ?? entry.value.shape). "
                           + "The method uses je; write u for a formal letter.")
            return nil
        }
        return form
    }

    private func inhoud(from reader: MappingReader, form: Inhoud.FormOfAddress?) -> Inhoud? {
        let centre = centre(reader.mapping("centrum"))
        let themas = themas(in: reader)
        let onderwerpen = onderwerpen(in: reader)
        let strip = strip(reader.mapping("strip"), onderwerpIDs: onderwerpen?.map(\.id))
        let brief = brief(reader.mapping("brief"))
        let enclosure = enclosure(reader.mapping("bijlage"))
        let preparation = preparation(reader.mapping("voorbereiding"))
        let keuzehulp = keuzehulp(reader.mapping("keuzehulp"))
        let usage = usage(reader.mapping("gebruik"))
        let kompas = kompas(reader.mapping("kompas"))
        let werkblad = werkblad(reader.mapping("werkblad"))
        let organisation = organisation(reader.mapping("organisatie"))
        let terugkoppeling = terugkoppeling(reader.mapping("terugkoppeling"))
        reader.finish()
        guard log.isEmpty, let form, let centre, let themas, let onderwerpen, let strip, let brief, let enclosure, let preparation,
              let keuzehulp, let usage, let kompas, let werkblad, let organisation,
              let terugkoppeling else { return nil }
        return Inhoud(formOfAddress: form, centre: centre, themas: themas, onderwerpen: onderwerpen, strip: strip,
                      brief: brief, enclosure: enclosure, preparation: preparation, keuzehulp: keuzehulp, usage: usage,
                      kompas: kompas, werkblad: werkblad, organisation: organisation,
                      terugkoppeling: terugkoppeling)
    }
}
