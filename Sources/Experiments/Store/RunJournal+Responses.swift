public import LLM
import Synchronization

extension RunJournal: ResponseStore {
    /// The answer stored for `key` by this run (or a killed earlier process of it), if any.
    public func lookup(_ key: String) -> ChatResponse? {
        // Only this run writes its journal, so a key whose prefix it never stored is a miss without a query.
        if let prefix = ResponseTable.keyPrefix(key), !storedKeyPrefixes.withLock({ $0.contains(prefix) }) {
            return nil
        }
        return ResponseTable.lookup(key, in: pool)
    }

    /// Keeps an answer as soon as it arrives; committed before the caller sees it.
    public func store(_ response: ChatResponse, for key: String) {
        if let prefix = ResponseTable.keyPrefix(key) { storedKeyPrefixes.withLock { _ = $0.insert(prefix) } }
        ResponseTable.store(response, for: key, in: pool)
    }
}
