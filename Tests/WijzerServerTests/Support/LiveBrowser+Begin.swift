import HummingbirdTesting
import Testing
import WijzerLanguage

extension LiveBrowser {
    /// Begins a self-check as a browser does and answers the first of `questions` that are
    /// shown unconditionally (question i at `vraag/i+1`); its private link and how many answers
    /// the server acknowledged (303).
    func beginAndAnswer(theme: String, _ questions: [ResolvedQuestion]) async throws -> (link: String, acknowledged: Int) {
        _ = try await get("/")
        let link = String(try #require(try await post("/begin").location).dropFirst(3).prefix(32))
        var acknowledged = 0
        for (i, question) in questions.enumerated() where question.showIf == nil {
            let response = try await post("/s/\(link)/thema/\(theme)/vraag/\(i + 1)", validAnswer(question))
            if response.status == 303 { acknowledged += 1 }
        }
        return (link, acknowledged)
    }
}
