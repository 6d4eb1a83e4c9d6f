import Foundation
import HummingbirdCore
import HummingbirdTLS
import NIOSSL

/// The certificate (chain) and private key of `--tls-cert` and `--tls-key`, PEM files, with which
/// the page serves HTTPS itself.
public struct TLSFiles: Sendable, Hashable {
    public let certificate: String
    public let key: String

    public init(certificate: String, key: String) {
        self.certificate = certificate
        self.key = key
    }

    /// HTTP/1.1 inside TLS with these files, read now so that a wrong file stops the start with
    /// its name instead of failing each connection.
    func serverBuilder() throws(LoketError) -> HTTPServerBuilder {
        for path in [certificate, key] where !FileManager.default.isReadableFile(atPath: path) {
            throw .tlsFile(path: path, reason: FileManager.default.fileExists(atPath: path) ? "it cannot be read" : "it does not exist")
        }
        let chain: [NIOSSLCertificate]
        do {
            chain = try NIOSSLCertificate.fromPEMFile(certificate)
        } catch {
            throw .tlsFile(path: certificate, reason: "not a PEM certificate (\(error))")
        }
        guard !chain.isEmpty else { throw .tlsFile(path: certificate, reason: "it holds no certificate") }
        let privateKey: NIOSSLPrivateKey
        do {
            privateKey = try NIOSSLPrivateKey(file: key, format: .pem)
        } catch {
            throw .tlsFile(path: key, reason: "not a PEM private key without a passphrase (\(error))")
        }
        let configuration = TLSConfiguration.makeServerConfiguration(certificateChain: chain.map { .certificate($0) },
                                                                      privateKey: .privateKey(privateKey))
        do {
            // A context made now checks that the key belongs to the certificate.
            _ = try NIOSSLContext(configuration: configuration)
            return try .tls(.http1(), tlsConfiguration: configuration)
        } catch {
            throw .tlsFile(path: key, reason: "it does not fit the certificate \(certificate) (\(error))")
        }
    }
}
