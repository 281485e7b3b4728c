// Writing to stdout for the report, JSON and bench: whole buffers through write(2), and a
// closed pipe (`reader FILE | head -1`) ends the program quietly instead of with a trace.
import Foundation

enum StandardOutput {
    /// SIGPIPE is ignored so a closed pipe shows up as EPIPE, which `write` turns into a quiet exit.
    static func prepare() {
        signal(SIGPIPE, SIG_IGN)
    }

    static func write(_ string: String) {
        var s = string
        s.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    static func write(_ buffer: UnsafeRawBufferPointer) {
        var offset = 0
        while offset < buffer.count {
            let n = Foundation.write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                // EPIPE: the reader of our output has gone; nothing more to say to anyone.
                // Any other error (disk full): say so once and fail.
                if errno != EPIPE { Diagnostics.warn("cannot write output: \(String(cString: strerror(errno)))") }
                exit(errno == EPIPE ? 0 : 1)
            }
            offset += n
        }
    }
}
