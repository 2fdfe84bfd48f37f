package main

import (
	"bytes"
	"strings"
	"testing"
)

// The chronicle prints each turn, its narration and the end beside history.
func TestChronicleCommand(t *testing.T) {
	var out bytes.Buffer
	err := chronicleCmd{Scenario: "../../internal/chronicle/testdata/march.toml", Log: true}.run(&out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	got := out.String()
	for _, want := range []string{
		"Turn 1, 1 Jan 1127\n  » The Jin set out.",
		"Jin horse attacks Song scouts",
		"  » The horse rides down the scouts.",
		"Turn 2, 6 Jan 1127",
		"In history: The city falls.",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if i, j := strings.Index(got, "attacks Song scouts"), strings.Index(got, "rides down the scouts"); i > j {
		t.Error("the horse's card comes before its attack")
	}
}

func TestChronicleCommandWithoutHistory(t *testing.T) {
	err := chronicleCmd{Scenario: "../../internal/scenario/testdata/valid/minimal.toml"}.run(&bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "records no history") {
		t.Fatalf("want a clear refusal, got %v", err)
	}
}
