import ArgumentParser
import Drukkerij
import Foundation

/// Options every subcommand takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A YAML file with the organisation's own content; it overrides any part of the default.",
                                            valueName: "inhoud.yaml"))
    var content: String?

    @Option(name: .long, help: ArgumentHelp("Resolution of PNG output in dots per inch.", valueName: "N"))
    var dpi: Int?

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    func validateDPI() throws {
        let allowed = Material.pngResolutions
        if let dpi, !allowed.contains(dpi) {
            throw ValidationError("--dpi must be between \(allowed.lowerBound) and \(allowed.upperBound), not \(dpi)")
        }
    }
}
