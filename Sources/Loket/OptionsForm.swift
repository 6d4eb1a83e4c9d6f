import Drukkerij
import Foundation

/// The form of a material that is the same for every client (kompas, strip): its options from
/// `Material.options`, the values chosen, and the request they make. No client data.
struct OptionsForm: Sendable {
    let material: Material
    /// The option values as given, by option name; options not given take their default.
    let values: [String: String]
    /// The resolution asked for the PNG download, as typed (`dpi`); nil takes the material's own.
    let resolution: String?

    /// The field of the PNG's resolution: a choice of the download, not of the material, so it is
    /// not among `Material.options`.
    static let resolutionField = "dpi"

    init(material: Material, values form: FormValues = FormValues()) {
        self.material = material
        var values: [String: String] = [:]
        for option in material.options {
            if let value = form[option.name] { values[option.name] = value }
        }
        self.values = values
        resolution = form[Self.resolutionField].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The PNG resolution in dots per inch, or nil when the typed value is not a whole number in
    /// `Material.pngResolutions`.
    var dotsPerInch: Int? {
        guard let resolution else { return material.defaultDPI }
        return Int(resolution).flatMap { Material.pngResolutions.contains($0) ? $0 : nil }
    }

    /// The options as a query (`paper=a4&cut-line=true`), in the order of `Material.options`:
    /// the address of the page's preview image. Option values are never client data.
    var query: String {
        material.options.compactMap { option in
            values[option.name].map { "\(option.name)=\(Self.queryEscaped($0))" }
        }.joined(separator: "&")
    }

    private static func queryEscaped(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// The request and the PNG resolution, or what does not fit: an option first, then the resolution.
    func check() -> Result<(DocumentRequest, dotsPerInch: Int), OptionProblem> {
        switch request() {
        case let .failure(problem):
            return .failure(problem)
        case let .success(documentRequest):
            guard let dotsPerInch else { return .failure(OptionProblem(option: nil, isResolution: true)) }
            return .success((documentRequest, dotsPerInch))
        }
    }

    /// The request, or the first option whose value does not fit. Each option is tried on its own
    /// through `DocumentRequest(_:options:)`, so Drukkerij alone decides what is valid.
    func request() -> Result<DocumentRequest, OptionProblem> {
        do {
            return .success(try DocumentRequest(material, options: values))
        } catch {
            let wrong = material.options.first { option in
                guard let value = values[option.name] else { return false }
                return (try? DocumentRequest(material, options: [option.name: value])) == nil
            }
            return .failure(OptionProblem(option: wrong))
        }
    }

    /// What the preview image shows, for its `alt` text: each option with the value chosen, as
    /// the page's script says it too when the options change ("Voorbeeld – Papierformaat: A4 …").
    var previewDescription: String {
        "Voorbeeld – " + material.options.map { option in
            let value = values[option.name] ?? option.defaultValue
            switch option.kind {
            case .choice: return "\(option.label): \(Self.choiceLabels[value] ?? value)"
            case .flag: return "\(option.label): \(value == "true" ? "ja" : "nee")"
            case .millimetres: return "\(option.label): \(value)"
            }
        }.joined(separator: ", ")
    }

    /// How the page shows the values of the options' lists (Drukkerij names them as the command
    /// line does, in English); a value not listed here is shown as it is.
    static let choiceLabels = ["a3": "A3 (liggend)", "a4": "A4 (liggend)", "row": "Op een rij", "grid": "Twee bij twee"]

    /// The template's view: each option as a list, a check box or a number, with its value.
    func view(problem: OptionProblem? = nil) -> [String: Any] {
        let options: [[String: Any]] = material.options.map { option in
            let value = values[option.name] ?? option.defaultValue
            var view: [String: Any] = ["naam": option.name, "label": option.label, "waarde": value]
            switch option.kind {
            case let .choice(allowed):
                view["lijst"] = true
                view["keuzes"] = allowed.map { choice in
                    ["waarde": choice, "tekst": Self.choiceLabels[choice] ?? choice, "gekozen": choice == value] as [String: Any]
                }
            case .flag:
                view["vinkje"] = true
                view["aan"] = value == "true"
            case let .millimetres(minimum):
                view["getal"] = true
                view["minimum"] = Int(minimum.rounded(.up))
            }
            return view
        }
        let allowed = Material.pngResolutions
        var view: [String: Any] = ["titel": material.title, "uitleg": material.introduction, "pad": material.pagePath,
                                   "opties": options, "dpiNaam": Self.resolutionField,
                                   "dpi": resolution ?? String(material.defaultDPI),
                                   "dpiMinimum": allowed.lowerBound, "dpiMaximum": allowed.upperBound]
        if let problem {
            view["fout"] = problem.message
            if problem.isResolution { view["dpiFout"] = true }
        } else {
            view["voorbeeld"] = "\(material.pagePath)/voorbeeld" + (query.isEmpty ? "" : "?\(query)")
            view["voorbeeldTekst"] = previewDescription
        }
        return view
    }
}

/// An option value that does not fit, in Dutch.
struct OptionProblem: Error, Sendable {
    let option: MaterialOption?
    /// The PNG's resolution is what does not fit (not one of the material's options).
    var isResolution = false

    var message: String {
        if isResolution {
            let allowed = Material.pngResolutions
            return "Geef bij „Resolutie van de PNG” een heel getal van \(allowed.lowerBound) tot en met \(allowed.upperBound)."
        }
        guard let option else { return "Een van de keuzes kan niet. Kies opnieuw." }
        switch option.kind {
        case let .choice(allowed):
            return "Kies bij „\(option.label)” een van deze: " + allowed.joined(separator: ", ") + "."
        case .flag:
            return "„\(option.label)” staat aan of uit."
        case let .millimetres(minimum):
            return "Geef bij „\(option.label)” een getal van ten minste \(Int(minimum.rounded(.up)))."
        }
    }
}
