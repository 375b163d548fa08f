import Foundation

/// Verifies a model's program against tests derived from the problem statement, in the ``Sandbox``.
///
/// The statement's examples (and inputs made from them) are run through the dataset's reference
/// program first; when the reference reproduces the statement's outputs, its outputs become the
/// expectation for every test (differential testing). Without a usable reference the statement's own
/// outputs are the expectation. Outputs are compared the way judges do (``OutputComparator``).
///
/// Never throws: a missing program is `no_answer`, a failing one `incorrect` (or `timeout`), a sandbox
/// that cannot run anything `verifier_error`. The method is always `code_execution`; confidence is
/// below 0.4 when no test could be derived, when the reference fails its own examples, or when the
/// statement accepts several answers and the outputs differ, so the run consults the LLM judge.
///
/// ```swift
/// let sandbox = try await Sandbox.create()          // once per process, shared
/// let verifier = CodeVerifier(sandbox: sandbox)
/// let result = await verifier.verify(problem: prompt, referenceSolution: reference, response: answer)
/// ```
public struct CodeVerifier: Sendable {
    /// The method name recorded in results.
    public static let method = "code_execution"

    /// The shared sandbox (and pool).
    public let sandbox: Sandbox
    /// Limits for each test run.
    public let limits: SandboxLimits

    /// Creates a verifier that runs programs in `sandbox`.
    ///
    /// - Parameters:
    ///   - sandbox: the process-wide sandbox; its pool bounds how many programs run at once.
    ///   - limits: per-test limits (default ``SandboxLimits/run``: 5 s, 1 GiB).
    public init(sandbox: Sandbox, limits: SandboxLimits = .run) {
        self.sandbox = sandbox
        self.limits = limits
    }

    /// Verifies one candidate response.
    ///
    /// - Parameters:
    ///   - problem: the problem statement the model saw.
    ///   - referenceSolution: the dataset's reference answer (a fenced program or bare code), if any.
    ///   - response: the model's response (or its structured `final_answer`).
    /// - Returns: the verdict, with method `code_execution`.
    public func verify(problem: String, referenceSolution: String?, response: String) async -> VerificationResult {
        await report(problem: problem, referenceSolution: referenceSolution, response: response).result
    }

    /// Verifies one candidate response and returns every step: derived tests, reference checks, results.
    ///
    /// - Parameters:
    ///   - problem: the problem statement the model saw.
    ///   - referenceSolution: the dataset's reference answer, if any.
    ///   - response: the model's response.
    /// - Returns: the report; its ``CodeVerificationReport/result`` is what ``verify(problem:referenceSolution:response:)`` returns.
    public func report(problem: String, referenceSolution: String?, response: String) async -> CodeVerificationReport {
        let reference = referenceSolution.flatMap(CandidateProgram.extract(from:))
        let derivation = TestDerivation.derive(statement: problem, reference: reference)
        let candidate = CandidateProgram.extract(from: response)
        var report = CodeVerificationReport(
            derivation: derivation,
            candidate: candidate,
            reference: reference,
            referenceChecks: (0, 0),
            results: [],
            result: Self.result(.noAnswer, candidate, 0.9, "the response holds no Python or C++ program")
        )
        guard let candidate else { return report }
        guard !derivation.tests.isEmpty else {
            report.result = Self.result(
                .incorrect,
                candidate,
                0.1,
                "no test could be derived from the problem statement, so the program was not run; the judge decides"
            )
            return report
        }
        let runner = ProgramRunner(sandbox: sandbox, limits: limits)
        let inputs = derivation.tests.map(\.input)

        // 1. The reference on every input: does it reproduce the statement's outputs?
        var referenceOutputs: [String?] = Array(repeating: nil, count: inputs.count)
        if let reference,
            case .outcomes(let outcomes) = await runner.run(reference, style: derivation.style, inputs: inputs)
        {
            referenceOutputs = outcomes.map { $0.succeeded && !$0.stdout.isEmpty ? $0.stdout : nil }
        }
        var checks = (passed: 0, total: 0)
        for (test, output) in zip(derivation.tests, referenceOutputs) {
            guard let expected = test.expectedOutput else { continue }
            checks.total += 1
            if let output, matches(output, expected, derivation) { checks.passed += 1 }
        }
        report.referenceChecks = checks
        let referenceUsable =
            reference != nil && checks.passed == checks.total
            && referenceOutputs.contains { $0 != nil }

        // 2. The expectation per test.
        var used: [(test: DerivedTest, expected: String, source: String)] = []
        for (test, output) in zip(derivation.tests, referenceOutputs) {
            if referenceUsable, let output {
                used.append((test, output, "reference"))
            } else if let expected = test.expectedOutput {
                used.append((test, expected, "statement"))
            }
        }
        guard !used.isEmpty else {
            report.result = Self.result(
                .incorrect,
                candidate,
                0.15,
                "tests had inputs but no usable expected output (the reference failed on them); the judge decides"
            )
            return report
        }

        // 3. The candidate.
        let runs = await runner.run(candidate, style: derivation.style, inputs: used.map(\.test.input))
        switch runs {
        case .failed(let outcome):
            report.results = used.map {
                CodeTestResult(
                    test: $0.test,
                    expectedOutput: $0.expected,
                    expectationSource: $0.source,
                    outcome: outcome,
                    actualOutput: ""
                )
            }
        case .outcomes(let outcomes):
            report.results = zip(used, outcomes).map { item, outcome in
                CodeTestResult(
                    test: item.test,
                    expectedOutput: item.expected,
                    expectationSource: item.source,
                    outcome: testOutcome(outcome, expected: item.expected, derivation),
                    actualOutput: outcome.stdout
                )
            }
        }
        report.result = conclude(report, referenceUsable: referenceUsable)
        return report
    }

