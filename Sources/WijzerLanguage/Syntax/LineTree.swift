/// A statement line and where the lines indented below it are: the layout skeleton of a file.
///
/// The lines of a file are kept flat, in order (`LineTree.nodes`): the lines indented below
/// node `n` are `nodes[n.childStart..<n.subtreeEnd]`, and a child's next sibling starts at the
/// child's own `subtreeEnd`. A 10 MB set has ~130,000 statement lines; a tree of nodes with
/// their own token and child arrays cost more allocation and reference counting than parsing.
struct LineNode: Sendable {
    /// The 0-based line index in the file.
    var line: Int32
    var indent: Int32
    /// This line's tokens in `LineTree.tokens`, without a trailing comment.
    var tokenStart: Int32
    var tokenEnd: Int32
    var childStart: Int32
    var subtreeEnd: Int32
    /// The text block below a text-block keyword (index in `LineTree.textBlocks`), or -1.
    var textBlock: Int32

    var hasChildren: Bool { subtreeEnd > childStart }
}

/// The statement lines of one file with their tokens and text blocks.
struct LineTree: Sendable {
    var nodes: [LineNode] = []
    var tokens: [Token] = []
    var textBlocks: [TextValue] = []
}

/// The lines directly below one line (or the top-level lines of a file).
struct LineChildren: Sequence {
    let nodes: [LineNode]
    let start: Int
    let end: Int

    struct Iterator: IteratorProtocol {
        let nodes: [LineNode]
        var position: Int
        let end: Int
        mutating func next() -> LineNode? {
            guard position < end else { return nil }
            let node = nodes[position]
            position = Int(node.subtreeEnd)
            return node
        }
    }

    func makeIterator() -> Iterator { Iterator(nodes: nodes, position: start, end: end) }
    var first: LineNode? { start < end ? nodes[start] : nil }
}

/// What each line of a file is, for the formatter.
enum LineRole: Sendable, Equatable {
    case blank
    /// A comment line; `depth` is that of the statement it precedes.
    case comment(depth: Int)
    case code(depth: Int)
    /// A line of a text block: `depth` is the block's canonical depth, `extra` the columns of
    /// indentation beyond the block's own, kept as written.
    case text(depth: Int, extra: Int)
    case textBlank
}
