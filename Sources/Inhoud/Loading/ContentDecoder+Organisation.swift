import Foundation

extension ContentDecoder {
    /// An A4 sheet in millimetres: the envelope window must lie on it.
    static let sheet = (width: 210.0, height: 297.0)
    /// Below this a window cannot show a name, street and postcode line at a legible size.
    static let smallestWindow = (width: 40.0, height: 15.0)

    func organisation(_ reader: MappingReader?) -> Inhoud.Organisation? {
        guard let reader else { return nil }
        let name = reader.text("naam")
        let address = reader.textList("adres", rule: .atLeast(1), singular: "line", plural: "lines")
        let phone = reader.optionalText("telefoon")
        let email = reader.locatedText("email", required: false)
        let emailValid = email.map(checkEmail) ?? true
        let website = reader.locatedText("website", required: false)
        let websiteURL = website.flatMap(webURL)
        let logo = reader.locatedText("logo", required: false)
        let logoURL = logo.flatMap(logoFile)
        let colour = reader.locatedText("kleur", required: false)
        let colourValid = colour.map(checkColour) ?? true
        let place = reader.text("plaats")
        let window = envelopeWindow(reader.mapping("envelopvenster"))
        let returnAddress = reader.optionalText("retouradres")
        let staff = staff(in: reader)
        reader.finish()
        guard let name, let address, let place, let window, let staff, emailValid, colourValid,
              (website == nil) == (websiteURL == nil), (logo == nil) == (logoURL == nil) else { return nil }
        return Inhoud.Organisation(name: name, addressLines: address.map(\.chosen.text), phone: phone,
                                   email: email?.text, website: websiteURL, logo: logoURL, colour: colour?.text,
                                   place: place, envelopeWindow: window, returnAddress: returnAddress, staff: staff)
    }

    // These two checks are written out rather than as regular expressions: the first regular
    // expression of a process costs ICU's start-up, a large share of a one-page run (see BENCHMARKS.md).

    /// `[^@\s]+@[^@\s]+\.[^@\s]+`: one @, no white space, a dot inside the part after the @.
    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        return parts[1].dropFirst().dropLast().contains(".")
    }

    /// `#RRGGBB` in hexadecimal digits.
    static func isHexColour(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 7 && bytes[0] == UInt8(ascii: "#") && bytes.dropFirst().allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
        }
    }

    func checkEmail(_ located: LocatedText) -> Bool {
        guard Self.looksLikeEmail(located.text) else {
            log.report(.invalidValue, at: located.origin, located.path,
                       "'\(located.text)' is not an e-mail address. Write it like info@organisatie.nl.")
            return false
        }
        return true
    }

    private func checkColour(_ located: LocatedText) -> Bool {
        guard Self.isHexColour(located.text) else {
            log.report(.invalidValue, at: located.origin, located.path,
                       "'\(located.text)' is not a colour. Write it as \"#RRGGBB\" between quotes, like \"#1F5F8B\".")
            return false
        }
        return true
    }

    /// The logo is named relative to the file that names it, so an organisation can keep its content
    /// file and logo together in one folder and run the tool from anywhere.
    private func logoFile(_ located: LocatedText) -> URL? {
        pngFile(located, what: "logo")
    }

    /// An existing PNG file named by `located`, relative to the file that names it (a logo, a
    /// signature); nil after reporting when it is missing or not a PNG. `what` names it in messages.
    func pngFile(_ located: LocatedText, what: String) -> URL? {
        let url = URL(fileURLWithPath: located.text, relativeTo: located.origin.file.directory).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue
        else {
            log.report(.missingFile, at: located.origin, located.path,
                       "the \(what) file '\(located.text)' does not exist (looked for \(url.path)). "
                           + "A path is read from the folder of \(located.origin.file.name).")
            return nil
        }
        let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        let head = (try? FileHandle(forReadingFrom: url)).flatMap { handle in
            defer { try? handle.close() }
            return try? handle.read(upToCount: pngSignature.count)
        }
        guard let head, Array(head) == pngSignature else {
            log.report(.invalidValue, at: located.origin, located.path,
                       "'\(located.text)' is not a PNG image. Save the \(what) as PNG.")
            return nil
        }
        return url
    }

    private func envelopeWindow(_ reader: MappingReader?) -> Inhoud.EnvelopeWindow? {
        guard let reader else { return nil }
        let x = reader.number("x")
        let y = reader.number("y")
        let width = reader.number("breedte")
        let height = reader.number("hoogte")
        reader.finish()
        guard let x, let y, let width, let height else { return nil }
        let window = Inhoud.EnvelopeWindow(x: x, y: y, width: width, height: height)
        let origin = reader.node.origin
        let path = reader.path
        let mm = { (value: Double) in value.formatted(.number.precision(.fractionLength(0...1))) }
        if [x, y, width, height].contains(where: { !($0 > 0) }) {
            log.report(.invalidValue, at: origin, path,
                       "x, y, breedte and hoogte must all be more than 0 mm. Measure the window of your envelope.")
            return nil
        }
        if width < Self.smallestWindow.width || height < Self.smallestWindow.height {
            log.report(.invalidValue, at: origin, path,
                       "a window of \(mm(width)) × \(mm(height)) mm is too small for an address; it must be at least "
                           + "\(mm(Self.smallestWindow.width)) × \(mm(Self.smallestWindow.height)) mm.")
            return nil
        }
        if x + width > Self.sheet.width || y + height > Self.sheet.height {
            log.report(.invalidValue, at: origin, path,
                       "the window runs off the A4 sheet (x + breedte = \(mm(x + width)) mm of 210, "
                           + "y + hoogte = \(mm(y + height)) mm of 297). Measure from the top-left corner of the sheet.")
            return nil
        }
        return window
    }
}
