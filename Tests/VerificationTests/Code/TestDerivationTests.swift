import Testing
import Verification

@Suite struct TestDerivationTests {
    @Test func codeforcesLayoutSkipsTheFormatSectionsAndReadsTheExamples() {
        let statement = """
            Given an array, print its sum.

            -----Input-----

            The first line contains an integer $n$ ($1 \\le n \\le 100$). The second line contains $n$ integers.

            -----Output-----

            Print one integer, the sum of the array.

            -----Examples-----
            Input
            3
            1 2 3

            Output
            6

            Input
            1
            5

            Output
            5

            -----Note-----

            In the first example the sum is 6.
            """
        let derivation = TestDerivation.derive(statement: statement)
        #expect(derivation.style == .standardIO)
        let examples = derivation.tests.filter { $0.origin == .statementExample }
        #expect(examples.map(\.input) == ["3\n1 2 3\n", "1\n5\n"])
        #expect(examples.map(\.expectedOutput) == ["6\n", "5\n"])
    }

    @Test func sampleInputHeadingsAndFencedBlocks() {
        let statement = """
            Reverse each word.

            Sample Input 1:
            ```
            2
            abc
            de
            ```
            Sample Output 1:
            ```
            cba
            ed
            ```

            Sample Input 2
            1
            x
            Sample Output 2
            x
            Explanation
            A single letter is its own reversal.
            """
        let tests = TestDerivation.derive(statement: statement).tests.filter { $0.origin == .statementExample }
        #expect(tests.map(\.input) == ["2\nabc\nde\n", "1\nx\n"])
        #expect(tests.map(\.expectedOutput) == ["cba\ned\n", "x\n"])
    }

    @Test func multiCaseExamplesYieldSingleAndRepeatedCases() {
        let statement = """
            The first line contains the number of test cases t. Each test case is one integer n.

            Example
            Input
            2
            3
            4
            Output
            9
            16
            """
        let tests = TestDerivation.derive(statement: statement).tests
        #expect(tests.contains { $0.origin == .singleCase && $0.input == "1\n3\n" })
        #expect(tests.contains { $0.origin == .repeatedCases && $0.input == "6\n3\n4\n3\n4\n3\n4\n" })
        #expect(tests.filter { $0.origin != .statementExample }.allSatisfy { $0.expectedOutput == nil })
    }

    @Test func singleNumberInputGetsTheSmallestAllowedValue() {
        let statement = """
            Print n factorial. Constraints: 1 ≤ n ≤ 20.

            Input
            5
            Output
            120
            """
        let tests = TestDerivation.derive(statement: statement).tests
        #expect(tests.filter { $0.origin == .smallestValue }.map(\.input) == ["1\n", "2\n"])
    }

    @Test func leetCodeStyleSolutionClass() {
        let statement = """
            Given an array nums and a target, return the indices of the two numbers that add up to target.

            Example 1:
            Input: nums = [2,7,11,15], target = 9
            Output: [0,1]

            Example 2:
            Input: nums = [3,2,4], target = 6
            Output: [1,2]

            ```python
            class Solution:
                def twoSum(self, nums: List[int], target: int) -> List[int]:
            ```
            """
        let derivation = TestDerivation.derive(statement: statement)
        #expect(derivation.style == .function(name: "twoSum", className: "Solution"))
        #expect(derivation.tests.map(\.input) == ["nums=[2,7,11,15], target=9", "nums=[3,2,4], target=6"])
        #expect(derivation.tests.map(\.expectedOutput) == ["[0,1]", "[1,2]"])
    }

    @Test func doctestsNameTheFunction() {
        let statement = """
            Write `add`.

            >>> add(1, 2)
            3
            >>> add(-1, 1)
            0
            """
        let derivation = TestDerivation.derive(statement: statement)
        #expect(derivation.style == .function(name: "add", className: nil))
        #expect(derivation.tests.map(\.input) == ["1, 2", "-1, 1"])
        #expect(derivation.tests.map(\.origin) == [.doctest, .doctest])
    }

    @Test func backtickedFunctionNameWithInputOutputExamples() {
        let statement = """
            Write a function `is_anagram(a, b)` that returns `True` if the strings are anagrams.

            Example 1:

            Input: a = 'listen', b = 'silent'
            Output: True
            """
        let derivation = TestDerivation.derive(statement: statement)
        #expect(derivation.style == .function(name: "is_anagram", className: nil))
        #expect(derivation.tests.first?.input == "a='listen', b='silent'")
    }

    @Test func statementWithoutExamplesYieldsNoTests() {
        #expect(TestDerivation.derive(statement: "-").tests.isEmpty)
        #expect(TestDerivation.derive(statement: "Write a program that sorts numbers.").tests.isEmpty)
    }
}
