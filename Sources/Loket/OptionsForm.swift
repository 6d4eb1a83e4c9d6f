import Drukkerij

/// The form of a material that is the same for every client (kompas, strip): its options from
/// `Material.options`, the values chosen, and the request they make. No client data.
struct OptionsForm: Sendable {
    let material: Material
    /// The option values as given, by option name; options not given take their default.
    let values: [String: String]

    init(material: Material, values form: FormValues = FormValues()) {
        self.material = material
        var values: [String: String] = [:]
        for option in material.options {
            if let value = form[option.name] { values[option.name] = value }
        }
        self.values = values
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
        var view: [String: Any] = ["titel": material.title, "uitleg": material.introduction, "pad": material.pagePath,
                                   "opties": options]
        if let problem { view["fout"] = problem.message }
        return view
    }
}

/// An option value that does not fit, in Dutch.
struct OptionProblem: Error, Sendable {
    let option: MaterialOption?

    var message: String {
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
