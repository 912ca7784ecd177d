// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "Wijzer",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "wijzer", targets: ["wijzer"]),
        .library(name: "WijzerKit", targets: ["WijzerKit"]),
        // Generators and drivers for tests, also used by the benchmarks package.
        .library(name: "WijzerTestSupport", targets: ["WijzerTestSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // Pure core: language, model, validation, diagnostics. No terminal, no argument parsing.
        .target(name: "WijzerKit"),
        // The bundled questionnaires, embedded into the binary at build time.
        .target(
            name: "WijzerContent",
            plugins: [.plugin(name: "EmbedQuestionnaires")]
        ),
        .executableTarget(name: "wijzer-embed", path: "Sources/WijzerEmbed"),
        .plugin(
            name: "EmbedQuestionnaires",
            capability: .buildTool(),
            dependencies: ["wijzer-embed"]
        ),
        // GNU readline (Debian: libreadline-dev), with a shim header for its settings.
        .systemLibrary(
            name: "CReadline",
            pkgConfig: "readline",
            providers: [.apt(["libreadline-dev"])]
        ),
        // Everything that knows about terminals: colour, isatty, rendering diagnostics for a
        // stream, and the interactive runner on readline.
        .target(name: "WijzerTerminal", dependencies: ["WijzerKit", "CReadline"]),
        // The thin command-line front end: one file per subcommand.
        .executableTarget(
            name: "wijzer",
            dependencies: [
                "WijzerKit", "WijzerContent", "WijzerTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "WijzerTestSupport",
            dependencies: ["WijzerKit"],
            // forkpty for the pseudo-terminal driver.
            linkerSettings: [.linkedLibrary("util")]
        ),
        .testTarget(
            name: "WijzerKitTests",
            dependencies: [
                "WijzerKit", "WijzerContent", "WijzerTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Golden", "Crashers", "Fixtures"]
        ),
        .testTarget(
            name: "WijzerTerminalTests",
            dependencies: ["WijzerKit", "WijzerContent", "WijzerTerminal", "WijzerTestSupport"]
        ),
        .testTarget(
            name: "WijzerCLITests",
            dependencies: ["WijzerKit", "WijzerTestSupport", "wijzer"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
