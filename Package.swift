// swift-tools-version: 6.2
import PackageDescription

// The modules follow the data flow, one way (docs/ARCHITECTURE.md):
//   WijzerLanguage -> WijzerScoring -> WijzerReports
// with storage, the terminal and the `wijzer` executable at the edges.
let package = Package(
    name: "Wijzer",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "wijzer", targets: ["wijzer"]),
        .library(name: "WijzerLanguage", targets: ["WijzerLanguage"]),
        .library(name: "WijzerScoring", targets: ["WijzerScoring"]),
        .library(name: "WijzerReports", targets: ["WijzerReports"]),
        .library(name: "WijzerStorage", targets: ["WijzerStorage"]),
        // Generators and drivers for tests, also used by the benchmarks package.
        .library(name: "WijzerTestSupport", targets: ["WijzerTestSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.4.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // The web front end (`wijzer serve`) and its SQLite store.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/sqlite-nio", from: "1.13.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        // The PostgreSQL store (`--database postgres://...`), and SHA-256 for stored private links.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.9.0"..<"5.0.0"),
        // Graceful shutdown of open team-view event streams (Hummingbird runs on it already).
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        // OrderedSet, for the self-checks a save group changed (in the order first changed).
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.6.0"),
    ],
    targets: [
        // The questionnaire language: source -> tokens -> syntax -> resolved model, diagnostics,
        // formatter. Pure: no Foundation, no I/O, no threads, no unsafe code.
        .target(name: "WijzerLanguage"),
        // Answers -> evaluation: scores, tips, strengths; sessions in memory; result documents.
        .target(name: "WijzerScoring", dependencies: ["WijzerLanguage"]),
        // Evaluations -> documents people read: the action plan, comparisons, the team report,
        // as Markdown, HTML and CSV.
        .target(name: "WijzerReports", dependencies: ["WijzerLanguage", "WijzerScoring"]),
        // Files on disk: questionnaire sources, sessions, result files, plans; durable writes.
        .target(
            name: "WijzerStorage",
            dependencies: [
                "WijzerLanguage", "WijzerScoring", "WijzerReports",
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
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
        .target(
            name: "WijzerTerminal",
            dependencies: [
                "WijzerLanguage", "WijzerScoring", "WijzerReports", "WijzerStorage", "CReadline",
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // The web front end: server-rendered Dutch pages on Hummingbird, answers in a store
        // (SQLite, or PostgreSQL for several instances on one database).
        .target(
            name: "WijzerServer",
            dependencies: [
                "WijzerLanguage", "WijzerScoring", "WijzerReports", "WijzerStorage",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // The thin command-line front end: one file per subcommand.
        .executableTarget(
            name: "wijzer",
            dependencies: [
                "WijzerLanguage", "WijzerScoring", "WijzerReports", "WijzerStorage",
                "WijzerContent", "WijzerTerminal", "WijzerServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        .target(
            name: "WijzerTestSupport",
            dependencies: ["WijzerLanguage", "WijzerScoring"],
            // forkpty for the pseudo-terminal driver.
            linkerSettings: [.linkedLibrary("util")]
        ),
        .testTarget(
            name: "WijzerLanguageTests",
            dependencies: [
                "WijzerLanguage", "WijzerContent", "WijzerTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Golden", "Crashers", "Fixtures"]
        ),
        .testTarget(
            name: "WijzerScoringTests",
            dependencies: ["WijzerLanguage", "WijzerScoring", "WijzerStorage", "WijzerContent", "WijzerTestSupport",
                           .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "WijzerReportsTests",
            dependencies: [
                "WijzerLanguage", "WijzerScoring", "WijzerReports", "WijzerStorage", "WijzerContent",
                "WijzerTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "WijzerStorageTests",
            dependencies: ["WijzerLanguage", "WijzerScoring", "WijzerReports", "WijzerStorage", "WijzerTestSupport"]
        ),
        .testTarget(
            name: "WijzerTerminalTests",
            dependencies: [
                "WijzerLanguage", "WijzerScoring", "WijzerStorage", "WijzerContent", "WijzerTerminal",
                "WijzerTestSupport",
            ]
        ),
        .testTarget(
            name: "WijzerServerTests",
            dependencies: [
                "WijzerLanguage", "WijzerScoring", "WijzerReports", "WijzerStorage", "WijzerContent",
                "WijzerServer", "WijzerTestSupport", "wijzer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "WijzerCLITests",
            dependencies: ["WijzerLanguage", "WijzerScoring", "WijzerStorage", "WijzerTestSupport", "wijzer"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
