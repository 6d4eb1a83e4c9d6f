import Foundation
import MultipartKit

/// The fields of a `multipart/form-data` body (the batch page's upload), by name, read with
/// multipart-kit's parser. A name given twice keeps its first part (no field of the form repeats).
/// A body that is not complete multipart data is an error (the page answers 400), never guessed at.
struct MultipartForm: Sendable {
    /// One field: its bytes, and the file name the browser gave when it is a file.
    struct Field: Sendable {
        let data: Data
        let fileName: String?

        /// The field as text, as a form's lists send it.
        var text: String? { String(data: data, encoding: .utf8) }
    }

    private var fields: [String: Field] = [:]

    subscript(name: String) -> Field? { fields[name] }

    /// Parses `body`, sent with the header `Content-Type: contentType` (which names the boundary).
    init(body: ByteBuffer, contentType: String?) throws(MultipartFormError) {
        guard let contentType, let boundary = Self.boundary(in: contentType) else { throw MultipartFormError() }
        let parser = MultipartParser(boundary: boundary)
        var parts: [MultipartPart] = []
        var headers = HTTPHeaders()
        var partBody = ByteBuffer()
        parser.onHeader = { name, value in headers.replaceOrAdd(name: name, value: value) }
        parser.onBody = { chunk in partBody.writeBuffer(&chunk) }
        parser.onPartComplete = {
            parts.append(MultipartPart(headers: headers, body: partBody))
            headers = HTTPHeaders()
            partBody = ByteBuffer()
        }
        do {
            try parser.execute(body)
        } catch {
            throw MultipartFormError()
        }
        // A body cut short never completes its last part; one with no parts at all is no form.
        guard !parts.isEmpty, partBody.readableBytes == 0 else { throw MultipartFormError() }
        for part in parts {
            guard let name = part.name else { throw MultipartFormError() }
            guard fields[name] == nil else { continue }
            let fileName = part.headers.first(name: "Content-Disposition").flatMap { Self.parameter("filename", in: $0) }
            fields[name] = Field(data: Data(part.body.readableBytesView), fileName: fileName)
        }
    }

    /// A parameter of a header value such as `form-data; name="bestand"; filename="afspraken.csv"`.
    static func parameter(_ key: String, in value: String) -> String? {
        for parameter in value.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == key else { continue }
            return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }

    /// The `boundary` parameter of a `multipart/form-data` content type.
    static func boundary(in contentType: String) -> String? {
        let parameters = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parameters.first?.lowercased() == "multipart/form-data" else { return nil }
        for parameter in parameters.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            // RFC 2046: 1 to 70 characters; the parser requires one.
            return (1...70).contains(value.count) ? value : nil
        }
        return nil
    }
}

/// A body that is not complete `multipart/form-data`.
struct MultipartFormError: Error {}
