import Foundation
import WijzerTestSupport

/// Validates JSON files against a JSON Schema with Python's `jsonschema`, in the draft the
/// schema names; prints each error with its path and exits 1 when there is any.
enum SchemaValidation {
    static let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        v = cls(schema, format_checker=jsonschema.FormatChecker())
        bad = 0
        for path in sys.argv[2:]:
            for e in v.iter_errors(json.load(open(path))):
                bad += 1
                print(path, list(e.absolute_path), e.message)
        sys.exit(1 if bad else 0)
        """

    static func validate(_ schema: String, _ paths: [String]) throws -> WijzerProcess.Outcome {
        try WijzerProcess.runExecutableForTests("/usr/bin/env", ["python3", "-c", script, schema] + paths)
    }
}
