public import LLM

extension RunJournal: ResponseStore {
    /// The answer stored for `key` by this run (or a killed earlier process of it), if any.
    public func lookup(_ key: String) -> ChatResponse? {
        ResponseTable.lookup(key, in: pool)
    }

    /// Keeps an answer as soon as it arrives; committed before the caller sees it.
    public func store(_ response: ChatResponse, for key: String) {
        ResponseTable.store(response, for: key, in: pool)
    }
}
