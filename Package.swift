// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "reader",
    products: [
        .executable(name: "reader", targets: ["Reader"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Pure analysis: no ncurses, no I/O, deterministic.
        .target(name: "Model"),
        // The ncursesw C library (Debian's libncurses-dev). Not through pkg-config: SwiftPM
        // refuses its -D flags with a warning on every build, and the shim sets what they set.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // libxml2's HTML parser behind a narrow C interface of our own: Swift never sees
        // libxml2's headers, which include ICU and clash with Foundation's ICU on a clean build.
        .target(name: "CLibXML2",
                cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])],
                linkerSettings: [.linkedLibrary("xml2")]),
        // Web pages to article text and metadata: pure (bytes in, text out), no file or network I/O.
        .target(name: "WebPage", dependencies: ["CLibXML2"]),
        // The executable: argument parsing, screen layout, the ncurses backend, loading and fetching.
        .executableTarget(name: "Reader", dependencies: [
            "Model", "CNcursesw", "WebPage",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "ModelTests", dependencies: ["Model"]),
        .testTarget(name: "WebPageTests", dependencies: ["WebPage"]),
        .testTarget(name: "ReaderTests", dependencies: ["Reader", "Model", "WebPage"]),
    ],
    swiftLanguageModes: [.v5]
)
