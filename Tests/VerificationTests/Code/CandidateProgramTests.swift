import Testing
import Verification

@Suite struct CandidateProgramTests {
    @Test func takesTheLastSupportedBlockAfterTheReasoning() throws {
        let response = """
            <think>
            ```python
            print("draft")
            ```
            </think>
            Approach: read and echo.

            ```python
            print(input())
            ```

            Example output:
            ```
            5
            ```
            """
        let program = try #require(CandidateProgram.extract(from: response))
        #expect(program.language == .python)
        #expect(program.source == "print(input())\n")
    }

    @Test func recognisesCppFences() throws {
        let program = try #require(CandidateProgram.extract(from: "```cpp\n#include <cstdio>\nint main(){}\n```"))
        #expect(program.language == .cpp)
    }

    @Test func bareCodeIsTakenWhole() throws {
        let program = try #require(
            CandidateProgram.extract(from: "import sys\nprint(sum(map(int, sys.stdin.read().split())))\n")
        )
        #expect(program.language == .python)
    }

    @Test func proseHasNoProgram() {
        #expect(CandidateProgram.extract(from: "I cannot solve this problem.") == nil)
        #expect(CandidateProgram.extract(from: "```java\nclass Main {}\n```") == nil)
    }
}