    private func conclude(_ report: CodeVerificationReport, referenceUsable: Bool) -> VerificationResult {
        let results = report.results
        let candidate = report.candidate
        let statementTests = results.filter { $0.test.expectedOutput != nil }.count
        let derivedTests = results.count - statementTests
        let checks = report.referenceChecks
        var confidence: Double
        var basis: String
        if referenceUsable && checks.total > 0 {
            confidence = 0.7 + 0.05 * Double(min(results.count, 5))
            basis = "the reference reproduces all \(checks.total) statement example(s)"
        } else if referenceUsable {
            confidence = 0.5
            basis = "expected outputs are the reference's (the statement gives none)"
        } else if report.reference != nil && checks.total > 0 {
            confidence = 0.3
            basis =
                "the reference passes only \(checks.passed) of \(checks.total) statement example(s), so the statement's outputs were used"
        } else {
            confidence = 0.45 + 0.05 * Double(min(results.count, 4))
            basis = "no reference program; the statement's outputs were used"
        }
        let summary =
            "\(results.count) test(s): \(statementTests) from the statement, \(derivedTests) derived; \(basis)"
        if let failure = results.first(where: { if case .sandboxFailure = $0.outcome { true } else { false } }) {
            return Self.result(
                .verifierError,
                candidate,
                0,
                "the sandbox could not run the program: \(failure.outcome.evidence ?? "")"
            )
        }
        let failures = results.enumerated().filter { !$0.element.outcome.isPassed }
        guard let firstFailure = failures.first else {
            return Self.result(.correct, candidate, confidence, "passed all \(summary)")
        }
        let index = firstFailure.offset
        let first = firstFailure.element
        let evidence = first.outcome.evidence.map { ": \($0)" } ?? ""
        let description =
            "failed \(failures.count) of \(summary); first failure, test \(index + 1) (\(first.test.origin.rawValue)), "
            + "\(first.outcome.name)\(evidence)"
        if report.derivation.comparison.multipleAnswers
            && failures.allSatisfy({ if case .wrongOutput = $0.element.outcome { true } else { false } })
        {
            return Self.result(
                .incorrect,
                candidate,
                0.3,
                description + "; the statement accepts several answers, so the judge decides"
            )
        }
        let onlyTimeouts = failures.allSatisfy { $0.element.outcome == .timeout }
        return Self.result(onlyTimeouts ? .timeout : .incorrect, candidate, confidence, description)
    }

    private func testOutcome(_ outcome: ExecutionOutcome, expected: String, _ derivation: TestDerivation) -> TestOutcome
    {
        switch outcome.termination {
        case .timedOut: return .timeout
        case .memoryLimitExceeded: return .memoryExceeded
        case .outputLimitExceeded: return .outputLimit
        case .sandboxFailure: return .sandboxFailure(outcome.stderrTail(lines: 3))
        case .signaled(let signal): return .runtimeError("killed by signal \(signal); \(outcome.stderrTail(lines: 3))")
        case .exited(let code) where code != 0:
            return .runtimeError("exit code \(code); \(outcome.stderrTail(lines: 3))")
        case .exited:
            if let difference = difference(outcome.stdout, expected, derivation) { return .wrongOutput(difference) }
            return .passed
        }
    }

    private func matches(_ actual: String, _ expected: String, _ derivation: TestDerivation) -> Bool {
        difference(actual, expected, derivation) == nil
    }

    private func difference(_ actual: String, _ expected: String, _ derivation: TestDerivation) -> String? {
        let comparator = OutputComparator(comparison: derivation.comparison)
        guard case .function = derivation.style else {
            return comparator.firstDifference(actual: actual, expected: expected)
        }
        let got = PythonHarness.canonical(actual)
        let want = PythonHarness.canonical(expected)
        if got == want || comparator.tokensMatch(got, want) { return nil }
        if got.hasPrefix("\""), got.hasSuffix("\""), got.dropFirst().dropLast() == want { return nil }
        return "returned `\(got.prefix(80))`, expected `\(want.prefix(80))`"
    }

    private static func result(
        _ verdict: Verdict,
        _ candidate: CandidateProgram?,
        _ confidence: Double,
        _ explanation: String
    )
        -> VerificationResult
    {
        VerificationResult(
            verdict: verdict,
            extractedAnswer: candidate?.source,
            method: method,
            confidence: confidence,
            explanation: explanation
        )
    }
}
