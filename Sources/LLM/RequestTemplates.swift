import AsyncHTTPClient
import NIOHTTP1
import Synchronization

/// Requests with their URL already parsed, one per endpoint: parsing and validating a URL costs more than the
/// rest of building a request, and a client sends thousands to the same one or two endpoints.
final class RequestTemplates: Sendable {
    private struct Key: Hashable {
        var url: String
        var method: String
    }

    private let templates = Mutex<[Key: HTTPClient.Request]>([:])
    /// Batch calls name a batch or a file in the URL: beyond this many endpoints, requests are built afresh.
    private static let capacity = 8

    /// A request for `url` with `method`, `headers` and `body`.
    ///
    /// - Throws: the client's error for a URL it cannot send to.
    func request(
        url: String,
        method: HTTPMethod,
        headers: HTTPHeaders,
        body: HTTPClient.Body?
    ) throws -> HTTPClient.Request {
        let key = Key(url: url, method: method.rawValue)
        var request: HTTPClient.Request
        if let template = templates.withLock({ $0[key] }) {
            request = template
        } else {
            request = try HTTPClient.Request(url: url, method: method)
            templates.withLock { templates in
                if templates.count < Self.capacity { templates[key] = request }
            }
        }
        request.headers = headers
        request.body = body
        return request
    }
}
