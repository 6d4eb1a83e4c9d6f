import Drukkerij
import Foundation
import Inhoud

extension LoketServer {
    /// Reads the organisation's content file again (what SIGHUP does) and makes every request from
    /// now on with it, on the same renderers. A file with an error (named, with its line) keeps the
    /// content as it was.
    public func reloadContent(from file: URL) throws(InhoudError) {
        let renderers = drukkerij.renderers
        shop.replace(with: Drukkerij(inhoud: try Inhoud.load(contentFile: file), renderers: renderers, isOwnContent: true))
    }
}
