import Prometheus

/// The page's numbers for the organisation's monitoring (`GET /metrics`, Prometheus text format):
/// requests by route, method and status, their durations, and how much work is waiting. Labels
/// hold route patterns only (never a query, a form value or a user name), so no personal data,
/// and unknown paths all count as `other`, so nobody can make the list grow.
final class LoketMetrics: Sendable {
    private let registry = PrometheusCollectorRegistry()
    /// Upper bounds of the latency buckets: pages take milliseconds, documents a second or so,
    /// batches minutes.
    static let buckets: [Duration] = [.milliseconds(5), .milliseconds(25), .milliseconds(100), .milliseconds(250),
                                      .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10),
                                      .seconds(30), .seconds(120)]
    private let documentsInWork: Gauge
    private let documentPlaces: Gauge
    private let batchesWaiting: Gauge

    init() {
        documentsInWork = registry.makeGauge(descriptor: .init(namespace: "materialen", metricName: "documents_in_progress",
                                                                unitName: "", helpText: "Documents being drawn or waiting for a renderer."))
        documentPlaces = registry.makeGauge(descriptor: .init(namespace: "materialen", metricName: "documents_limit",
                                                               unitName: "", helpText: "Documents that may be in progress before the page answers 503."))
        batchesWaiting = registry.makeGauge(descriptor: .init(namespace: "materialen", metricName: "batches_waiting",
                                                               unitName: "", helpText: "Batches waiting while another one is made."))
    }

    /// How metrics and the access log name a request's route: the router's pattern, and `other` for a
    /// path no route has, so a name typed into the address bar is never counted or logged.
    static func routeLabel(_ route: String?) -> String {
        route.flatMap { $0 == "NotFound" ? nil : $0 } ?? "other"
    }

    /// Counts one answered request. `route` is the router's pattern, or nil for a path no route has.
    func record(route: String?, method: String, status: Int, duration: Duration) {
        let label = Self.routeLabel(route)
        registry.makeCounter(descriptor: .init(namespace: "materialen", subsystem: "http", metricName: "requests", unitName: "total",
                                               helpText: "Requests answered, by route, method and status."),
                             labels: [("route", label), ("method", method), ("status", String(status))]).increment()
        registry.makeDurationHistogram(descriptor: .init(namespace: "materialen", subsystem: "http", metricName: "request_duration",
                                                         unitName: "seconds", helpText: "Time to answer a request, by route."),
                                       labels: [("route", label)], buckets: Self.buckets).record(duration)
    }

    /// The text for Prometheus, with the work in progress as it is now.
    func exposition(documentsInWork: Int, documentLimit: Int, batchesWaiting: Int) -> String {
        self.documentsInWork.set(Double(documentsInWork))
        documentPlaces.set(Double(documentLimit))
        self.batchesWaiting.set(Double(batchesWaiting))
        return registry.emitToString()
    }
}
