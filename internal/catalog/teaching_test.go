package catalog

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"jinsong/internal/scenario"
)

// teachingDir holds the teacher's notes, one per built-in scenario.
const teachingDir = "../../docs/teaching"

// teachingHeadings are the level-2 sections every teacher's note has,
// exactly these and in this order.
var teachingHeadings = []string{
	"In one sentence",
	"Length",
	"Before you start",
	"What happened",
	"Questions for discussion",
	"What the model simplifies",
	"Further reading",
}

var (
	numberedItem = regexp.MustCompile(`^\d+\.\s+\S`)
	bulletItem   = regexp.MustCompile(`^[-*]\s+\S`)
)

// noteSections splits a Markdown note into its level-2 sections: the
// headings in order, and each one's text. Headings inside code fences do
// not count.
func noteSections(text string) (headings []string, body map[string]string) {
	body = map[string]string{}
	var cur string
	var buf []string
	fenced := false
	flush := func() {
		if cur != "" {
			body[cur] = strings.Join(buf, "\n")
		}
	}
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			fenced = !fenced
		}
		if !fenced && strings.HasPrefix(line, "## ") {
			flush()
			cur = strings.TrimSpace(strings.TrimPrefix(line, "## "))
			headings = append(headings, cur)
			buf = nil
			continue
		}
		buf = append(buf, line)
	}
	flush()
	return headings, body
}

// countLines counts the lines of text that match re (list items start a
// line; their continuation lines are indented and do not match).
func countLines(text string, re *regexp.Regexp) int {
	n := 0
	for _, line := range strings.Split(text, "\n") {
		if re.MatchString(line) {
			n++
		}
	}
	return n
}

// oneLine joins text into one line with single spaces, so that a phrase
// the Markdown wraps across two lines is still found.
func oneLine(text string) string { return strings.Join(strings.Fields(text), " ") }

// Every built-in scenario has a complete teacher's note in docs/teaching,
// and the index there links every note.
func TestTeachingNotes(t *testing.T) {
	list := scenario.ListBuiltin()
	if len(list) == 0 {
		t.Fatal("no built-in scenarios")
	}
	index, err := os.ReadFile(filepath.Join(teachingDir, "README.md"))
	if err != nil {
		t.Fatalf("the index of the teacher's notes: %v", err)
	}
	for _, s := range list {
		t.Run(s.ID, func(t *testing.T) {
			path := filepath.Join(teachingDir, s.ID+".md")
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("no teacher's note for %s: %v", s.ID, err)
			}
			note := string(data)
			headings, body := noteSections(note)
			if !slices.Equal(headings, teachingHeadings) {
				t.Errorf("%s: level-2 headings\n  %q\nwant exactly, in this order,\n  %q", path, headings, teachingHeadings)
			}
			for _, h := range teachingHeadings {
				if strings.TrimSpace(body[h]) == "" {
					t.Errorf("%s: section %q is missing or empty", path, h)
				}
			}
			if n := countLines(body["Questions for discussion"], numberedItem); n < 4 {
				t.Errorf("%s: %d numbered questions for discussion, want at least 4", path, n)
			}
			if n := countLines(body["What the model simplifies"], bulletItem); n < 4 {
				t.Errorf("%s: %d bullets under \"What the model simplifies\", want at least 4", path, n)
			}

			l, err := scenario.Builtin(s.ID)
			if err != nil {
				t.Fatal(err)
			}
			length := oneLine(strings.ReplaceAll(body["Length"], "**", ""))
			if turns := fmt.Sprintf("%d turns", l.Scn.MaxTurns); !strings.Contains(length, turns) {
				t.Errorf("%s: the Length section does not give the scenario's %s", path, turns)
			}
			start := oneLine(body["Before you start"])
			for _, cmd := range []string{"jinsong play " + s.ID, "--history", "jinsong sim"} {
				if !strings.Contains(start, cmd) {
					t.Errorf("%s: \"Before you start\" does not mention `%s`", path, cmd)
				}
			}
			flat := oneLine(note)
			for _, w := range l.File.WhatIf {
				for _, name := range []string{w.ID, w.Name} {
					if !strings.Contains(flat, name) {
						t.Errorf("%s: the note does not name the what-if %q", path, name)
					}
				}
			}

			if !strings.Contains(string(index), "("+s.ID+".md)") {
				t.Errorf("%s/README.md does not link %s.md", teachingDir, s.ID)
			}
		})
	}
}
