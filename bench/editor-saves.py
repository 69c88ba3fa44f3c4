#!/usr/bin/env python3
"""An editor who saves once a second while the benchmark reads: the "hot pages while an editor
saves" workload. Signed in with a session cookie, it opens a claim's edit form, adds or
removes the statement's closing full stop (so the claim keeps its meaning) and sends the form, as a
person would. Each save moves the content version, so every cached page is rendered afresh.

    editor-saves.py BASE_URL CLAIM_PATH COOKIE SECONDS

Prints one JSON line: saves sent, saves answered with a redirect (saved), and the others."""
import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser


class FormFields(HTMLParser):
    """The fields of the page's first form sent by POST inside <main>, as a browser would send them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.fields, self.in_main, self.in_form, self.done = [], False, False, False
        self.textarea = self.select = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self.done:
            return
        if tag == "main":
            self.in_main = True
        elif tag == "form" and self.in_main and (a.get("method") or "").lower() == "post":
            self.in_form = True
        elif not self.in_form:
            return
        elif tag == "input" and a.get("name") and not a.get("disabled"):
            kind = (a.get("type") or "text").lower()
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind not in ("submit", "button", "image", "file"):
                self.fields.append([a["name"], a.get("value") or ("on" if kind in ("checkbox", "radio") else "")])
        elif tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]
            self.fields.append(self.textarea)
        elif tag == "select" and a.get("name"):
            self.select = [a["name"], None]
        elif tag == "option" and self.select is not None:
            if self.select[1] is None or "selected" in a:
                self.select[1] = a.get("value", "")

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self.textarea = None
        elif tag == "select" and self.select is not None:
            self.fields.append([self.select[0], self.select[1] or ""])
            self.select = None
        elif tag == "form" and self.in_form:
            self.in_form, self.done = False, True


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def main():
    base, claim, cookie, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
    opener = urllib.request.build_opener(NoRedirect)
    sent = saved = other = 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        started = time.monotonic()
        sent += 1
        try:
            page = opener.open(urllib.request.Request(base + claim + "/edit", headers={"Cookie": cookie}), timeout=30)
            parser = FormFields()
            parser.feed(page.read().decode("utf-8"))
            fields = parser.fields
            for field in fields:
                if field[0] == "statement":
                    text = field[1].strip()
                    field[1] = text[:-1] if text.endswith(".") else text + "."
            body = urllib.parse.urlencode([tuple(field) for field in fields]).encode()
            opener.open(urllib.request.Request(base + claim + "/edit", data=body, headers={"Cookie": cookie}), timeout=30)
            other += 1  # a 200 is the form shown again with a message: not saved
        except urllib.error.HTTPError as answer:
            if answer.code in (302, 303):
                saved += 1
            else:
                other += 1
        except OSError:
            other += 1
        time.sleep(max(0.0, 1.0 - (time.monotonic() - started)))
    print(json.dumps({"sent": sent, "saved": saved, "other": other}))


if __name__ == "__main__":
    main()
