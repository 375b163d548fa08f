import Datasets
import LLM

/// Asks for all of a query's planned candidates in one request with `n` (`use_n: true`), and hands each
/// candidate its choice.
///
/// The first candidate of a query to arrive sends one `completeMany(_:count:)` for every candidate of that
/// query in the run's plan; the others wait for the same answer. Choice `j` goes to the plan's `j`-th
/// candidate index of the query, so the group, its request and its cache keys are the same on every resume
/// (an answer kept in the journal is not bought again). The answer is dropped once every candidate still to
/// do in this process has taken its choice.
actor ChoiceGroups {
    private let client: any LLMClient
    /// Candidate indices of each query in the plan, ascending.
    private let planned: [String: [Int]]
    /// Candidates of each query still to take a choice in this process.
    private var waiting: [String: Int]
    private var answers: [String: Task<Result<[ChatResponse], LLMError>, Never>] = [:]

    /// Groups `planned` by query; `remaining` are the items this process will ask for.
    init(client: any LLMClient, planned: [WorkItem], remaining: [WorkItem]) {
        self.client = client
        var groups: [String: [Int]] = [:]
        for item in planned { groups[item.query.id, default: []].append(item.candidateIndex) }
        self.planned = groups.mapValues { $0.sorted() }
        var waiting: [String: Int] = [:]
        for item in remaining { waiting[item.query.id, default: 0] += 1 }
        self.waiting = waiting
    }

    /// The choice for `item`, whose own request is `request`; `group` makes the request for the group's
    /// first candidate.
    func response(
        for item: WorkItem,
        group request: @Sendable (Int) -> ChatRequest
    ) async -> Result<ChatResponse, LLMError> {
        let id = item.query.id
        let indices = planned[id] ?? [item.candidateIndex]
        guard let position = indices.firstIndex(of: item.candidateIndex) else {
            return .failure(LLMError(.unavailable, "candidate \(item.candidateIndex) of \(id) is not in the plan"))
        }
        let task: Task<Result<[ChatResponse], LLMError>, Never>
        if let existing = answers[id] {
            task = existing
        } else {
            let client = self.client
            let first = request(indices[0])
            let count = indices.count
            task = Task {
                do throws(LLMError) {
                    return .success(try await client.completeMany(first, count: count))
                } catch {
                    return .failure(error)
                }
            }
            answers[id] = task
        }
        let result = await task.value
        waiting[id, default: 1] -= 1
        if waiting[id, default: 0] <= 0 { answers[id] = nil }
        return result.flatMap { responses in
            position < responses.count
                ? .success(responses[position])
                : .failure(
                    LLMError(.malformedResponse, "the server returned \(responses.count) of \(indices.count) choices")
                )
        }
    }
}
