// swift-tools-version: 6.2
import PackageDescription

// Benchmarks for Wijzer, kept out of the root package so that `swift build` / `swift test`
// there never compile Yams or the benchmark. Run from the repository root:
//   swift build -c release --static-swift-stdlib --product wijzer && swift run -c release --package-path Benchmarks wijzer-bench
let package = Package(
    name: "WijzerBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        // The root package; its identity is the folder name, so it is named explicitly here.
        .package(name: "Wijzer", path: ".."),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // The same Hummingbird as `wijzer serve`, for the hello-world ceiling (Benchmarks/serve/).
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
    ],
    targets: [
        .executableTarget(
            name: "wijzer-bench",
            dependencies: [
                .product(name: "WijzerLanguage", package: "Wijzer"),
                .product(name: "WijzerScoring", package: "Wijzer"),
                .product(name: "WijzerReports", package: "Wijzer"),
                .product(name: "WijzerStorage", package: "Wijzer"),
                .product(name: "WijzerTestSupport", package: "Wijzer"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // `wijzer team` against Python's json and a plain read of the files (Benchmarks/team/).
        .executableTarget(
            name: "team-bench",
            dependencies: [
                .product(name: "WijzerLanguage", package: "Wijzer"),
                .product(name: "WijzerScoring", package: "Wijzer"),
                .product(name: "WijzerReports", package: "Wijzer"),
                .product(name: "WijzerStorage", package: "Wijzer"),
                .product(name: "WijzerTestSupport", package: "Wijzer"),
            ],
            path: "team/Sources"
        ),
        // Scoring and rendering a full six-theme action plan (Benchmarks/plan/).
        .executableTarget(
            name: "plan-bench",
            dependencies: [
                .product(name: "WijzerLanguage", package: "Wijzer"),
                .product(name: "WijzerScoring", package: "Wijzer"),
                .product(name: "WijzerReports", package: "Wijzer"),
                .product(name: "WijzerStorage", package: "Wijzer"),
            ],
            path: "plan/Sources"
        ),
        // A Hummingbird hello-world route: the ceiling `serve-bench.sh` compares `wijzer serve` with.
        .executableTarget(
            name: "hello-server",
            dependencies: [.product(name: "Hummingbird", package: "hummingbird")],
            path: "serve/hello/Sources"
        ),
    ],
    swiftLanguageModes: [.v6]
)
