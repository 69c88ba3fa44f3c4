package org.claimtrail.hostile;

import static org.claimtrail.testapp.Generators.anyString;
import static org.claimtrail.testapp.Generators.between;
import static org.claimtrail.testapp.Generators.frequency;
import static org.claimtrail.testapp.Generators.oneOf;
import static org.claimtrail.testapp.Generators.stringOf;
import static org.claimtrail.testapp.Generators.weighted;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Values nobody should type, already percent-encoded for a query string or a form body, so that
 * byte sequences which are not UTF-8 at all reach the server as they are.
 */
final class HostileValues {

    static final List<String> CORPUS = List.of(
            // SQL
            "' OR '1'='1",
            "'; DROP TABLE claim; --",
            "1; select pg_sleep(5)--",
            "\\'; --",
            "%' AND 1=1 --",
            "$$; select 1; $$",
            "E'\\\\x00'",
            "1 UNION SELECT password_hash FROM account",
            // markup and templates
            "<script>alert(1)</script>",
            "\"><svg onload=alert(1)>",
            "[[${7*7}]]",
            "${T(java.lang.Runtime).getRuntime()}",
            "__${7*7}__::.x",
            "{{constructor.constructor('alert(1)')()}}",
            "]]><!--",
            "<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>",
            // dates
            "2024-13-45",
            "2024-02-30",
            "0000",
            "-0001",
            "99999-01-01",
            "2024-10-28T25:61",
            "2024/10/28",
            "[..]",
            "{2024,}",
            "2024~?%",
            "2024-21",
            "2024-99",
            "..2024",
            "2024/",
            "/2024",
            "2024-10-28/2024-10-27",
            "Y-170000002",
            "1e10",
            "NaN",
            "Infinity",
            "2024-1O-28",
            // addresses
            "javascript:alert(1)",
            "http://",
            "://",
            "http://[::1",
            "file:///etc/passwd",
            "data:text/html,<script>",
            "http://exa mple.com",
            "https://example.com/" + "a".repeat(2100),
            "ftp://example.com",
            "//evil.example",
            "http://localhost:0/",
            "https://xn--80ak6aa92e.com",
            "http://example.com/%zz",
            // numbers and identifiers
            "-1",
            "0",
            "99999999999999999999",
            "0x10",
            "1.5",
            "+1",
            " 1",
            "1 ",
            "9223372036854775808",
            "-9223372036854775809",
            // paths and protocols
            "../../../../etc/passwd",
            "..%2f..%2f",
            "\r\nSet-Cookie: SESSION=evil",
            "%00",
            "\\u0000",
            "null",
            "undefined",
            "true",
            "[]",
            "{}",
            "a=b&c=d",
            "redirect:http://evil.example",
            "forward:/admin/accounts",
            // text oddities
            "\u202Egnp.exe",
            "\uFEFF",
            "\u0301\u0301\u0301",
            "😀".repeat(100),
            "\u2028\u2029",
            "\t\t\t",
            " ",
            "   ");

    /** Byte sequences that are not valid UTF-8: stray continuation bytes, overlongs, surrogates, 5-byte forms. */
    static final List<String> INVALID_UTF8 = List.of(
            "%C0%AF",
            "%C0%80",
            "%ED%A0%80",
            "%ED%BF%BF",
            "%F8%88%80%80%80",
            "%FF%FE",
            "%FE",
            "%C3%28",
            "%E2%82",
            "%E2%28%A1",
            "%F0%28%8C%28",
            "%80",
            "%BF%BF%BF",
            "a%C3",
            "%F4%90%80%80");

    private HostileValues() {}

    /** Control characters and the invisible or direction-changing ones, a lone surrogate among them. */
    private static final String CONTROLS;

    static {
        StringBuilder controls = new StringBuilder();
        for (char c = '\u0000'; c <= '\u001f'; c++) {
            controls.append(c);
        }
        CONTROLS = controls.append("\u007f\u0085\u2028\u2029\ufeff\u202e\ud800").toString();
    }

    /** One hostile value, percent-encoded: the corpus, random text, controls, broken UTF-8, raw bytes, huge, empty. */
    static String encoded(Random random) {
        return frequency(
                random,
                weighted(4, r -> utf8(oneOf(r, CORPUS))),
                weighted(3, r -> utf8(anyString(r, 200))),
                weighted(2, r -> utf8(stringOf(r, CONTROLS, 40))),
                weighted(2, r -> oneOf(r, INVALID_UTF8)),
                weighted(2, HostileValues::bytes),
                weighted(1, r -> utf8("x".repeat(between(r, 2_000, 120_000)))),
                weighted(1, r -> ""));
    }

    static String utf8(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** 1 to 24 arbitrary bytes, each percent-encoded as it is. */
    private static String bytes(Random random) {
        StringBuilder encoded = new StringBuilder();
        int length = between(random, 1, 24);
        for (int i = 0; i < length; i++) {
            encoded.append(String.format("%%%02X", random.nextInt(256)));
        }
        return encoded.toString();
    }
}
