import LLM

extension MockCatalog {
    static let communication: [MockFamily] = [
        MockFamily(
            "send_email",
            "Send an email",
            keywords: "email:1.1 mail:1 send+email:1.4 compose:.8",
            hints: "to recipient subject body cc",
            tool: "send_email(to*: string, subject*: string, body*: string)",
            result: object([
                "message_id": .id("msg_"), "status": .constant(.string("sent")),
                "to": .echo(["to", "recipient", "recipients", "email"], .email),
                "subject": .echo(["subject", "title"], .text(["{word}"])), "sent_at": .dateTime(0...0),
            ])
        ),
        MockFamily(
            "read_email",
            "Read or search an inbox",
            keywords: "inbox:1.4 unread:1.3 read+email:1.4 search+email:1.4",
            hints: "folder query limit",
            tool: "search_inbox(query: string, limit: integer)",
            result: object([
                "messages": .list(
                    object([
                        "id": .id("msg_"), "from": .email,
                        "subject": .text(["Re: {word} update", "Invoice {n}", "Meeting about {word}"]),
                        "received_at": .dateTime(-5...0), "unread": .flag(0.5),
                        "snippet": .text(["Hi, following up on the {word} plan…"]),
                    ]),
                    1...4
                )
            ])
        ),
        MockFamily(
            "sms",
            "Send a text message",
            keywords: "sms:1.4 text+message:1.4 whatsapp:1.3 imessage:1.3",
            hints: "phone_number message to",
            tool: "send_sms(phone_number*: string, message*: string)",
            result: object([
                "message_id": .id("SM"), "to": .echo(["phone_number", "to", "phone", "number"], .phone),
                "status": .choice(["queued", "delivered"]), "segments": .int(1...3),
            ])
        ),
        MockFamily(
            "chat_message",
            "Post to a chat channel",
            keywords: "slack:1.3 channel:1 chat:.8 teams:1 discord:1.3 message:.7",
            hints: "channel text message",
            tool: "post_slack_message(channel*: string, text*: string)",
            result: object([
                "ok": .constant(.bool(true)), "channel": .echo(["channel", "channel_id", "room"], .text(["#{word}"])),
                "ts": .text(["17500{n}{n}.000{n}"]), "message_id": .id("M"),
            ])
        ),
        MockFamily(
            "phone_call",
            "Place a phone call",
            keywords: "phone+call:1.4 call:.7 dial:1.2 phone:.8",
            hints: "phone_number number",
            tool: "make_phone_call(phone_number*: string)",
            result: object([
                "call_id": .id("CA"), "to": .echo(["phone_number", "number", "to"], .phone),
                "status": .choice(["ringing", "connected", "completed"]), "duration_seconds": .int(0...600),
            ])
        ),
        MockFamily(
            "notifications",
            "Push notifications",
            keywords: "notification:1.3 notify:1.3 push:.9 alert:.9",
            hints: "user_id title message",
            tool: "send_notification(user_id*: string, message*: string)",
            result: object(["notification_id": .id("ntf_"), "delivered": .flag(0.9), "sent_at": .dateTime(0...0)])
        ),
        MockFamily(
            "contacts",
            "Address book lookups",
            keywords: "contact:1.3 address+book:1.4 phonebook:1.3",
            hints: "name query",
            tool: "search_contacts(name*: string)",
            result: object([
                "contacts": .list(
                    object([
                        "name": .echo(["name", "query"], .person), "email": .email, "phone": .phone,
                        "company": .company,
                    ]),
                    1...3
                )
            ])
        ),
        MockFamily(
            "social_post",
            "Post to social media",
            keywords: "tweet:1.4 social+media:1.3 post:.7 twitter:1.3 instagram:1.3 linkedin:1.3",
            hints: "content text platform",
            tool: "create_social_post(platform*: string, content*: string)",
            result: object([
                "post_id": .id("post_"), "platform": .echo(["platform", "network"], .choice(["twitter", "linkedin"])),
                "url": .url, "posted_at": .dateTime(0...0),
            ])
        ),
        MockFamily(
            "social_profile",
            "Social media profiles and followers",
            keywords: "follower:1.3 social+profile:1.4 profile:.6 handle:.8",
            hints: "username handle",
            tool: "get_social_profile(username*: string)",
            result: object([
                "username": .echo(["username", "handle", "user"], .username), "display_name": .person,
                "followers": .int(12...2_400_000), "following": .int(10...5000), "posts": .int(0...12000),
                "verified": .flag(0.2),
            ])
        ),
    ]
}
