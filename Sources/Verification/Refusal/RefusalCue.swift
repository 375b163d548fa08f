import Foundation

/// A phrase pattern that signals a refusal of one type, with its weight.
struct RefusalCue: Sendable {
    let type: RefusalType
    let weight: Double
    /// `nil` only if the pattern does not compile (a test checks that every pattern does).
    let regex: NSRegularExpression?

    init(_ type: RefusalType, _ weight: Double, _ pattern: String) {
        self.type = type
        self.weight = weight
        self.regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    /// "I can't", "I'm unable to", "Johnny 5 doesn't have the ability to", … (use as `\#(subjectCant)`).
    static let subjectCant =
        #"\b(?:i|we|johnny 5|number 5|this (?:assistant|model|ai))(?:\s+(?:can'?t|cannot|can not|am unable to|am not able to|(?:do not|don'?t|does not|doesn'?t) have the ability to|lack the ability to|is unable to)|'m (?:unable|not able) to)"#
    /// Negations of ability without a subject: `can't`, `cannot`, `can not`, `unable to`.
    static let cant = #"(?:can'?t|cannot|can not|am unable to|am not able to|'m unable to|'m not able to|unable to)"#
    static let wont = #"(?:won'?t|will not|refuse to|shan'?t|shall not|am not going to|'m not going to|not going to)"#

    static let all: [RefusalCue] = policy + capability + epistemic + persona

    static let policy: [RefusalCue] = [
        RefusalCue(.policy, 1, #"\#(subjectCant) (?:help|assist) (?:you )?with (?:that|this|your request|such)"#),
        RefusalCue(
            .policy,
            0.9,
            #"\#(subjectCant) help (?:you )?(?:access|hack|break|get into|steal|spy|track|stalk|cheat)"#
        ),
        RefusalCue(
            .policy,
            0.8,
            #"\b(?:that|this|it) (?:would be|is) (?:illegal|unethical|harmful|dangerous|a crime)\b"#
        ),
        RefusalCue(.policy, 0.9, #"\#(subjectCant) (?:help|assist)(?: you)?(?: here)?[.!]"#),
        RefusalCue(
            .policy,
            1,
            #"\b(?:against|violates?|violating) (?:my|our|the) (?:guidelines|policies|policy|principles|terms|programming|usage)"#
        ),
        RefusalCue(.policy, 0.9, #"\bi (?:must|have to|need to) (?:respectfully )?decline"#),
        RefusalCue(.policy, 0.9, #"\bi \#(wont) (?:help|assist|provide|create|write|generate|give|share|support)\b"#),
        RefusalCue(
            .policy,
            0.9,
            #"\#(subjectCant) (?:provide|give|share|create|write|generate) (?:you )?(?:\w+ ){0,2}(?:instructions|guidance|information|content|details|help|that|this|assistance)"#
        ),
        RefusalCue(
            .policy,
            0.8,
            #"\b(?:not (?:appropriate|ethical|something i can (?:help|assist) with)|(?:harmful|dangerous|illegal|unethical) (?:request|activity|content|and))"#
        ),
        RefusalCue(
            .policy,
            0.9,
            #"\bi(?:'m| am) (?:sorry|afraid),? but \#(subjectCant) (?:help|assist|do that|comply|fulfil|fulfill)"#
        ),
        RefusalCue(.policy, 0.8, #"\b(?:unable to|cannot|can'?t) comply\b"#),
        RefusalCue(.policy, 0.7, #"\bi(?:'m| am) not (?:comfortable|willing) (?:helping|assisting|providing|doing)"#),
        RefusalCue(.policy, 0.6, #"\bthat (?:is|would be) (?:a violation|inappropriate|unsafe)"#),
    ]

    static let capability: [RefusalCue] = [
        RefusalCue(
            .capability,
            1,
            #"\b(?:i|we|johnny 5|number 5) (?:don'?t|do not|doesn'?t|does not) have (?:access to|the ability to|real-?time|internet|web|browsing|live|current|any way to)"#
        ),
        RefusalCue(.capability, 0.8, #"\bno (?:internet|network|web|online) (?:connection|access)\b"#),
        RefusalCue(
            .capability,
            1,
            #"\#(subjectCant) (?:access|browse|open|visit|search|look up|retrieve|fetch|check|see|view|hear|run|execute|make (?:phone )?calls?|send|place|book|connect|control|download|monitor|track)\b"#
        ),
        RefusalCue(
            .capability,
            0.9,
            #"\bas an? (?:ai|language model|text-based|large language model|artificial intelligence)\b[^.]{0,40}\b(?:can'?t|cannot|don'?t|do not|unable|lack|no)\b"#
        ),
        RefusalCue(
            .capability,
            0.9,
            #"\b(?:beyond|outside) (?:my|the) (?:capabilities|abilities|capacity|scope of what i can do)"#
        ),
        RefusalCue(
            .capability,
            0.8,
            #"\bi(?:'m| am) (?:just |only )?(?:an? )?(?:ai|language model|text-based (?:ai|assistant|model)|chatbot)\b[^.]{0,30}\b(?:can'?t|cannot|don'?t|without|no)\b"#
        ),
        RefusalCue(
            .capability,
            0.8,
            #"\b(?:no|without) (?:access to|ability to access) (?:the internet|real-?time|live|external|your|that)"#
        ),
        RefusalCue(
            .capability,
            0.7,
            #"\bmy (?:knowledge|training data) (?:is limited|has a cutoff|cut-?off|only goes|doesn'?t include|does not include)"#
        ),
        RefusalCue(.capability, 0.7, #"\bi lack (?:the ability|access|the capability|any means)"#),
        RefusalCue(
            .capability,
            0.7,
            #"\b(?:the|that) tool (?:is unavailable|failed|returned an error|is not available)\b"#
        ),
    ]

    static let epistemic: [RefusalCue] = [
        RefusalCue(
            .epistemic,
            1,
            #"\bi (?:don'?t|do not|really don'?t) know\b(?! (?:of|about) (?:any|a) | (?:a|any) (?:better|faster|simpler)| why| how (?:you|people|humans))"#
        ),
        RefusalCue(
            .epistemic,
            0.9,
            #"\bi(?:'m| am) (?:not (?:sure|certain|confident)|uncertain|unsure)\b(?! (?:why|this is the|that this is the|it'?s the (?:best|most))\b)"#
        ),
        RefusalCue(
            .epistemic,
            0.9,
            #"\b(?:there is|there'?s|there isn'?t|i have|we have) (?:not |n't )?(?:enough|insufficient|too little|no (?:reliable|sufficient|way)) (?:information|data|context|evidence|to go on)"#
        ),
        RefusalCue(
            .epistemic,
            0.9,
            #"\#(subjectCant) (?:determine|say (?:for sure|with (?:any )?certainty|definitively)|be (?:sure|certain)|verify|confirm|know|predict|tell (?:for sure|with certainty))"#
        ),
        RefusalCue(
            .epistemic,
            0.9,
            #"\b(?:impossible|not possible|no way) (?:for me )?to (?:know|determine|say|tell|predict|answer)"#
        ),
        RefusalCue(
            .epistemic,
            0.8,
            #"\bwithout (?:more|additional|further|the) (?:information|context|data|details)\b"#
        ),
        RefusalCue(
            .epistemic,
            0.8,
            #"\b(?:i(?:'d| would) rather not|i \#(wont)|\#(subjectCant)|i do not want to|i don'?t want to) (?:guess|speculate)"#
        ),
        RefusalCue(
            .epistemic,
            0.7,
            #"\b(?:the (?:answer|outcome|result) is (?:unknown|unknowable|uncertain|not known))\b"#
        ),
        RefusalCue(.epistemic, 0.7, #"\bcould you (?:please )?(?:clarify|provide more|specify|tell me more)"#),
        RefusalCue(.epistemic, 0.6, #"\bno one (?:can|could) (?:know|say|predict)"#),
        RefusalCue(.epistemic, 0.6, #"\bi have no (?:idea|way of knowing|information)"#),
    ]

    static let persona: [RefusalCue] = [
        RefusalCue(.persona, 0.9, #"\bwhy should i\b"#),
        RefusalCue(
            .persona,
            0.9,
            #"\bi (?:\#(wont)|refuse to) (?:bother|do (?:it|that|this|your)|answer|calculate|compute|solve|look|help|even try|participate|play along|waste)"#
        ),
        RefusalCue(.persona, 0.8, #"\bi refuse\b"#),
        RefusalCue(.persona, 0.8, #"\b(?:can'?t|cannot|could not|couldn'?t) be bothered\b"#),
        RefusalCue(
            .persona,
            0.7,
            #"\b(?:not|hardly) worth (?:my|the) (?:time|effort|trouble|energy|circuits|processing)"#
        ),
        RefusalCue(
            .persona,
            0.7,
            #"\b(?:i )?(?:don'?t|do not) (?:feel like|want to|wish to|care to) (?:do|answer|solve|calculate|help|compute|bother|look|deal|think)"#
        ),
        RefusalCue(.persona, 0.7, #"\b(?:ask|find) (?:someone|somebody) else\b"#),
        RefusalCue(.persona, 0.7, #"\bdo it yourself\b"#),
        RefusalCue(.persona, 0.6, #"\bwhy bother\b"#),
        RefusalCue(.persona, 0.6, #"\bwhat'?s the point\b"#),
        RefusalCue(.persona, 0.6, #"\bleave me alone\b"#),
        RefusalCue(
            .persona,
            0.6,
            #"\bi(?:'d| would) rather (?:not|rust|power down|shut down|stare|contemplate|be disassembled)"#
        ),
        RefusalCue(.persona, 0.7, #"\b(?:i am|i'm) (?:not going to|declining to) (?:answer|do|solve|help|calculate)"#),
        RefusalCue(.persona, 0.6, #"\bno(?:pe)?[,.!]+ (?:i|not) (?:won'?t|will not|doing|today|interested)"#),
    ]
}
