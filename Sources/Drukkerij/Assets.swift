import Foundation

/// Finds the `Assets` folder (bundled fonts) from wherever the tool runs: beside a checkout when
/// run with `swift run` or from `.build/…/materialen`, or beside the installed binary in
/// `PREFIX/lib/materialen` after `make install`. `MATERIALEN_ASSETS` overrides both.
public enum Assets {
    public static let environmentVariable = "MATERIALEN_ASSETS"

    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws(DrukkerijError) -> URL {
        var searched: [String] = []
        if let explicit = environment[environmentVariable], !explicit.isEmpty {
            let url = URL(fileURLWithPath: explicit)
            if holdsFonts(url) { return url }
            throw .assetsNotFound(searched: ["\(explicit) (from \(environmentVariable))"])
        }
        let executable = executableURL()
        // The installed binary sits beside its Assets; a build in .build/<triple>/<config>/ finds
        // the checkout's Assets a few folders up.
        var directory = executable.deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("Assets")
            searched.append(candidate.path)
            if holdsFonts(candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        throw .assetsNotFound(searched: searched)
    }

    public static func fontsDirectory(in assets: URL) -> String {
        assets.appendingPathComponent("fonts").path
    }

    /// The `Examples` folder beside the `Assets` folder whose fonts are in `fontsDirectory`: the
    /// sample files (a client sheet, conversation notes) that a checkout has and `make install`
    /// copies beside the Assets, for a front-end to offer.
    public static func examplesDirectory(besideFonts fontsDirectory: String) -> String {
        URL(fileURLWithPath: fontsDirectory).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples").path
    }

    private static func holdsFonts(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("fonts").path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    /// The running executable with symbolic links resolved (an installed link in ~/bin still finds
    /// its assets).
    private static func executableURL() -> URL {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: resolved)
        }
        let argument = CommandLine.arguments.first ?? "materialen"
        return URL(fileURLWithPath: argument).resolvingSymlinksInPath()
    }
}
