// `reader https://…`: fetching one web page. Only the page itself is fetched (never its
// images, styles, scripts or frames): up to 5 redirects, a 20 s timeout, a 20 MB cap,
// gzip/deflate accepted, the charset from the Content-Type header. Every failure is one line.
import Dispatch
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

enum WebFetcher {
    struct Page {
        var bytes: [UInt8]
        /// The charset parameter of the Content-Type header, if any.
        var charset: String?
        /// The address the page came from, after redirects.
        var url: String
    }

    static let maximumBytes = 20 << 20
    static let maximumRedirects = 5

    /// 20 s; READER_FETCH_TIMEOUT (seconds) shortens it, for the tests of a slow server.
    static var timeout: TimeInterval {
        if let s = ProcessInfo.processInfo.environment["READER_FETCH_TIMEOUT"], let t = Double(s), t > 0 { return min(t, 20) }
        return 20
    }

    static func isURL(_ argument: String) -> Bool {
        let lower = argument.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// The page at `address`, or an ArticleLoader.Failure naming it.
    static func fetch(_ address: String) throws -> Page {
        let name = Sanitizer.visible(address)
        guard let url = URL(string: address), url.host != nil else {
            throw ArticleLoader.Failure(message: "\(name): not a valid address")
        }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.httpAdditionalHeaders = [
            "User-Agent": "reader/0.1 (terminal news reader)",
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        ]
        let delegate = FetchDelegate()
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: queue)
        var request = URLRequest(url: url)
        request.timeoutInterval = timeout
        let task = session.dataTask(with: request)
        task.resume()
        // A hard deadline too, in case a server trickles bytes under the idle timeout.
        if delegate.done.wait(timeout: .now() + timeout + 1) == .timedOut {
            task.cancel()
            delegate.fail("timed out after \(Int(timeout)) s")
            _ = delegate.done.wait(timeout: .now() + 2)
        }
        session.invalidateAndCancel()
        return try delegate.result(name: name, timeout: timeout)
    }

    /// Reads the outcome in callbacks from the session's queue; `result` reads it afterwards.
    private final class FetchDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var data: [UInt8] = []
        private var failure: String?
        private var response: HTTPURLResponse?
        private var redirects = 0
        private var finished = false

        func fail(_ reason: String) {
            lock.lock(); if failure == nil { failure = reason }; lock.unlock()
        }

        func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
            lock.lock(); redirects += 1; let count = redirects; lock.unlock()
            let scheme = request.url?.scheme?.lowercased()
            if count > WebFetcher.maximumRedirects {
                fail("more than \(WebFetcher.maximumRedirects) redirects")
                completionHandler(nil); task.cancel()
            } else if scheme != "http" && scheme != "https" {
                fail("redirected to a non-web address")
                completionHandler(nil); task.cancel()
            } else {
                completionHandler(request)
            }
        }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
            guard let http = response as? HTTPURLResponse else { completionHandler(.allow); return }
            lock.lock(); self.response = http; lock.unlock()
            if !(200..<300).contains(http.statusCode) {
                fail("HTTP \(http.statusCode) \(HTTPURLResponse.localizedString(forStatusCode: http.statusCode))")
                completionHandler(.cancel); return
            }
            if let type = http.value(forHTTPHeaderField: "Content-Type")?.lowercased(), !WebFetcher.isPageType(type) {
                fail("not a web page (\(Sanitizer.visible(type.split(separator: ";").first.map(String.init) ?? type)))")
                completionHandler(.cancel); return
            }
            if http.expectedContentLength > Int64(WebFetcher.maximumBytes) {
                fail("larger than \(WebFetcher.maximumBytes >> 20) MB")
                completionHandler(.cancel); return
            }
            completionHandler(.allow)
        }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive chunk: Data) {
            lock.lock()
            data.append(contentsOf: chunk)
            let tooBig = data.count > WebFetcher.maximumBytes
            if tooBig { data = [] }
            lock.unlock()
            if tooBig { fail("larger than \(WebFetcher.maximumBytes >> 20) MB"); dataTask.cancel() }
        }

        func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
            if let error = error as? URLError {
                switch error.code {
                case .cancelled: fail("cancelled")
                case .timedOut: fail("timed out after \(Int(WebFetcher.timeout)) s")
                case .cannotFindHost, .dnsLookupFailed: fail("cannot resolve host \(task.originalRequest?.url?.host ?? "")")
                case .cannotConnectToHost: fail("connection refused")
                case .networkConnectionLost: fail("connection lost")
                case .notConnectedToInternet: fail("no network connection")
                case .httpTooManyRedirects: fail("more than \(WebFetcher.maximumRedirects) redirects")
                case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
                     .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
                    fail("secure connection failed")
                default: fail(error.localizedDescription)
                }
            } else if let error = error {
                fail(error.localizedDescription)
            }
            lock.lock(); let first = !finished; finished = true; lock.unlock()
            if first { done.signal() }
        }

        func result(name: String, timeout: TimeInterval) throws -> Page {
            lock.lock(); defer { lock.unlock() }
            if let failure = failure { throw ArticleLoader.Failure(message: "\(name): \(failure)") }
            guard finished, let response = response else { throw ArticleLoader.Failure(message: "\(name): no answer") }
            let type = response.value(forHTTPHeaderField: "Content-Type")
            if type == nil && !WebPageSupport.looksLikeHTML(data) {
                throw ArticleLoader.Failure(message: "\(name): not a web page (no HTML in the answer)")
            }
            return Page(bytes: data, charset: type.flatMap(WebFetcher.charset(ofContentType:)),
                        url: response.url?.absoluteString ?? name)
        }
    }

    static func isPageType(_ type: String) -> Bool {
        let media = type.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return media == "text/html" || media == "application/xhtml+xml" || media.isEmpty
    }

    /// "text/html; charset=ISO-8859-1" → "ISO-8859-1".
    static func charset(ofContentType type: String) -> String? {
        for part in type.split(separator: ";") {
            let kv = part.split(separator: "=", maxSplits: 1)
            if kv.count == 2, kv[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" {
                let v = kv[1].trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
                return v.isEmpty ? nil : v
            }
        }
        return nil
    }
}
