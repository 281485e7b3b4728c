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
        // The ncursesw C library, found through pkg-config.
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw",
                       providers: [.apt(["libncurses-dev"])]),
        // The executable: argument parsing, screen layout, the ncurses backend.
        .executableTarget(name: "Reader", dependencies: [
            "Model", "CNcursesw",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "ModelTests", dependencies: ["Model"]),
        .testTarget(name: "ReaderTests", dependencies: ["Reader", "Model"]),
    ],
    swiftLanguageModes: [.v5]
)
