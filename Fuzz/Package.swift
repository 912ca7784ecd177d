// swift-tools-version: 6.2
import PackageDescription

// libFuzzer harness for WijzerLanguage, kept out of the root package. Build with Fuzz/build.sh, run with
// Fuzz/run.sh; docs/FUZZING.md explains both.
//
// Why not plain `swift build --sanitize fuzzer`: SwiftPM then compiles *every* executable target in
// the graph with `-sanitize=fuzzer -parse-as-library`, including the root package's build tool
// `wijzer-embed` (top-level code in main.swift; it would also get libFuzzer's `main`). So build.sh
// passes `--sanitize address` plus the coverage instrumentation that `-sanitize=fuzzer` implies
// (`-Xswiftc -sanitize-coverage=...`, harmless in the tool: ASan's runtime has no-op hooks), and
// only this target links libFuzzer, through the linker setting below. Without `--sanitize
// fuzzer`, SwiftPM links the executable with `--defsym main=wijzer_fuzz_main`; the harness defines
// that function and hands over to libFuzzer's `LLVMFuzzerRunDriver` (declared with `@_extern(c)`).
let package = Package(
    name: "WijzerFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        // The root package; its identity is the folder name, so it is named explicitly here.
        .package(name: "Wijzer", path: ".."),
    ],
    targets: [
        // No top-level code (-parse-as-library): libFuzzer's driver calls LLVMFuzzerTestOneInput.
        .executableTarget(
            name: "wijzer-fuzz",
            dependencies: [
                .product(name: "WijzerLanguage", package: "Wijzer"),
                .product(name: "WijzerTestSupport", package: "Wijzer"),
            ],
            swiftSettings: [.unsafeFlags(["-parse-as-library"]), .enableExperimentalFeature("Extern")],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
