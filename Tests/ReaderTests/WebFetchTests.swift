// `reader extract URL` against an HTTP server the test starts on 127.0.0.1: success, charset
// from the header, gzip, a redirect, too many redirects, 404, a refused port, a slow server
// hitting a shortened timeout, an oversize body, a non-HTML answer.
import Foundation
import Testing

/// A small Python HTTP server written and started by the test; stopped when released.
final class TestServer {
    let process = Process()
    let port: Int
    /// A port that was free a moment ago and has nothing listening on it.
    let closedPort: Int

    static let script = #"""
import gzip, signal, socket, sys, time
signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the test runner may have left it ignored
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE = ("<!DOCTYPE html><html><head><title>Harbour plan</title></head><body><article>"
    "<p>The council met on Tuesday evening to discuss the new harbour plan, which has divided the town.</p>"
    "<p>\u201cWe cannot wait another year,\u201d said the mayor, Ana Ruiz, who proposed the plan in March.</p>"
    "</article></body></html>")

class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, status, body, ctype="text/html; charset=utf-8", extra=()):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for k, v in extra:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        p = self.path
        if p == "/page":
            self.send(200, ARTICLE.encode("utf-8"))
        elif p == "/latin1":
            self.send(200, ARTICLE.encode("cp1252"), "text/html; charset=windows-1252")
        elif p == "/gzip":
            self.send(200, gzip.compress(ARTICLE.encode("utf-8")), extra=[("Content-Encoding", "gzip")])
        elif p == "/redirect":
            self.send(302, b"", extra=[("Location", "/page")])
        elif p.startswith("/loop"):
            n = len(p)
            self.send(302, b"", extra=[("Location", p + "x")])
        elif p == "/image":
            self.send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image/png")
        elif p == "/slow":
            time.sleep(6)
            self.send(200, ARTICLE.encode("utf-8"))
        elif p == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"filler text " * 5000 + b"</p>\n"
            try:
                for _ in range(22 * 1024 * 1024 // len(chunk) + 2):
                    self.wfile.write(chunk)
            except OSError:
                pass
            self.close_connection = True
        else:
            self.send(404, b"<html><body>Not found</body></html>")

closed = socket.socket()
closed.bind(("127.0.0.1", 0))
closed_port = closed.getsockname()[1]
closed.close()
server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(server.server_address[1], closed_port, flush=True)
server.serve_forever()
"""#

    init() throws {
        let dir = try CLI.tempDirectory()
        let path = try CLI.write(Self.script, "server.py", in: dir)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        // The first line is "PORT CLOSED_PORT".
        var line = Data()
        while !line.contains(0x0A) {
            let byte = out.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty { break }
            line.append(byte)
        }
        let ports = String(decoding: line, as: UTF8.self).split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard ports.count == 2 else { kill(process.processIdentifier, SIGKILL); throw ServerDidNotStart() }
        port = ports[0]
        closedPort = ports[1]
    }

    struct ServerDidNotStart: Error {}

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    deinit {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

@Suite(.serialized) struct WebFetchTests {
    @Test func fetchesAPageAndItsCharset() throws {
        let server = try TestServer()
        for path in ["/page", "/latin1", "/gzip", "/redirect"] {
            let r = try CLI.run(["extract", server.url(path)])
            #expect(r.status == 0, "\(path): \(r.stderr)")
            #expect(r.out.contains("“We cannot wait another year,” said the mayor"), "\(path)")
            #expect(r.stderr.isEmpty, "\(path)")
        }
    }

    @Test func theReaderOpensAURLWithItsAddress() throws {
        let server = try TestServer()
        let r = try CLI.run(["--json", server.url("/redirect")])
        #expect(r.status == 0)
        let object = try CLI.jsonObject(r)
        let meta = object["meta"] as? [String: Any]
        #expect(meta?["url"] as? String == server.url("/page"))  // after the redirect
        #expect((object["text"] as? String)?.hasPrefix("Harbour plan\n\n") == true)
    }

    @Test func failuresAreOneLineAndExitOne() throws {
        let server = try TestServer()
        let cases: [(String, String)] = [
            (server.url("/missing"), "HTTP 404"),
            (server.url("/loop"), "more than 5 redirects"),
            (server.url("/image"), "not a web page (image/png)"),
            (server.url("/big"), "larger than 20 MB"),
            ("http://127.0.0.1:\(server.closedPort)/page", "connection refused"),
        ]
        for (url, reason) in cases {
            let r = try CLI.run(["extract", url])
            #expect(r.status == 1, "\(url)")
            #expect(r.out.isEmpty, "\(url)")
            #expect(r.stderrLines.count == 1, "\(url): \(r.stderr)")
            #expect(r.stderr.contains(reason), "\(url): \(r.stderr)")
        }
    }

    @Test func aSlowServerTimesOut() throws {
        let server = try TestServer()
        let start = Date()
        let r = try CLI.run(["extract", server.url("/slow")], env: ["READER_FETCH_TIMEOUT": "1"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("timed out after 1 s"), "\(r.stderr)")
        #expect(r.stderrLines.count == 1)
        #expect(Date().timeIntervalSince(start) < 5)
    }
}
