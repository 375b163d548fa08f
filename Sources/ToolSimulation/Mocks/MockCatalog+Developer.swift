import Foundation
import LLM

extension MockCatalog {
    static let developer: [MockFamily] = [
        MockFamily(
            "database_query",
            "Run a database query",
            keywords: "sql:1.3 database:1.2 db:1.1 query:.5 table:.6",
            hints: "query sql table database",
            tool: "execute_sql_query(query*: string, database: string)",
            result: object([
                "columns": .list(.choice(["id", "name", "email", "created_at", "total"]), 2...4),
                "rows": .list(.list(.text(["{n}", "{word}", "{name}"]), 2...4), 1...5), "row_count": .int(1...5),
                "execution_time_ms": .number(0.4...180, 1),
            ])
        ),
        MockFamily(
            "read_file",
            "Read a file",
            keywords: "read+file:1.4 file:.8 open+file:1.4 file+content:1.4 cat:1",
            hints: "path filename file_path",
            tool: "read_file(path*: string)",
            result: object([
                "path": .echo(["path", "file_path", "filename", "file"], .text(["/data/{word}.txt"])),
                "content": .text(["{word} report\nline 2: {n} items processed\n", "# Notes\n- {word}\n- {word}\n"]),
                "size_bytes": .int(12...90000), "encoding": .constant(.string("utf-8")),
            ])
        ),
        MockFamily(
            "write_file",
            "Write or save a file",
            keywords: "write+file:1.4 save+file:1.4 create+file:1.4 write:.8 save:.8",
            hints: "path content",
            tool: "write_file(path*: string, content*: string)",
            result: .custom(numbersObject(["bytes_written"], strings: ["path", "status"])) { context in
                let content = context.string(["content", "text", "data", "body"]) ?? ""
                return .object([
                    "path": .string(context.string(["path", "file_path", "filename", "file"]) ?? "/tmp/output.txt"),
                    "bytes_written": .number(Double(content.utf8.count)), "status": .string("written"),
                ])
            }
        ),
        MockFamily(
            "list_files",
            "List a directory",
            keywords: "list+file:1.4 directory:1.2 folder:1.1 ls:1.2 list+dir:1.4",
            hints: "path directory",
            tool: "list_directory(path*: string)",
            result: object([
                "path": .echo(["path", "directory", "folder", "dir"], .text(["/home/user"])),
                "entries": .list(
                    object([
                        "name": .text(["{word}.txt", "{word}.py", "{word}", "{word}.csv"]),
                        "type": .choice(["file", "directory"]), "size_bytes": .int(0...500_000),
                    ]),
                    2...6
                ),
            ])
        ),
        MockFamily(
            "delete_file",
            "Delete a file",
            keywords: "delete+file:1.4 remove+file:1.4 rm:1.2 delete:.7",
            hints: "path",
            tool: "delete_file(path*: string)",
            result: object([
                "path": .echo(["path", "file_path", "filename"], .text(["/tmp/{word}"])),
                "deleted": .constant(.bool(true)),
            ])
        ),
        MockFamily(
            "code_execution",
            "Run code",
            keywords: "execute+code:1.4 run+code:1.4 python:1.1 interpreter:1.2 code:.7 script:.8",
            hints: "code language",
            tool: "run_python_code(code*: string)",
            result: object([
                "stdout": .text(["{n}\n", "Done.\n", "[{n}, {n}, {n}]\n"]), "stderr": .constant(.string("")),
                "exit_code": .constant(.number(0)), "execution_time_ms": .number(3...900, 1),
            ])
        ),
        MockFamily(
            "http_request",
            "Make an HTTP request",
            keywords: "http:1.2 api+request:1.3 fetch+url:1.3 request:.6 endpoint:.8 rest:.7",
            hints: "url method headers body",
            tool: "http_request(url*: string, method: string)",
            result: object([
                "status_code": .constant(.number(200)), "url": .echo(["url", "endpoint"], .url),
                "headers": object(["content-type": .constant(.string("application/json"))]),
                "body": .text(["{\"ok\": true, \"items\": {n}}"]),
            ])
        ),
        MockFamily(
            "web_scraper",
            "Fetch and extract a web page",
            keywords: "scrape:1.4 crawl:1.3 webpage:1.2 web+page:1.3 browse:1.1 extract:.7",
            hints: "url selector",
            tool: "scrape_webpage(url*: string)",
            result: object([
                "url": .echo(["url", "link", "page"], .url), "title": .text(["{word} – Home", "About {company}"]),
                "text": .text(["Welcome to {company}. We build {word} tools for {topic}."]),
                "links": .list(.url, 1...4),
            ])
        ),
        MockFamily(
            "code_repository",
            "Repositories, issues and pull requests",
            keywords: "github:1.4 gitlab:1.4 repository:1.2 repo:1.2 pull+request:1.4 commit:1 issue:.7",
            hints: "owner repo",
            tool: "get_repository_info(owner*: string, repo*: string)",
            result: object([
                "full_name": .text(["{arg:owner}/{arg:repo|repository|name}"]), "stars": .int(0...90000),
                "forks": .int(0...12000),
                "open_issues": .int(0...800), "default_branch": .choice(["main", "master"]),
                "language": .choice(["Swift", "Python", "Rust", "Go"]),
            ])
        ),
        MockFamily(
            "url_shortener",
            "Shorten a URL",
            keywords: "shorten:1.4 short+url:1.4 shortener:1.4 bitly:1.4",
            hints: "url long_url",
            tool: "shorten_url(url*: string)",
            result: .custom(numbersObject([], strings: ["original_url", "short_url"])) { context in
                .object([
                    "original_url": .string(context.string(["url", "long_url", "link"]) ?? "https://example.com"),
                    "short_url": .string("https://sho.rt/" + context.random.code(6).lowercased()),
                ])
            }
        ),
        MockFamily(
            "qr_code",
            "Make a QR code or barcode",
            keywords: "qr:1.4 qrcode:1.4 barcode:1.3",
            hints: "data text url size",
            tool: "generate_qr_code(data*: string, size: integer)",
            result: object([
                "image_url": .url, "data": .echo(["data", "text", "url", "content"], .url),
                "format": .constant(.string("png")),
            ])
        ),
        MockFamily(
            "encoding",
            "Encode or decode text",
            keywords: "base64:1.4 encode:1.2 decode:1.2 url+encode:1.4",
            hints: "text data",
            tool: "base64_encode(text*: string)",
            result: .custom(numbersObject([], strings: ["input", "output", "operation"])) { context in
                let input = context.string(["text", "data", "input", "string", "value"]) ?? ""
                let decoding = context.toolName.lowercased().contains("decode")
                let output =
                    decoding
                    ? Data(base64Encoded: input).map { String(decoding: $0, as: UTF8.self) } ?? ""
                    : Data(input.utf8).base64EncodedString()
                return .object([
                    "input": .string(input), "output": .string(output),
                    "operation": .string(decoding ? "decode" : "encode"),
                ])
            }
        ),
        MockFamily(
            "hashing",
            "Hash text",
            keywords: "hash:1.3 md5:1.4 sha256:1.4 sha:1.2 checksum:1.3",
            hints: "text algorithm",
            tool: "hash_text(text*: string, algorithm: string)",
            result: object([
                "algorithm": .echo(["algorithm", "algo"], .choice(["sha256"])),
                "hash": .custom(.object(["type": .string("string")])) { context in
                    .string(context.random.hex(64))
                },
            ])
        ),
        MockFamily(
            "password_generator",
            "Generate passwords or identifiers",
            keywords: "password:1.3 uuid:1.3 generate+id:1.3 passphrase:1.3",
            hints: "length count",
            tool: "generate_password(length: integer, include_symbols: boolean)",
            result: .custom(numbersObject(["length"], strings: ["password", "strength"])) { context in
                let length = Int(context.number(["length", "size"]) ?? 16)
                let symbols = Array("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%&*")
                let password = String(
                    (0..<max(4, min(length, 128))).map { _ in symbols[context.random.int(0...(symbols.count - 1))] }
                )
                return .object([
                    "password": .string(password), "length": .number(Double(password.count)),
                    "strength": .string(password.count >= 12 ? "strong" : "medium"),
                ])
            }
        ),
        MockFamily(
            "dns_lookup",
            "DNS and WHOIS lookups",
            keywords: "dns:1.4 whois:1.4 domain:1.1 nameserver:1.3",
            hints: "domain",
            tool: "dns_lookup(domain*: string, record_type: string)",
            result: object([
                "domain": .echo(["domain", "hostname", "host"], .text(["{word}.com"])),
                "record_type": .echo(["record_type", "type"], .choice(["A"])),
                "records": .list(.text(["93.184.216.{n}", "203.0.113.{n}"]), 1...3), "ttl": .int(60...86400),
            ])
        ),
        MockFamily(
            "uptime_check",
            "Check whether a site is up",
            keywords: "uptime:1.4 ping:1.3 status+check:2 health+check:2 website+status:2 site+status:2 is+up:1.2",
            hints: "url host",
            tool: "check_website_status(url*: string)",
            result: object([
                "url": .echo(["url", "host", "website", "domain"], .url), "is_up": .flag(0.9),
                "status_code": .choice(["200", "503"]).asText,
                "response_time_ms": .int(40...2400),
            ])
        ),
        MockFamily(
            "authentication",
            "Sign in and tokens",
            keywords: "login:1.3 authenticate:1.3 auth:1.1 token:1 sign+in:1.3",
            hints: "username password",
            tool: "login_user(username*: string, password*: string)",
            result: object([
                "access_token": .custom(.object(["type": .string("string")])) { .string("tok_" + $0.random.hex(24)) },
                "expires_in": .constant(.number(3600)), "user_id": .id("usr_"),
            ])
        ),
        MockFamily(
            "user_profile",
            "User accounts and profiles",
            keywords: "user:1 profile:1 account+info:1.3 customer:.9 member:.8",
            hints: "user_id email",
            tool: "get_user_profile(user_id*: string)",
            result: object([
                "user_id": .echo(["user_id", "id", "customer_id"], .id("usr_")), "name": .person, "email": .email,
                "created_at": .date(-900 ... -10), "plan": .choice(["free", "pro", "enterprise"]),
            ])
        ),
    ]
}
