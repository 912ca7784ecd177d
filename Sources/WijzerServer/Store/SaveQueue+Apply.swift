import WijzerScoring

extension SaveQueue {
    /// A self-check as read for a group: its questionnaire and its document, or why the
    /// document could not be read.
    typealias Stored = (questionnaire: String, document: Result<ResultDocument, Error>)

    /// The self-checks of `saves` (their link digests `keys`) that `documents` keeps as documents
    /// of their saves' questionnaire, as `apply` takes them, with the texts they were kept as.
    /// Both stores start a group from these instead of reading them, and write each only while
    /// its stored text is still the kept one.
    static func kept(_ saves: [Save], keys: [String], in documents: DocumentCache)
        -> (stored: [String: Stored], texts: [String: String]) {
        var stored: [String: Stored] = [:]
        var texts: [String: String] = [:]
        var unsure: Set<String> = []
        for (save, key) in zip(saves, keys) where !unsure.contains(key) {
            guard let found = documents.kept(key: key), found.document.questionnaire.id == save.questionnaire else {
                unsure.insert(key)
                (stored[key], texts[key]) = (nil, nil)
                continue
            }
            (stored[key], texts[key]) = ((save.questionnaire, .success(found.document)), found.text)
        }
        return (stored, texts)
    }

    /// Applies a group's changes in order to the self-checks read for it (`stored`, by link
    /// digest): a later save of the same link sees the earlier one's change. Returns one result
    /// per save (nil for an unknown link or another questionnaire's; a change that throws or an
    /// unreadable document fails that save alone) and the changed documents to write, each once.
    static func apply(_ saves: [Save], to stored: inout [String: Stored])
        -> (results: [Result<ResultDocument?, Error>], changed: [(key: String, document: ResultDocument)]) {
        var changed: [String] = []
        var results: [Result<ResultDocument?, Error>] = []
        for save in saves {
            let key = LinkDigest.of(save.link)
            guard let found = stored[key], found.questionnaire == save.questionnaire else {
                results.append(.success(nil))
                continue
            }
            results.append(Result {
                var document = try found.document.get()
                try save.change(&document)
                stored[key]?.document = .success(document)
                if !changed.contains(key) { changed.append(key) }
                return document
            })
        }
        return (results, changed.compactMap { key in (try? stored[key]?.document.get()).map { (key, $0) } })
    }
}
